#include "emailtemplatespage.h"

#include "configundo.h"
#include "emailservice.h"
#include "icons.h"
#include "leadfield.h"
#include "problemmark.h"
#include "undoids.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
/// How a placeholder reads in the list: its field's label, then "{key}".
QString placeholderLabel(const QString &key)
{
    if (key == QLatin1String("full_name"))
        return EmailTemplatesPage::tr("Full name");
    if (key == QLatin1String("display_name"))
        return EmailTemplatesPage::tr("Name as displayed");
    if (key == QLatin1String("user_name"))
        return EmailTemplatesPage::tr("Your name (sender)");
    if (key == QLatin1String("user_email"))
        return EmailTemplatesPage::tr("Your email (sender)");
    for (const LeadField &f : leadFields())
        if (f.key == key && f.label)
            return f.translatedLabel();
    return key;
}

} // namespace

EmailTemplatesPage::EmailTemplatesPage(Workspace &ws, QWidget *parent)
    : ConfigSection(ws, tr("Email templates"),
                    tr("The drafts offered when composing an email to a lead. Placeholders such as {first_name} "
                       "are replaced by the lead's values when the email is written."),
                    parent)
{
    setObjectName(QStringLiteral("emailTemplatesPage"));

    // Left: the templates, Add and Remove.
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMinimumWidth(220);
    m_list->setMaximumWidth(320);
    m_add = new QPushButton(Icons::icon(QStringLiteral("add")), tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addTemplateButton"));
    m_remove = new QPushButton(Icons::icon(QStringLiteral("delete")), tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeTemplateButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // Right: the template.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    m_editor = card;
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    m_hint = new QLabel(card);
    m_hint->setObjectName(QStringLiteral("sectionTitle"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(card);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("e.g. First contact"));
    m_subject = new QLineEdit(card);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body = new QPlainTextEdit(card);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(180);
    auto *nameLabel = new QLabel(tr("&Name:"), card);
    nameLabel->setBuddy(m_name);
    auto *subjectLabel = new QLabel(tr("&Subject:"), card);
    subjectLabel->setBuddy(m_subject);
    auto *bodyLabel = new QLabel(tr("&Body:"), card);
    bodyLabel->setBuddy(m_body);
    form->addRow(nameLabel, m_name);
    form->addRow(subjectLabel, m_subject);
    form->addRow(bodyLabel, m_body);

    // The lead fields that can be inserted, as EmailService::fill() knows them.
    m_placeholders = new QComboBox(card);
    m_placeholders->setObjectName(QStringLiteral("placeholderBox"));
    for (const QString &key : EmailService::placeholders())
        m_placeholders->addItem(tr("%1  {%2}").arg(placeholderLabel(key), key), key);
    m_insert = new QPushButton(tr("&Insert field"), card);
    m_insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_insert->setToolTip(tr("Inserts the chosen lead field at the cursor in the subject or the body."));
    auto *insertLabel = new QLabel(tr("&Lead field:"), card);
    insertLabel->setBuddy(m_placeholders);
    auto *insertRow = new QHBoxLayout;
    insertRow->addWidget(m_placeholders, 1);
    insertRow->addWidget(m_insert);
    form->addRow(insertLabel, insertRow);

    m_save = new QPushButton(Icons::icon(QStringLiteral("save-light")), tr("Sa&ve"), card);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setProperty("role", QStringLiteral("saveTemplate"));
    m_save->setAccessibleName(tr("Save template"));
    m_revert = new QPushButton(tr("Re&vert"), card);
    m_revert->setObjectName(QStringLiteral("revertTemplateButton"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);

    cardLayout->addWidget(m_hint);
    cardLayout->addLayout(form, 1);
    cardLayout->addLayout(saveRow);

    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addLayout(left);
    row->addWidget(card, 1);
    body()->addLayout(row, 1);

    m_lastText = m_body;
    // Placeholders go to the subject or the body, whichever the user was in last.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_subject || now == m_body)
            m_lastText = now;
    });
    connect(m_subject, &QLineEdit::cursorPositionChanged, this, [this] {
        if (!m_loading)
            m_lastText = m_subject;
    });
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!m_loading)
            m_lastText = m_body;
    });

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        selectTemplate(item ? item->data(Qt::UserRole).toLongLong() : 0);
    });
    connect(m_add, &QPushButton::clicked, this, &EmailTemplatesPage::startNew);
    connect(m_remove, &QPushButton::clicked, this, &EmailTemplatesPage::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &EmailTemplatesPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { selectTemplate(m_currentId); });
    connect(m_insert, &QPushButton::clicked, this,
            [this] { insertPlaceholder(m_placeholders->currentData().toString()); });
    for (QLineEdit *edit : {m_name, m_subject})
        connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });

    reload(0);
}

