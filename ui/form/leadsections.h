#pragma once

#include "leadfield.h"

#include <QHash>
#include <QWidget>

class FieldEditor;
class QFormLayout;
class QFrame;
class QGridLayout;
class QLabel;
class QVBoxLayout;
class Workspace;

/// The fields of the lead form, generated from the field registry: one
/// card per section (Contact, Follow-up, Marketing, Address, Links,
/// Description, Qualification, Outcome), a QFormLayout in each, an editor
/// per field chosen by its kind. Cards sit in two columns, one when narrow.
///
/// Editors of the fields shown elsewhere (title and score in the header,
/// marketing lists in their tab) are made here too, so that the form reads
/// and writes every field through one table of editors.
class LeadSections : public QWidget
{
    Q_OBJECT
public:
    explicit LeadSections(Workspace &ws, QWidget *parent = nullptr);

    FieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    const QHash<QString, FieldEditor *> &editors() const { return m_editors; }
    /// The editors in registry (form) order.
    const QList<FieldEditor *> &orderedEditors() const { return m_ordered; }
    /// Keys whose editor widget the form places outside the sections.
    static QStringList placedElsewhere();

    /// Shows the Outcome card (lost or converted leads).
    void setOutcomeVisible(bool visible);
    /// Applies the CRM options (agency row only with agencies management).
    void applyOptions();
    /// The label of a field's row (turned red with a problem).
    QLabel *label(const QString &key) const { return m_labels.value(key); }

signals:
    /// The user changed the field `key`.
    void edited(const QString &key);
    /// An inline creation ("+" entry, new tag) failed.
    void problem(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Card
    {
        QFrame *frame = nullptr;
        int column = 0;    ///< 0 left, 1 right, -1 full width
        int order = 0;
    };
    QFrame *makeCard(const QString &title, const QList<const LeadField *> &fields, int formColumns);
    void relayout(int columns);

    Workspace &m_ws;
    QHash<QString, FieldEditor *> m_editors;
    QList<FieldEditor *> m_ordered;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QFormLayout *> m_layoutOf;
    QList<Card> m_cards;
    QFrame *m_outcome = nullptr;
    QGridLayout *m_grid;
    QVBoxLayout *m_left = nullptr;
    QVBoxLayout *m_right = nullptr;
    int m_columns = 0;
};
