#include "emailrepository.h"

#include "database.h"
#include "normalize.h"

#include <QSqlQuery>

namespace {

const char *EmailColumns = "id, lead_id, to_addr, cc_addr, subject, body, template_id, sent_at, sent_by";

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QStringList splitAddresses(const QString &text)
{
    QStringList out;
    for (const QString &a : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = a.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

EmailMessage readEmail(const QSqlQuery &q)
{
    EmailMessage m;
    m.id = q.value(0).toLongLong();
    m.leadId = q.value(1).toLongLong();
    m.to = splitAddresses(q.value(2).toString());
    m.cc = splitAddresses(q.value(3).toString());
    m.subject = q.value(4).toString();
    m.body = q.value(5).toString();
    m.templateId = q.value(6).toLongLong();
    m.sentAt = Database::fromTimestamp(q.value(7).toString());
    m.sentBy = q.value(8).toLongLong();
    return m;
}

EmailTemplate readTemplate(const QSqlQuery &q)
{
    EmailTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.subject = q.value(2).toString();
    t.body = q.value(3).toString();
    return t;
}

} // namespace

EmailRepository::EmailRepository(Database &db) : m_db(db) {}

std::optional<EmailMessage> EmailRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM emails WHERE id = ?").arg(QLatin1String(EmailColumns)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readEmail(r.value());
}

QList<EmailMessage> EmailRepository::forLead(qint64 leadId) const
{
    QList<EmailMessage> out;
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM emails WHERE lead_id = ? ORDER BY sent_at DESC, id DESC").arg(QLatin1String(EmailColumns)),
                       {leadId});
    if (r)
        while (r.value().next())
            out << readEmail(r.value());
    return out;
}

Result<qint64> EmailRepository::insert(const EmailMessage &m)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO emails (lead_id, to_addr, cc_addr, subject, body, template_id, sent_at, sent_by) "
                                      "VALUES (?,?,?,?,?,?,?,?)"),
                       {idOrNull(m.leadId), m.to.join(QStringLiteral(", ")), m.cc.join(QStringLiteral(", ")), m.subject, m.body,
                        idOrNull(m.templateId), Database::timestamp(m.sentAt), idOrNull(m.sentBy)});
    if (!r)
        return r.problems();
    return r.value();
}

QList<EmailTemplate> EmailRepository::templates() const
{
    QList<EmailTemplate> out;
    auto r = m_db.exec(QStringLiteral("SELECT id, name, subject, body FROM email_templates ORDER BY name_key, id"));
    if (r)
        while (r.value().next())
            out << readTemplate(r.value());
    return out;
}

std::optional<EmailTemplate> EmailRepository::findTemplate(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, name, subject, body FROM email_templates WHERE id = ?"), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readTemplate(r.value());
}

std::optional<EmailTemplate> EmailRepository::templateByNameKey(const QString &nameKey) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, name, subject, body FROM email_templates WHERE name_key = ?"), {nameKey});
    if (!r || !r.value().next())
        return std::nullopt;
    return readTemplate(r.value());
}

Result<qint64> EmailRepository::insertTemplate(const EmailTemplate &t)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO email_templates (name, name_key, subject, body) VALUES (?,?,?,?)"),
                       {t.name, Normalize::text(t.name), t.subject, t.body});
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult EmailRepository::updateTemplate(const EmailTemplate &t)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE email_templates SET name = ?, name_key = ?, subject = ?, body = ? WHERE id = ?"),
                                      {t.name, Normalize::text(t.name), t.subject, t.body, t.id}));
}

VoidResult EmailRepository::remove(qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM emails WHERE id = ?"), {id}));
}

VoidResult EmailRepository::removeTemplate(qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM email_templates WHERE id = ?"), {id}));
}
