#include "composeemaildialog.h"

#include "desktophandoff.h"
#include "emailservice.h"
#include "icons.h"
#include "leadservice.h"
#include "messagebanner.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

ComposeEmailDialog::ComposeEmailDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_leadIds(leadIds)
{
    setObjectName(QStringLiteral("composeEmailDialog"));
    setWindowTitle(tr("Compose an email"));
    setWindowIcon(Icons::icon(QStringLiteral("email")));
    const bool single = m_leadIds.size() == 1;

    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("emailBanner"));
    layout->addWidget(m_banner);
    m_leads = new QLabel(this);
    m_leads->setObjectName(QStringLiteral("emailLeads"));
    m_leads->setWordWrap(true);
    layout->addWidget(m_leads);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, const QString &field, QWidget *editor) {
        auto *l = new QLabel(label, this);
        l->setBuddy(editor);
        form->addRow(l, field.isEmpty() ? editor : m_problems.wrap(field, editor));
    };

    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("emailTo"));
    m_to->setPlaceholderText(single ? tr("name@example.com, another@example.com") : tr("Each lead's own email addresses"));
    m_to->setEnabled(single);
    if (!single)
        m_to->setToolTip(tr("With several leads, each email goes to that lead's own addresses."));
    addRow(tr("&To:"), QStringLiteral("to"), m_to);

    m_cc = new QLineEdit(this);
    m_cc->setObjectName(QStringLiteral("emailCc"));
    m_cc->setPlaceholderText(tr("Optional, separated by commas"));
    addRow(tr("&Cc:"), QStringLiteral("cc"), m_cc);

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("emailTemplate"));
    m_template->addItem(tr("(No template)"), 0);
    for (const EmailTemplate &t : m_ws.emails().templates())
        m_template->addItem(t.name, t.id);
    m_template->setEnabled(m_template->count() > 1);
    addRow(tr("Te&mplate:"), QStringLiteral("template"), m_template);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("emailSubject"));
    m_subject->setMinimumWidth(420);
    addRow(tr("&Subject:"), QStringLiteral("subject"), m_subject);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("emailBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 12);
    auto *bodyBox = new QWidget(this);
    bodyBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(4);
    bodyLayout->addWidget(m_body, 1);
    auto *fieldsRow = new QHBoxLayout;
    auto *insert = new QToolButton(bodyBox);
    insert->setObjectName(QStringLiteral("insertFieldButton"));
    insert->setText(tr("&Insert a lead field"));
    insert->setIcon(Icons::icon(QStringLiteral("add")));
    insert->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(insert);
    for (const QString &key : EmailService::placeholders()) {
        const QString token = QStringLiteral("{%1}").arg(key);
        menu->addAction(token, this, [this, token] { m_body->insertPlainText(token); });
    }
    insert->setMenu(menu);
    auto *fieldsHint = new QLabel(tr("Placeholders such as {first_name} are filled with each lead's values when sent."), bodyBox);
    fieldsHint->setWordWrap(true);
    fieldsHint->setStyleSheet(QStringLiteral("color: #7b8794;"));
    fieldsRow->addWidget(insert);
    fieldsRow->addWidget(fieldsHint, 1);
    bodyLayout->addLayout(fieldsRow);
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_problems.wrap(QStringLiteral("body"), bodyBox));
    layout->addLayout(form, 1);

    m_handOffCheck = new QCheckBox(single ? tr("&Open it in my mail program to send it")
                                          : tr("&Open each email in my mail program to send it"),
                                   this);
    m_handOffCheck->setObjectName(QStringLiteral("handOffCheck"));
    m_handOffCheck->setToolTip(tr("Quarry keeps the email on the lead; your mail program sends it."));
    m_handOffCheck->setChecked(m_leadIds.size() <= 10);
    layout->addWidget(m_handOffCheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("emailSend"));
    m_send->setIcon(Icons::icon(QStringLiteral("send")));
    m_send->setToolTip(tr("Keep the email on the lead and open it in your mail program"));
    m_send->setDefault(true);
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &ComposeEmailDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::activated, this, &ComposeEmailDialog::applyTemplate);

    // The draft: the lead's addresses; do-not-email refuses right away.
    if (single) {
        auto draft = m_ws.emails().compose(m_leadIds.first());
        if (draft)
            m_to->setText(draft->to.join(QStringLiteral(", ")));
    }
    refreshLeads();
    m_subject->setFocus();
    resize(sizeHint().expandedTo(QSize(620, 480)));
}

