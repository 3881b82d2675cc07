#include "emailservice.h"

#include "activity.h"
#include "emailrepository.h"
#include "fieldlimits.h"
#include "lead.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadservice.h"
#include "normalize.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("EmailService", s); }

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]{2,}$"));
    return re.match(email.trimmed()).hasMatch();
}

QStringList cleaned(const QStringList &addresses)
{
    QStringList out;
    for (const QString &a : addresses)
        for (const QString &part : a.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
            if (const QString t = part.trimmed(); !t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
                out << t;
    return out;
}
} // namespace

EmailService::EmailService(Workspace &ws) : m_ws(ws) {}

std::optional<EmailMessage> EmailService::find(qint64 id) const
{
    return m_ws.emailRepository().find(id);
}

QList<EmailMessage> EmailService::forLead(qint64 leadId) const
{
    return m_ws.emailRepository().forLead(leadId);
}

QStringList EmailService::placeholders()
{
    QStringList out{QStringLiteral("full_name"), QStringLiteral("display_name"), QStringLiteral("user_name"), QStringLiteral("user_email")};
    for (const LeadField &f : leadFields())
        out << f.key;
    return out;
}

QString EmailService::fill(const QString &text, const Lead &lead) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString key = m.captured(1);
        if (key == QLatin1String("full_name")) {
            out += lead.fullName();
        } else if (key == QLatin1String("display_name")) {
            out += lead.displayName();
        } else if (key == QLatin1String("user_name")) {
            out += m_ws.currentUser().name;
        } else if (key == QLatin1String("user_email")) {
            out += m_ws.currentUser().email;
        } else if (const LeadField *f = leadField(key)) {
            out += m_ws.codec().displayText(*f, f->get(lead));
        } else {
            out += m.captured(0); // unknown: left as typed, so the writer sees it
        }
    }
    out += text.mid(last);
    return out;
}

Result<EmailMessage> EmailService::compose(qint64 leadId, qint64 templateId) const
{
    auto lead = m_ws.leads().get(leadId);
    if (!lead)
        return lead.problems();
    if (lead->doNotEmail)
        return Result<EmailMessage>::failure(QStringLiteral("do_not_email"),
                                             tr("%1 (lead #%2) is marked \"Do not email\": no email can be sent.")
                                                 .arg(lead->displayName())
                                                 .arg(leadId));
    EmailMessage m;
    m.leadId = leadId;
    m.to = lead->emails;
    if (templateId) {
        const auto t = findTemplate(templateId);
        if (!t)
            return Result<EmailMessage>::failure(QStringLiteral("template"), tr("There is no email template #%1.").arg(templateId));
        m.templateId = templateId;
        m.subject = fill(t->subject, lead.value());
        m.body = fill(t->body, lead.value());
    }
    return m;
}

Problems EmailService::validate(const EmailMessage &m) const
{
    Problems p = FieldLimits::checkText(QStringLiteral("subject"), tr("The subject"), m.subject, TextShape::Line);
    p << FieldLimits::checkText(QStringLiteral("body"), tr("The body"), m.body, TextShape::MultiLine);
    for (const QString &a : m.to)
        p << FieldLimits::checkText(QStringLiteral("to"), tr("A recipient"), a, TextShape::Email);
    for (const QString &a : m.cc)
        p << FieldLimits::checkText(QStringLiteral("cc"), tr("A copy recipient"), a, TextShape::Email);
    if (m.to.isEmpty())
        p << Problem{QStringLiteral("to"), tr("Give at least one recipient.")};
    for (const QString &a : m.to)
        if (!isValidEmail(a))
            p << Problem{QStringLiteral("to"), tr("\"%1\" is not a valid email address.").arg(a)};
    for (const QString &a : m.cc)
        if (!isValidEmail(a))
            p << Problem{QStringLiteral("cc"), tr("\"%1\" is not a valid email address.").arg(a)};
    if (m.subject.trimmed().isEmpty())
        p << Problem{QStringLiteral("subject"), tr("An email needs a subject.")};
    if (m.templateId && !m_ws.emailRepository().findTemplate(m.templateId))
        p << Problem{QStringLiteral("template"), tr("There is no email template #%1.").arg(m.templateId)};
    return p;
}

Result<EmailMessage> EmailService::prepare(EmailMessage m) const
{
    auto lead = m_ws.leads().get(m.leadId);
    if (!lead)
        return lead.problems();
    m.to = cleaned(m.to);
    m.cc = cleaned(m.cc);
    m.subject = fill(m.subject, lead.value()).trimmed();
    m.body = fill(m.body, lead.value());
    return m;
}

Result<EmailMessage> EmailService::send(EmailMessage given)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto lead = m_ws.leads().getFor(given.leadId, Access::LeadAction::Activities);
    if (!lead)
        return lead.problems();
    if (lead->doNotEmail)
        return Result<EmailMessage>::failure(QStringLiteral("do_not_email"),
                                             tr("%1 (lead #%2) is marked \"Do not email\": no email can be sent.")
                                                 .arg(lead->displayName())
                                                 .arg(given.leadId));
    if (m_ws.leads().isConverted(lead.value()))
        return Result<EmailMessage>::failure(QStringLiteral("lead"), tr("Lead #%1 is converted and can no longer be changed.").arg(given.leadId));
    auto prepared = prepare(given);
    if (!prepared)
        return prepared.problems();
    EmailMessage m = prepared.value();
    if (Problems p = validate(m); !p.isEmpty())
        return p;
    m.sentAt = m_ws.now();
    m.sentBy = m_ws.currentUserId();
    auto id = m_ws.emailRepository().insert(m);
    if (!id)
        return id.problems();
    m.id = id.value();
    if (VoidResult r = m_ws.leads().record(m.leadId, Activity::Kind::Email, {}, {}, {},
                                           tr("Email sent to %1: \"%2\".").arg(m.to.join(QStringLiteral(", ")), m.subject));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({m.leadId});
    return m;
}

