#include "fieldeditor.h"

#include "basiceditors.h"
#include "listeditors.h"
#include "problemmark.h"
#include "referenceeditor.h"

#include <QWidget>

FieldEditor::FieldEditor(const LeadField &field, QObject *parent) : QObject(parent), m_field(field) {}

void FieldEditor::markProblem(QWidget *w, const QString &message)
{
    ProblemMark::set(w, message);
}

void FieldEditor::setProblem(const QString &message)
{
    m_problem = message;
    markProblem(widget(), message);
}

void FieldEditor::focus()
{
    if (QWidget *w = widget()) {
        w->setFocus(Qt::OtherFocusReason);
        if (QWidget *f = w->focusProxy() ? w->focusProxy() : w->findChild<QWidget *>())
            if (!w->hasFocus())
                f->setFocus(Qt::OtherFocusReason);
    }
}

void FieldEditor::dependencyChanged(const QString &, const QVariant &) {}

namespace {
/// Free-text fields that hold sentences rather than a word or two.
bool isLongText(const QString &key)
{
    static const QStringList keys = {QStringLiteral("requirements"), QStringLiteral("implementation_options"),
                                     QStringLiteral("terms_comment"), QStringLiteral("selection_criteria"),
                                     QStringLiteral("criteria_compliance"), QStringLiteral("deal_comment"),
                                     QStringLiteral("decision_influence"), QStringLiteral("goal"),
                                     QStringLiteral("extras")};
    return keys.contains(key);
}
} // namespace

FieldEditor *createFieldEditor(const LeadField &field, Workspace &ws, QWidget *parent)
{
    if (field.readOnly)
        return new ReadOnlyEditor(field, ws, parent);
    switch (field.kind) {
    case FieldKind::Text:
        if (field.key == QLatin1String("city"))
            return new CityEditor(field, ws, parent);
        return isLongText(field.key) ? static_cast<FieldEditor *>(new PlainTextEditor(field, parent))
                                     : new LineEditor(field, parent);
    case FieldKind::Html: return new HtmlEditor(field, parent);
    case FieldKind::Bool: return new BoolEditor(field, parent);
    case FieldKind::Int:
        if (field.key == QLatin1String("score"))
            return new StarEditor(field, parent);
        return new ReadOnlyEditor(field, ws, parent);
    case FieldKind::Decimal: return new DecimalEditor(field, parent);
    case FieldKind::Date: return new DateEditor(field, parent);
    case FieldKind::DateTime: return new ReadOnlyEditor(field, ws, parent);
    case FieldKind::Choice: return new ChoiceEditor(field, parent);
    case FieldKind::Reference: return new ReferenceEditor(field, ws, parent);
    case FieldKind::EmailList:
    case FieldKind::PhoneList: return new MultiValueEditor(field, parent);
    case FieldKind::RefList:
        if (field.ref == RefKind::Tag)
            return new TagListEditor(field, ws, parent);
        return new CheckListEditor(field, ws, parent);
    }
    return new ReadOnlyEditor(field, ws, parent);
}