void EmailTemplatesPage::reload(qint64 selectId)
{
    m_loading = true;
    m_list->clear();
    QListWidgetItem *select = nullptr;
    for (const EmailTemplate &t : workspace().emails().templates()) {
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("email")), t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == selectId)
            select = item;
    }
    if (!select && selectId == 0 && m_list->count() > 0)
        select = m_list->item(0);
    m_list->setCurrentItem(select);
    m_loading = false;
    if (select)
        selectTemplate(select->data(Qt::UserRole).toLongLong());
    else
        selectTemplate(0);
}

void EmailTemplatesPage::selectTemplate(qint64 id)
{
    const std::optional<EmailTemplate> t = id ? workspace().emails().findTemplate(id) : std::nullopt;
    m_loading = true;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id && m_list->currentRow() != i)
            m_list->setCurrentRow(i);
    if (!t)
        m_list->setCurrentItem(nullptr);
    m_loading = false;
    showTemplate(t.value_or(EmailTemplate{}));
    m_editor->setEnabled(t.has_value());
    m_hint->setText(t ? tr("Template \"%1\"").arg(t->name)
                      : (m_list->count() ? tr("Select a template, or add one.") : tr("No templates yet: add one.")));
    updateButtons();
}

void EmailTemplatesPage::showTemplate(const EmailTemplate &t)
{
    m_loading = true;
    m_currentId = t.id;
    m_name->setText(t.name);
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_loading = false;
    markProblems({});
    setModified(false);
}

void EmailTemplatesPage::startNew()
{
    clearMessage();
    m_loading = true;
    m_list->setCurrentItem(nullptr);
    m_loading = false;
    showTemplate(EmailTemplate{});
    m_editor->setEnabled(true);
    m_hint->setText(tr("New template"));
    setModified(true); // Save adds it
    m_name->setFocus(Qt::OtherFocusReason);
}

bool EmailTemplatesPage::save()
{
    EmailTemplate t;
    t.id = m_currentId;
    t.name = m_name->text().trimmed();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    const bool adding = t.id == 0;
    const std::optional<EmailTemplate> before = adding ? std::nullopt : workspace().emails().findTemplate(t.id);
    const Result<EmailTemplate> saved = adding ? workspace().emails().addTemplate(t) : workspace().emails().updateTemplate(t);
    if (!check(saved, adding ? tr("The template was not added") : tr("The template was not saved"))) {
        markProblems(saved.problems());
        return false;
    }
    pushUndo(adding ? std::nullopt : before, saved.value());
    showDone(adding ? tr("Template \"%1\" added.").arg(saved.value().name) : tr("Template \"%1\" saved.").arg(saved.value().name));
    reload(saved.value().id);
    return true;
}