bool ComposeEmailDialog::run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
{
    if (leadIds.isEmpty())
        return false;
    ComposeEmailDialog dialog(ws, leadIds, parent);
    dialog.exec();
    return !dialog.sent().isEmpty();
}

QString ComposeEmailDialog::leadName(qint64 leadId) const
{
    const auto lead = m_ws.leads().get(leadId);
    return lead ? lead->displayName() : tr("Lead #%1").arg(leadId);
}

void ComposeEmailDialog::refreshLeads()
{
    // Leads that refuse email are named before anything is written.
    QStringList names;
    QList<MessageBanner::Line> refused;
    int writable = 0;
    for (qint64 id : std::as_const(m_leadIds)) {
        auto lead = m_ws.leads().get(id);
        if (lead && lead->doNotEmail) {
            refused << MessageBanner::Line{tr("%1 (lead #%2) is marked \"Do not email\": no email can be sent.").arg(lead->displayName()).arg(id), {}};
            continue;
        }
        ++writable;
        if (names.size() < 5)
            names << leadName(id);
    }
    if (writable > 5)
        names << tr("and %n more", nullptr, writable - 5);
    if (m_leadIds.size() == 1)
        m_leads->setText(tr("To the lead <b>%1</b>").arg(leadName(m_leadIds.first()).toHtmlEscaped()));
    else
        m_leads->setText(tr("One email to each of %n lead(s): %1", nullptr, writable).arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!refused.isEmpty() && m_banner->isHidden())
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              m_leadIds.size() == 1 ? tr("This lead does not want emails.")
                                                    : tr("%n lead(s) will get no email:", nullptr, int(refused.size())),
                              refused);
    m_send->setEnabled(writable > 0);
}

void ComposeEmailDialog::setTemplate(qint64 templateId)
{
    m_template->setCurrentIndex(std::max(0, m_template->findData(templateId)));
    applyTemplate();
}

