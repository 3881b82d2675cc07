#include "importjournalrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const RecordColumns =
    "i.id, i.at, i.user_id, u.login, u.name, i.file, i.source, i.imported, i.updated, i.skipped, i.rejected, "
    "i.finished_at, i.reverted_at, "
    "(SELECT COUNT(*) FROM leads l WHERE l.import_id = i.id AND l.merged_into IS NULL AND l.deleted_at IS NULL), "
    "(SELECT COUNT(*) FROM import_updates w WHERE w.import_id = i.id)";

ImportRecord recordFrom(const QSqlQuery &q)
{
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.at = Database::fromTimestamp(q.value(1).toString());
    r.userId = q.value(2).toLongLong();
    r.userLogin = q.value(3).toString();
    r.userName = q.value(4).toString();
    r.file = q.value(5).toString();
    r.source = q.value(6).toString();
    r.imported = q.value(7).toLongLong();
    r.updated = q.value(8).toLongLong();
    r.skipped = q.value(9).toLongLong();
    r.rejected = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        r.finishedAt = Database::fromTimestamp(q.value(11).toString());
    if (!q.value(12).isNull())
        r.revertedAt = Database::fromTimestamp(q.value(12).toString());
    r.leadsLeft = q.value(13).toLongLong();
    r.updatesLeft = q.value(14).toLongLong();
    return r;
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

} // namespace

ImportJournalRepository::ImportJournalRepository(Database &db) : m_db(db) {}

Result<qint64> ImportJournalRepository::insert(const ImportRecord &record)
{
    return m_db.insert(QStringLiteral("INSERT INTO imports (at, user_id, file, source) VALUES (?, ?, ?, ?)"),
                       {Database::timestamp(record.at), nullableId(record.userId), sqlText(record.file), sqlText(record.source)});
}

VoidResult ImportJournalRepository::setCounts(qint64 id, qint64 imported, qint64 updated, qint64 skipped, qint64 rejected,
                                              const QDateTime &finishedAt)
{
    QSqlQuery q = m_db.run(QStringLiteral(
        "UPDATE imports SET imported = ?, updated = ?, skipped = ?, rejected = ?, finished_at = ? WHERE id = ?"), {imported, updated, skipped, rejected, Database::timestamp(finishedAt), id});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("UPDATE imports"))};
    return {};
}

VoidResult ImportJournalRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM imports WHERE id = ?"), {id});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("DELETE FROM imports"))};
    return {};
}

VoidResult ImportJournalRepository::setReverted(qint64 id, const QDateTime &at)
{
    QSqlQuery q = m_db.run(QStringLiteral("UPDATE imports SET reverted_at = ? WHERE id = ?"), {Database::timestamp(at), id});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("UPDATE imports"))};
    return {};
}

std::optional<ImportRecord> ImportJournalRepository::find(qint64 id) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 FROM imports i LEFT JOIN users u ON u.id = i.user_id WHERE i.id = ?").arg(QLatin1String(RecordColumns)), {id});
    if (!q.isActive() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<ImportRecord> ImportJournalRepository::list() const
{
    QList<ImportRecord> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM imports i LEFT JOIN users u ON u.id = i.user_id ORDER BY i.id DESC")
                                 .arg(QLatin1String(RecordColumns)));
    if (q.isActive())
        while (q.next())
            out << recordFrom(q);
    return out;
}

bool ImportJournalRepository::createdBy(qint64 leadId, qint64 importId) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT 1 FROM leads WHERE id = ? AND import_id = ?"), {leadId, importId});
    return q.isActive() && q.next();
}

std::optional<ImportUpdateRecord> ImportJournalRepository::findUpdate(qint64 importId, qint64 leadId) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT before, after_at FROM import_updates WHERE import_id = ? AND lead_id = ?"), {importId, leadId});
    if (!q.isActive() || !q.next())
        return std::nullopt;
    ImportUpdateRecord r;
    r.leadId = leadId;
    r.before = q.value(0).toString().toUtf8();
    r.afterAt = q.value(1).toString();
    return r;
}

VoidResult ImportJournalRepository::putUpdate(qint64 importId, qint64 leadId, const QByteArray &before, const QString &afterAt)
{
    QSqlQuery q = m_db.run(QStringLiteral(
        "INSERT INTO import_updates (import_id, lead_id, before, after_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (import_id, lead_id) DO UPDATE SET before = excluded.before, after_at = excluded.after_at"), {importId, leadId, QString::fromUtf8(before), afterAt});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("import_updates"))};
    return {};
}

QList<ImportUpdateRecord> ImportJournalRepository::updates(qint64 importId) const
{
    QList<ImportUpdateRecord> out;
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT u.lead_id, u.before, u.after_at, l.updated_at, l.merged_into, "
        "(l.converted_at IS NOT NULL OR l.converted_partner_id IS NOT NULL) "
        "FROM import_updates u JOIN leads l ON l.id = u.lead_id WHERE u.import_id = ? ORDER BY u.lead_id"), {importId});
    if (q.isActive())
        while (q.next()) {
            ImportUpdateRecord r;
            r.leadId = q.value(0).toLongLong();
            r.before = q.value(1).toString().toUtf8();
            r.afterAt = q.value(2).toString();
            r.updatedAt = q.value(3).toString();
            r.mergedInto = q.value(4).toLongLong();
            r.converted = q.value(5).toInt() != 0;
            out << r;
        }
    return out;
}

qint64 ImportJournalRepository::updateCount(qint64 importId) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM import_updates WHERE import_id = ?"), {importId});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> ImportJournalRepository::createdLeadIds(qint64 importId) const
{
    QList<qint64> out;
    QSqlQuery q = m_db.stream(QStringLiteral("SELECT id FROM leads WHERE import_id = ? ORDER BY id"), {importId});
    if (q.isActive())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

Result<QList<ImportedLeadState>> ImportJournalRepository::changedCreatedLeads(qint64 importId, const QString &finishedAt) const
{
    // One pass over the import's leads (index leads_import), each check an
    // index lookup: events, emails, attachments and tickets are never
    // written by an import, so any of them was added since.
    QSqlQuery q = m_db.stream(QStringLiteral(
        "SELECT l.id, l.updated_at > ?, IFNULL(l.merged_into, 0), "
        "(l.converted_at IS NOT NULL OR l.converted_partner_id IS NOT NULL), "
        "EXISTS (SELECT 1 FROM leads m WHERE m.merged_into = l.id), "
        "(SELECT COUNT(*) FROM activities a WHERE a.lead_id = l.id AND a.at > ?), "
        "(SELECT COUNT(*) FROM events e WHERE e.lead_id = l.id) + (SELECT COUNT(*) FROM emails e WHERE e.lead_id = l.id) "
        "+ (SELECT COUNT(*) FROM attachments e WHERE e.lead_id = l.id) + (SELECT COUNT(*) FROM tickets e WHERE e.lead_id = l.id) "
        "FROM leads l WHERE l.import_id = ? ORDER BY l.id"), {finishedAt, finishedAt, importId});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("leads of import"))};
    QList<ImportedLeadState> out;
    while (q.next()) {
        ImportedLeadState s;
        s.leadId = q.value(0).toLongLong();
        s.editedSince = q.value(1).toInt() != 0;
        s.mergedInto = q.value(2).toLongLong();
        s.converted = q.value(3).toInt() != 0;
        s.hasMergedLeads = q.value(4).toInt() != 0;
        s.laterActivities = q.value(5).toLongLong();
        s.rows = q.value(6).toLongLong();
        if (s.changedSince())
            out << s;
    }
    return out;
}
