// Emails (email compose/send, emails), templates (template add, templates)
// and attachments (attach, attachments, attachment get/remove) on a lead.
#include "attachmentservice.h"
#include "cli.h"
#include "emailservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QStringList addresses(const QString &text)
{
    QStringList out;
    for (const QString &a : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            out << a.trimmed();
    return out;
}

QJsonObject emailJson(Cli &cli, const EmailMessage &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id ? QJsonValue(m.id) : QJsonValue()},
                       {QStringLiteral("lead"), m.leadId},
                       {QStringLiteral("to"), QJsonArray::fromStringList(m.to)},
                       {QStringLiteral("cc"), QJsonArray::fromStringList(m.cc)},
                       {QStringLiteral("subject"), m.subject},
                       {QStringLiteral("body"), m.body},
                       {QStringLiteral("sent_at"), m.sentAt.isValid() ? QJsonValue(Database::timestamp(m.sentAt)) : QJsonValue()},
                       {QStringLiteral("sent_by"), cli.ws.users().nameOf(m.sentBy)},
                       {QStringLiteral("mailto"), EmailService::mailtoUrl(m)}};
}

/// Builds the message of `email compose` and `email send` from the options:
/// the lead's emails and the template's filled text unless given.
int draft(Cli &cli, QStringList &args, const QString &usage, EmailMessage *out)
{
    qint64 leadId = 0;
    if (args.isEmpty() || !Cli::parseId(args.takeFirst(), &leadId))
        return cli.usage(usage);
    QString to, cc, subject, body, templateName;
    bool hasTo = false, hasCc = false, hasSubject = false, hasBody = false, missing = false;
    hasTo = Cli::takeOption(args, QStringLiteral("--to"), &to, &missing);
    if (!missing)
        hasCc = Cli::takeOption(args, QStringLiteral("--cc"), &cc, &missing);
    if (!missing)
        hasSubject = Cli::takeOption(args, QStringLiteral("--subject"), &subject, &missing);
    if (!missing)
        hasBody = Cli::takeOption(args, QStringLiteral("--body"), &body, &missing);
    if (!missing)
        Cli::takeOption(args, QStringLiteral("--template"), &templateName, &missing);
    if (missing || !args.isEmpty())
        return cli.usage(usage);
    qint64 templateId = 0;
    if (!templateName.isEmpty()) {
        const auto t = cli.ws.emails().templateByName(templateName);
        if (!t)
            return cli.fail(Problems{Problem{QStringLiteral("template"), QStringLiteral("There is no email template \"%1\".").arg(templateName)}});
        templateId = t->id;
    }
    auto m = cli.ws.emails().compose(leadId, templateId);
    if (!m)
        return cli.fail(m.problems());
    *out = m.value();
    if (hasTo)
        out->to = addresses(to);
    if (hasCc)
        out->cc = addresses(cc);
    if (hasSubject)
        out->subject = subject;
    if (hasBody)
        out->body = body;
    return -1;
}

int emailCompose(Cli &cli, QStringList args)
{
    EmailMessage m;
    if (const int code = draft(cli, args, QStringLiteral("Usage: email compose LEAD_ID [--template NAME] [--to A,B] [--cc A,B] [--subject S] [--body B]"), &m);
        code >= 0)
        return code;
    auto prepared = cli.ws.emails().prepare(m);
    if (!prepared)
        return cli.fail(prepared.problems());
    cli.print(emailJson(cli, prepared.value()), EmailService::mailtoUrl(prepared.value()));
    return Exit::Done;
}

int emailSend(Cli &cli, QStringList args)
{
    EmailMessage m;
    if (const int code = draft(cli, args, QStringLiteral("Usage: email send LEAD_ID [--to A,B] [--cc A,B] [--subject S] [--body B] [--template NAME]"), &m);
        code >= 0)
        return code;
    auto sent = cli.ws.emails().send(m);
    if (!sent)
        return cli.fail(sent.problems());
    cli.print(emailJson(cli, sent.value()),
              QStringLiteral("Email #%1 kept on lead #%2. Hand it to the mail client with:\n%3")
                  .arg(sent->id)
                  .arg(sent->leadId)
                  .arg(EmailService::mailtoUrl(sent.value())));
    return Exit::Done;
}

int emails(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: emails LEAD_ID"));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const EmailMessage &m : cli.ws.emails().forLead(id)) {
        arr << emailJson(cli, m);
        rows << QStringList{QString::number(m.id), m.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            m.to.join(QStringLiteral(", ")), m.subject};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("ID"), QStringLiteral("SENT"), QStringLiteral("TO"), QStringLiteral("SUBJECT")}, rows);
    return Exit::Done;
}

QJsonObject templateJson(const EmailTemplate &t)
{
    return QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}, {QStringLiteral("subject"), t.subject},
                       {QStringLiteral("body"), t.body}};
}

