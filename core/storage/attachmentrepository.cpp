#include "attachmentrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Attachment readAttachment(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.leadId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.mime = q.value(3).toString();
    a.size = q.value(4).toLongLong();
    a.addedAt = Database::fromTimestamp(q.value(5).toString());
    a.addedBy = q.value(6).toLongLong();
    return a;
}

} // namespace

AttachmentRepository::AttachmentRepository(Database &db) : m_db(db) {}

std::optional<Attachment> AttachmentRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, lead_id, file_name, mime, size, added_at, added_by, data FROM attachments WHERE id = ?"), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    Attachment a = readAttachment(r.value());
    a.data = r.value().value(7).toByteArray();
    return a;
}

QList<Attachment> AttachmentRepository::forLead(qint64 leadId) const
{
    QList<Attachment> out;
    auto r = m_db.exec(QStringLiteral("SELECT id, lead_id, file_name, mime, size, added_at, added_by FROM attachments "
                                      "WHERE lead_id = ? ORDER BY added_at, id"),
                       {leadId});
    if (r)
        while (r.value().next())
            out << readAttachment(r.value());
    return out;
}

Result<qint64> AttachmentRepository::insert(const Attachment &a)
{
    // A null QByteArray would bind as NULL: an empty file is an empty, non-null blob.
    const QByteArray data = a.data.isNull() ? QByteArray("", 0) : a.data;
    auto r = m_db.insert(QStringLiteral("INSERT INTO attachments (lead_id, file_name, mime, size, data, added_at, added_by) "
                                      "VALUES (?,?,?,?,?,?,?)"),
                       {idOrNull(a.leadId), a.fileName, a.mime, qint64(data.size()), data, Database::timestamp(a.addedAt),
                        idOrNull(a.addedBy)});
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult AttachmentRepository::remove(qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM attachments WHERE id = ?"), {id}));
}
