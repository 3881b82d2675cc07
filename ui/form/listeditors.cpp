#include "listeditors.h"

#include "icons.h"
#include "multivalueedit.h"
#include "referenceservice.h"
#include "tagchips.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

// ---- MultiValueEditor

MultiValueEditor::MultiValueEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_edit = new MultiValueEdit(parent);
    m_edit->setAccessibleName(field.translatedLabel());
    m_edit->setPlaceholderText(field.kind == FieldKind::EmailList ? tr("name@example.com") : tr("+33 1 23 45 67 89"));
    connect(m_edit, &MultiValueEdit::edited, this, &FieldEditor::edited);
}

QWidget *MultiValueEditor::widget() const { return m_edit; }
QVariant MultiValueEditor::value() const { return m_edit->values(); }
void MultiValueEditor::setValue(const QVariant &value) { m_edit->setValues(value.toStringList()); }
void MultiValueEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }

void MultiValueEditor::setProblem(const QString &message)
{
    FieldEditor::setProblem(message);
    markProblem(m_edit, QString()); // the lines carry the frame, not the container
    m_edit->setToolTip(message);
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    QStringList bad;
    for (auto it = quoted.globalMatch(message); it.hasNext();)
        bad << it.next().captured(1).trimmed();
    bool any = false;
    for (QLineEdit *e : m_edit->lineEdits()) {
        const bool wrong = !message.isEmpty() && bad.contains(e->text().trimmed());
        any = any || wrong;
        markProblem(e, wrong ? message : QString());
    }
    if (!message.isEmpty() && !any)
        for (QLineEdit *e : m_edit->lineEdits())
            markProblem(e, message);
}

void MultiValueEditor::focus()
{
    for (QLineEdit *e : m_edit->lineEdits())
        if (e->property("problem").toBool() || e == m_edit->lineEdits().constLast()) {
            e->setFocus(Qt::OtherFocusReason);
            return;
        }
}

// ---- TagListEditor

TagListEditor::TagListEditor(const LeadField &field, Workspace &ws, QWidget *parent) : FieldEditor(field, parent)
{
    m_chips = new TagChips(ws.references(), parent);
    m_chips->setAccessibleName(field.translatedLabel());
    connect(m_chips, &TagChips::changed, this, &FieldEditor::edited);
    connect(m_chips, &TagChips::problem, this, &TagListEditor::problem);
}

QWidget *TagListEditor::widget() const { return m_chips; }
QVariant TagListEditor::value() const { return QVariant::fromValue(m_chips->tagIds()); }
void TagListEditor::setValue(const QVariant &value) { m_chips->setTagIds(value.value<QList<qint64>>()); }
void TagListEditor::setReadOnly(bool readOnly) { m_chips->setReadOnly(readOnly); }

// ---- CheckListEditor

CheckListEditor::CheckListEditor(const LeadField &field, Workspace &ws, QWidget *parent) : FieldEditor(field, parent), m_ws(ws)
{
    m_box = new QWidget(parent);
    auto *layout = new QVBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(m_box);
    m_list->setAccessibleName(field.translatedLabel());
    m_list->setObjectName(QStringLiteral("checkList"));
    layout->addWidget(m_list);
    m_box->setFocusProxy(m_list);
    if (ws.references().allowsInlineCreation(field.ref)) {
        m_new = new QPushButton(Icons::icon(QStringLiteral("add")), tr("New list…"), m_box);
        connect(m_new, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(m_box, tr("New marketing list"), tr("Name of the list:"), QLineEdit::Normal, {}, &ok);
            if (!ok || name.trimmed().isEmpty())
                return;
            auto created = m_ws.references().add(this->field().ref, name.trimmed());
            if (!created) {
                emit problem(created.errorText());
                return;
            }
            m_value << created->id;
            reload();
            emit edited();
        });
        layout->addWidget(m_new, 0, Qt::AlignLeft);
    }
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        m_value.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_value << id;
        emit edited();
    });
    connect(&ws, &Workspace::referencesChanged, this, [this](RefKind kind) {
        if (kind == this->field().ref)
            reload();
    });
    reload();
}

void CheckListEditor::reload()
{
    m_loading = true;
    m_list->clear();
    for (const ReferenceItem &item : m_ws.references().list(field().ref)) {
        auto *row = new QListWidgetItem(item.name, m_list);
        row->setData(Qt::UserRole, item.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(m_value.contains(item.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

QVariant CheckListEditor::value() const
{
    QList<qint64> sorted = m_value;
    std::sort(sorted.begin(), sorted.end());
    return QVariant::fromValue(sorted);
}

void CheckListEditor::setValue(const QVariant &value)
{
    m_value = value.value<QList<qint64>>();
    reload();
}

void CheckListEditor::setReadOnly(bool readOnly)
{
    m_list->setEnabled(!readOnly);
    if (m_new)
        m_new->setVisible(!readOnly);
}