int templateAdd(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: template add NAME --subject S --body B  (placeholders: {first_name}, {company}, any lead field)");
    if (args.isEmpty())
        return cli.usage(usage);
    EmailTemplate t;
    t.name = args.takeFirst();
    bool missing = false;
    Cli::takeOption(args, QStringLiteral("--subject"), &t.subject, &missing);
    if (!missing)
        Cli::takeOption(args, QStringLiteral("--body"), &t.body, &missing);
    if (missing || !args.isEmpty())
        return cli.usage(usage);
    auto added = cli.ws.emails().addTemplate(t);
    if (!added)
        return cli.fail(added.problems());
    cli.print(templateJson(added.value()), QStringLiteral("Template #%1 \"%2\" added.").arg(added->id).arg(added->name));
    return Exit::Done;
}

int templates(Cli &cli, QStringList args)
{
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Usage: templates"));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const EmailTemplate &t : cli.ws.emails().templates()) {
        arr << templateJson(t);
        rows << QStringList{QString::number(t.id), t.name, t.subject};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("SUBJECT")}, rows);
    return Exit::Done;
}

QJsonObject attachmentJson(Cli &cli, const Attachment &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("lead"), a.leadId},
                       {QStringLiteral("file_name"), a.fileName},
                       {QStringLiteral("mime"), a.mime},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("added_at"), Database::timestamp(a.addedAt)},
                       {QStringLiteral("added_by"), cli.ws.users().nameOf(a.addedBy)}};
}

int attach(Cli &cli, QStringList args)
{
    qint64 leadId = 0;
    if (args.size() != 2 || !Cli::parseId(args.first(), &leadId))
        return cli.usage(QStringLiteral("Usage: attach LEAD_ID FILE"));
    auto a = cli.ws.attachments().addFile(leadId, args.at(1));
    if (!a)
        return cli.fail(a.problems());
    cli.print(attachmentJson(cli, a.value()),
              QStringLiteral("Attachment #%1 \"%2\" (%3) added to lead #%4.").arg(a->id).arg(a->fileName, AttachmentService::sizeText(a->size)).arg(leadId));
    return Exit::Done;
}

int attachments(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: attachments LEAD_ID"));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const Attachment &a : cli.ws.attachments().forLead(id)) {
        arr << attachmentJson(cli, a);
        rows << QStringList{QString::number(a.id), a.fileName, a.mime, AttachmentService::sizeText(a.size),
                            a.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("ID"), QStringLiteral("FILE"), QStringLiteral("TYPE"), QStringLiteral("SIZE"), QStringLiteral("ADDED")}, rows);
    return Exit::Done;
}

int attachmentGet(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 2 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: attachment get ID FILE"));
    auto a = cli.ws.attachments().read(id);
    if (!a)
        return cli.fail(a.problems());
    // Whole or untouched, never over the database: nothing changed, exit 3.
    if (VoidResult r = cli.ws.attachments().saveTo(a.value(), args.at(1)); !r)
        return cli.fail(r.problems(), Exit::Failed);
    cli.print(attachmentJson(cli, a.value()), QStringLiteral("Wrote %1 (%2).").arg(args.at(1), AttachmentService::sizeText(a->size)));
    return Exit::Done;
}

int attachmentRemove(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: attachment remove ID"));
    if (VoidResult r = cli.ws.attachments().remove(id); !r)
        return cli.fail(r.problems());
    cli.print(QJsonObject{{QStringLiteral("removed"), id}}, QStringLiteral("Attachment #%1 removed.").arg(id));
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("email"), QStringLiteral("compose")}, QStringLiteral("LEAD_ID [--template NAME] [--to A,B] [--cc A,B] [--subject S] [--body B]"),
     QStringLiteral("draft an email (prints the mailto URL; nothing kept)"), emailCompose},
    {{QStringLiteral("email"), QStringLiteral("send")}, QStringLiteral("LEAD_ID [--to A,B] [--cc A,B] [--subject S] [--body B] [--template NAME]"),
     QStringLiteral("keep an email sent to a lead"), emailSend},
    {{QStringLiteral("emails")}, QStringLiteral("LEAD_ID"), QStringLiteral("a lead's emails"), emails},
    {{QStringLiteral("template"), QStringLiteral("add")}, QStringLiteral("NAME --subject S --body B"), QStringLiteral("add an email template"),
     templateAdd},
    {{QStringLiteral("templates")}, QString(), QStringLiteral("the email templates"), templates},
    {{QStringLiteral("attach")}, QStringLiteral("LEAD_ID FILE"), QStringLiteral("attach a file to a lead"), attach},
    {{QStringLiteral("attachments")}, QStringLiteral("LEAD_ID"), QStringLiteral("a lead's attachments"), attachments},
    {{QStringLiteral("attachment"), QStringLiteral("get")}, QStringLiteral("ID FILE"), QStringLiteral("write an attachment to a file"), attachmentGet},
    {{QStringLiteral("attachment"), QStringLiteral("remove")}, QStringLiteral("ID"), QStringLiteral("remove an attachment"), attachmentRemove},
};

} // namespace
