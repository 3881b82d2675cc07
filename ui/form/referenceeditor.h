#pragma once

#include "fieldeditor.h"

class QComboBox;
class QLabel;
class QToolButton;
class Workspace;

/// A reference to another record: a combo box of the list's entries ("—"
/// for none), with a "+" button to create an entry inline where the list
/// allows it (functions unless the admin restricts them). Users list the
/// active ones; products only those of the chosen sales direction.
/// Partners and contacts, which have no list here yet, show their name.
class ReferenceEditor : public FieldEditor
{
    Q_OBJECT
public:
    ReferenceEditor(const LeadField &field, Workspace &ws, QWidget *parent);

    QWidget *widget() const override { return m_box; }
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    void setProblem(const QString &message) override;
    void dependencyChanged(const QString &key, const QVariant &value) override;

    QComboBox *comboBox() const { return m_combo; }
    QToolButton *addButton() const { return m_add; }

signals:
    /// Creating an entry inline failed.
    void problem(const QString &message);

private:
    void reload();
    void createEntry();

    Workspace &m_ws;
    QWidget *m_box;
    QComboBox *m_combo = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_add = nullptr;
    qint64 m_value = 0;
    qint64 m_parent = 0; ///< the sales direction, for products
    bool m_readOnly = false;
};
