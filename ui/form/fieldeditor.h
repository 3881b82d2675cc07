#pragma once

#include "leadfield.h"

#include <QObject>
#include <QVariant>

class QWidget;
class Workspace;

/// Edits one lead field in the form: a widget chosen by the field's kind
/// (see createFieldEditor), the value in the registry's QVariant form, and
/// the problem the core reported for the field (red frame and tooltip).
/// One per field of one form: a few dozen, never one per lead.
class FieldEditor : public QObject
{
    Q_OBJECT
public:
    FieldEditor(const LeadField &field, QObject *parent = nullptr);

    const LeadField &field() const { return m_field; }
    QString key() const { return m_field.key; }

    virtual QWidget *widget() const = 0;
    /// The value as LeadField::set takes it.
    virtual QVariant value() const = 0;
    /// Shows `value` (as LeadField::get gives it) without emitting edited().
    virtual void setValue(const QVariant &value) = 0;
    virtual void setReadOnly(bool readOnly) = 0;

    /// Shows the core's message for this field ("" clears it).
    virtual void setProblem(const QString &message);
    QString problem() const { return m_problem; }
    /// What is wrong with the input before the core can even see it (text
    /// that is not a number…); "" when nothing is.
    virtual QString inputProblem() const { return {}; }
    /// Gives the keyboard focus to the editor (a click on a problem line).
    virtual void focus();
    /// Another field changed: editors whose choices depend on it follow
    /// (products follow the sales direction).
    virtual void dependencyChanged(const QString &key, const QVariant &value);

signals:
    /// The user changed the value.
    void edited();

protected:
    /// Marks `w` as in error for the style sheet's [problem="true"] rule.
    static void markProblem(QWidget *w, const QString &message);

private:
    const LeadField &m_field;
    QString m_problem;
};

/// The editor for `field`: line edits for text, a rich text editor for
/// HTML, check boxes, star rating for the score, spin and date editors,
/// combo boxes for references (with "+" where inline creation is allowed)
/// and choices, multi-value editors for emails and phones, chips for tags,
/// and labels for read-only fields.
FieldEditor *createFieldEditor(const LeadField &field, Workspace &ws, QWidget *parent);
