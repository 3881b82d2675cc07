#include "emailstab.h"

#include "composeemaildialog.h"
#include "emailservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {
enum Column { Date, To, Subject, By };
}

EmailsTab::EmailsTab(Workspace &ws, QWidget *parent) : RecordListTab(ws, parent)
{
    setObjectName(QStringLiteral("emailsTab"));
    m_compose = addButton(QStringLiteral("email"), tr("&Compose…"), QStringLiteral("composeEmailButton"),
                          tr("Write an email to this lead; it is kept here and opened in your mail program"));
    m_buttons->addStretch(1);
    setHeaders({tr("Date"), tr("To"), tr("Subject"), tr("Sent by")});
    list()->header()->resizeSection(Date, dateColumnWidth());
    list()->header()->resizeSection(To, 220);
    list()->header()->resizeSection(Subject, 300);
    list()->sortByColumn(Date, Qt::DescendingOrder);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("emailPreview"));
    m_preview->setOpenExternalLinks(false);
    m_preview->setMinimumHeight(140);
    m_preview->setAccessibleName(tr("Email preview"));
    m_layout->addWidget(m_preview, 1);
    connect(m_compose, &QPushButton::clicked, this, &EmailsTab::compose);
    reload();
}

QString EmailsTab::unsavedHint() const
{
    return tr("Save the lead first: emails are kept on a saved lead.");
}

QString EmailsTab::readyHint() const
{
    if (lead().doNotEmail)
        return tr("This lead is marked \"Do not email\": no email can be sent to it.");
    return {};
}

void EmailsTab::fill()
{
    const QList<EmailMessage> emails = m_ws.emails().forLead(leadId());
    m_count = int(emails.size());
    for (const EmailMessage &m : emails) {
        QTreeWidgetItem *item = addRow(m.id, {when(m.sentAt), m.to.join(QStringLiteral(", ")), m.subject, m_ws.users().nameOf(m.sentBy)},
                                       {m.sentAt});
        if (!m.cc.isEmpty())
            item->setToolTip(To, tr("Cc: %1").arg(m.cc.join(QStringLiteral(", "))));
    }
}

void EmailsTab::updateActions()
{
    m_compose->setEnabled(canAdd() && !lead().doNotEmail);
}

void EmailsTab::currentChanged()
{
    const auto m = currentId() ? m_ws.emails().find(currentId()) : std::nullopt;
    if (!m) {
        const QString text = leadId() == 0 ? QString() : list()->topLevelItemCount() ? tr("Select an email to read it.") : tr("No email has been sent to this lead yet.");
        m_preview->setHtml(QStringLiteral("<p style=\"color:#7b8794\">%1</p>").arg(text.toHtmlEscaped()));
        return;
    }
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"color:#7b8794; padding-right:8px;\">%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Subject:"), m->subject);
    html += row(tr("To:"), m->to.join(QStringLiteral(", ")));
    if (!m->cc.isEmpty())
        html += row(tr("Cc:"), m->cc.join(QStringLiteral(", ")));
    html += row(tr("Sent:"), tr("%1 by %2").arg(when(m->sentAt), m_ws.users().nameOf(m->sentBy)));
    html += QStringLiteral("</table><hr><div style=\"white-space: pre-wrap;\">%1</div>").arg(m->body.toHtmlEscaped());
    m_preview->setHtml(html);
}

void EmailsTab::compose()
{
    if (!canAdd())
        return;
    clearMessage();
    ComposeEmailDialog::run(m_ws, {leadId()}, this);
}