void ComposeEmailDialog::applyTemplate()
{
    const qint64 id = m_template->currentData().toLongLong();
    if (!id)
        return;
    QString subject, body;
    auto draft = m_leadIds.size() == 1 ? m_ws.emails().compose(m_leadIds.first(), id) : Result<EmailMessage>::failure({}, {});
    if (draft) {
        // One lead: the template as it will go, filled with the lead's fields.
        subject = draft->subject;
        body = draft->body;
    } else if (const auto t = m_ws.emails().findTemplate(id)) {
        // Several leads: the placeholders are filled for each lead when sent.
        subject = t->subject;
        body = t->body;
    } else {
        return;
    }
    // Never drop what the user wrote without asking.
    const bool ownText = (!m_subject->text().isEmpty() && m_subject->text() != m_filledSubject)
                         || (!m_body->toPlainText().isEmpty() && m_body->toPlainText() != m_filledBody);
    if (ownText
        && QMessageBox::question(this, tr("Use the template"), tr("Replace the subject and the body you wrote with the template \"%1\"?").arg(m_template->currentText()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    m_subject->setText(subject);
    m_body->setPlainText(body);
    m_filledSubject = subject;
    m_filledBody = body;
}

void ComposeEmailDialog::setHandOff(bool handOff)
{
    m_handOffCheck->setChecked(handOff);
}

bool ComposeEmailDialog::handOff() const
{
    return m_handOffCheck->isChecked();
}

void ComposeEmailDialog::setTo(const QString &to)
{
    m_to->setText(to);
}

void ComposeEmailDialog::setCc(const QString &cc)
{
    m_cc->setText(cc);
}

void ComposeEmailDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void ComposeEmailDialog::setBody(const QString &body)
{
    m_body->setPlainText(body);
}

QStringList ComposeEmailDialog::split(const QString &addresses)
{
    QStringList out;
    for (const QString &a : addresses.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
        if (const QString t = a.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

EmailMessage ComposeEmailDialog::messageFor(qint64 leadId) const
{
    EmailMessage m;
    m.leadId = leadId;
    if (m_leadIds.size() == 1 && m_to->isEnabled()) {
        m.to = split(m_to->text());
    } else if (auto lead = m_ws.leads().get(leadId)) {
        m.to = lead->emails;
    }
    m.cc = split(m_cc->text());
    m.subject = m_subject->text();
    m.body = m_body->toPlainText();
    m.templateId = m_template->currentData().toLongLong();
    return m;
}

bool ComposeEmailDialog::send()
{
    m_problems.clear();
    m_banner->clear();
    m_refusals.clear();
    QList<qint64> refused;
    const qsizetype total = m_leadIds.size();
    if (total > 1) {
        // What is wrong with the message itself (subject, cc) is shown before
        // anything is sent; the recipients are each lead's own.
        EmailMessage probe = messageFor(m_leadIds.first());
        probe.to = QStringList{QStringLiteral("probe@example.com")};
        if (const Problems general = m_ws.emails().validate(probe); !general.isEmpty()) {
            const Problems rest = m_problems.show(general);
            if (!rest.isEmpty())
                m_banner->showMessage(MessageBanner::Kind::Error, describe(rest));
            return false;
        }
    }
    Problems fieldProblems;
    Problems lastProblems;
    for (qint64 id : std::as_const(m_leadIds)) {
        auto r = m_ws.emails().send(messageFor(id));
        if (r) {
            m_sent << r.value();
            if (m_handOffCheck->isChecked()) {
                const QString url = EmailService::mailtoUrl(r.value());
                m_urls << url;
                DesktopHandoff::open(QUrl::fromEncoded(url.toUtf8()));
            }
            continue;
        }
        refused << id;
        lastProblems = r.problems();
        const QString name = leadName(id);
        QStringList messages;
        for (const Problem &p : r.problems())
            messages << p.message;
        const QString message = messages.join(QLatin1Char(' '));
        m_refusals << (message.contains(name) ? message : tr("%1: %2").arg(name, message));
        for (const Problem &p : r.problems())
            if (p.field != QLatin1String("to") && !fieldProblems.contains(p))
                fieldProblems << p;
    }
    if (refused.isEmpty()) {
        accept();
        return true;
    }
    m_leadIds = refused;
    if (total == 1) {
        // One lead: each problem at its field, the rest (do-not-email) above.
        const Problems rest = m_problems.show(lastProblems);
        if (!rest.isEmpty()) {
            QList<MessageBanner::Line> lines;
            for (const Problem &p : rest)
                lines << MessageBanner::Line{p.message, {}};
            m_banner->showMessage(MessageBanner::Kind::Error, tr("The email was not sent:"), lines);
        }
    } else {
        // Several leads: the shared fields (cc) at their field, every refusal by lead name.
        m_problems.show(fieldProblems);
        QList<MessageBanner::Line> lines;
        for (const QString &r : std::as_const(m_refusals))
            lines << MessageBanner::Line{r, {}};
        const qsizetype kept = total - refused.size();
        m_banner->showMessage(kept ? MessageBanner::Kind::Warning : MessageBanner::Kind::Error,
                              tr("Sent to %1 of %2 leads. Not sent to these:").arg(kept).arg(total), lines);
    }
    refreshLeads();
    return false;
}