bool EmailTemplatesPage::removeCurrent()
{
    const std::optional<EmailTemplate> t = m_currentId ? workspace().emails().findTemplate(m_currentId) : std::nullopt;
    if (!t) {
        selectTemplate(0);
        return false;
    }
    if (!check(workspace().emails().removeTemplate(t->id), tr("\"%1\" was not removed").arg(t->name)))
        return false;
    pushUndo(*t, std::nullopt);
    const int row = m_list->currentRow();
    reload(-1);
    if (m_list->count() > 0)
        selectTemplate(m_list->item(qBound(0, row, m_list->count() - 1))->data(Qt::UserRole).toLongLong());
    EmailTemplate copy = *t;
    showDone(tr("Template \"%1\" removed.").arg(t->name), tr("Undo"), [this, copy]() mutable {
        // Back under a new id that Edit > Undo's steps follow too.
        const QString kind = QStringLiteral("email-template");
        const qint64 first = copy.id;
        if (workspace().emails().findTemplate(UndoIds::current(kind, first))) {
            clearMessage(); // Edit > Undo brought it back already
            return;
        }
        copy.id = 0;
        const Problems back = UndoIds::addAgain(kind, first, [&] { return workspace().emails().addTemplate(copy); });
        if (back.isEmpty()) {
            clearMessage();
            reload(UndoIds::current(kind, first));
        } else {
            check(VoidResult(back), tr("\"%1\" was not restored").arg(copy.name));
        }
    });
    return true;
}

void EmailTemplatesPage::pushUndo(const std::optional<EmailTemplate> &before, const std::optional<EmailTemplate> &after)
{
    // One step per save or removal; a template that comes back is added
    // again, under a new id the later steps follow (UndoIds).
    Workspace &ws = workspace();
    const QString kind = QStringLiteral("email-template");
    const qint64 first = before ? before->id : after->id;
    auto put = [&ws, kind, first](const std::optional<EmailTemplate> &state) -> Problems {
        const qint64 id = UndoIds::current(kind, first);
        const bool exists = ws.emails().findTemplate(id).has_value();
        if (!state) {
            VoidResult r = exists ? ws.emails().removeTemplate(id) : VoidResult{};
            return r ? Problems{} : r.problems();
        }
        EmailTemplate t = *state;
        if (!exists) {
            t.id = 0;
            return UndoIds::addAgain(kind, first, [&] { return ws.emails().addTemplate(t); });
        }
        t.id = id;
        auto r = ws.emails().updateTemplate(t);
        return r ? Problems{} : r.problems();
    };
    const QString name = (after ? after : before)->name;
    const QString text = !before ? tr("Add the template \"%1\"").arg(name)
                         : !after ? tr("Remove the template \"%1\"").arg(name)
                                  : tr("Edit the template \"%1\"").arg(name);
    // Each step shows its outcome in the page, when it is still open.
    QPointer<EmailTemplatesPage> page(this);
    auto shown = [page, kind, first](Problems p) {
        if (page)
            page->reload(p.isEmpty() ? UndoIds::current(kind, first) : -1);
        return p;
    };
    ConfigUndo::push(text, [put, after, shown] { return shown(put(after)); }, [put, before, shown] { return shown(put(before)); });
}

void EmailTemplatesPage::insertPlaceholder(const QString &key)
{
    if (key.isEmpty() || !m_editor->isEnabled())
        return;
    const QString text = QLatin1Char('{') + key + QLatin1Char('}');
    if (m_lastText == m_subject) {
        m_subject->insert(text);
        m_subject->setFocus(Qt::OtherFocusReason);
    } else {
        m_body->insertPlainText(text);
        m_body->setFocus(Qt::OtherFocusReason);
    }
    setModified(true);
}

void EmailTemplatesPage::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    updateButtons();
}

void EmailTemplatesPage::markProblems(const Problems &problems)
{
    auto messageAt = [&problems](const char *field) {
        QStringList messages;
        for (const Problem &p : problems)
            if (p.field == QLatin1String(field))
                messages << p.message;
        return messages.join(QLatin1Char('\n'));
    };
    ProblemMark::set(m_name, messageAt("name"));
    ProblemMark::set(m_subject, messageAt("subject"));
    ProblemMark::set(m_body, messageAt("body"));
}

void EmailTemplatesPage::updateButtons()
{
    m_remove->setEnabled(m_currentId != 0);
    m_save->setEnabled(m_modified);
    m_revert->setEnabled(m_modified);
}