VoidResult EmailService::removeLogged(qint64 emailId)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto m = find(emailId);
    if (!m)
        return VoidResult::failure(QStringLiteral("email"), tr("There is no email #%1.").arg(emailId));
    auto lead = m_ws.leads().getFor(m->leadId, Access::LeadAction::Activities);
    if (!lead)
        return lead.problems();
    if (m_ws.leads().isConverted(lead.value()))
        return VoidResult::failure(QStringLiteral("lead"), tr("Lead #%1 is converted and can no longer be changed.").arg(m->leadId));
    if (VoidResult r = m_ws.emailRepository().remove(emailId); !r)
        return r;
    if (VoidResult r = m_ws.leads().record(m->leadId, Activity::Kind::Email, {}, {}, {},
                                           tr("Email \"%1\" taken off the lead.").arg(m->subject));
        !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({m->leadId});
    return {};
}

QString EmailService::mailtoUrl(const EmailMessage &m)
{
    // RFC 6068: addresses keep '@', everything else of the query is
    // percent-encoded, and line breaks in the body are CRLF.
    const QByteArray keepInAddress = "@!$'()*+;=";
    QStringList to;
    for (const QString &a : m.to)
        to << QString::fromLatin1(QUrl::toPercentEncoding(a.trimmed(), keepInAddress));
    QStringList query;
    if (!m.cc.isEmpty()) {
        QStringList cc;
        for (const QString &a : m.cc)
            cc << QString::fromLatin1(QUrl::toPercentEncoding(a.trimmed(), keepInAddress));
        query << QStringLiteral("cc=") + cc.join(QLatin1Char(','));
    }
    if (!m.subject.isEmpty())
        query << QStringLiteral("subject=") + QString::fromLatin1(QUrl::toPercentEncoding(m.subject));
    if (!m.body.isEmpty()) {
        QString body = m.body;
        body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        query << QStringLiteral("body=") + QString::fromLatin1(QUrl::toPercentEncoding(body));
    }
    QString url = QStringLiteral("mailto:") + to.join(QLatin1Char(','));
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

QList<EmailTemplate> EmailService::templates() const
{
    return m_ws.emailRepository().templates();
}

std::optional<EmailTemplate> EmailService::findTemplate(qint64 id) const
{
    return m_ws.emailRepository().findTemplate(id);
}

std::optional<EmailTemplate> EmailService::templateByName(const QString &name) const
{
    return m_ws.emailRepository().templateByNameKey(Normalize::text(name));
}

Problems EmailService::checkTemplate(const EmailTemplate &t) const
{
    Problems p = FieldLimits::checkText(QStringLiteral("name"), tr("The name"), t.name, TextShape::ReferenceName);
    // A template's subject holds placeholders that may grow when filled; the
    // filled email is checked again when sent.
    p << FieldLimits::checkText(QStringLiteral("subject"), tr("The subject"), t.subject, TextShape::Line);
    p << FieldLimits::checkText(QStringLiteral("body"), tr("The body"), t.body, TextShape::MultiLine);
    if (t.name.trimmed().isEmpty())
        p << Problem{QStringLiteral("name"), tr("A template needs a name.")};
    else if (const auto other = templateByName(t.name); other && other->id != t.id)
        p << Problem{QStringLiteral("name"), tr("A template named \"%1\" already exists.").arg(other->name)};
    if (t.subject.trimmed().isEmpty() && t.body.trimmed().isEmpty())
        p << Problem{QStringLiteral("body"), tr("A template needs a subject or a body.")};
    return p;
}

Result<EmailTemplate> EmailService::addTemplate(EmailTemplate t)
{
    if (Problems no = m_ws.access().check(Access::Action::ManageMarketingLists); !no.isEmpty())
        return no;
    t.name = t.name.trimmed();
    if (Problems p = checkTemplate(t); !p.isEmpty())
        return p;
    auto id = m_ws.emailRepository().insertTemplate(t);
    if (!id)
        return id.problems();
    t.id = id.value();
    return t;
}

Result<EmailTemplate> EmailService::updateTemplate(EmailTemplate t)
{
    if (Problems no = m_ws.access().check(Access::Action::ManageMarketingLists); !no.isEmpty())
        return no;
    if (!findTemplate(t.id))
        return Result<EmailTemplate>::failure(QStringLiteral("id"), tr("There is no email template #%1.").arg(t.id));
    t.name = t.name.trimmed();
    if (Problems p = checkTemplate(t); !p.isEmpty())
        return p;
    if (VoidResult r = m_ws.emailRepository().updateTemplate(t); !r)
        return r.problems();
    return t;
}

VoidResult EmailService::removeTemplate(qint64 id)
{
    if (Problems no = m_ws.access().check(Access::Action::ManageMarketingLists); !no.isEmpty())
        return no;
    if (!findTemplate(id))
        return VoidResult::failure(QStringLiteral("id"), tr("There is no email template #%1.").arg(id));
    return m_ws.emailRepository().removeTemplate(id);
}
