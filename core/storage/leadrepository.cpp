#include "leadrepository.h"

#include "database.h"
#include "leadfield.h"
#include "leadrecord.h"
#include "leadsortmarks.h"
#include "normalize.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

/// The stored columns of the lead row, from the field registry.
const QList<const LeadField *> &columnFields()
{
    return LeadRecord::columnFields();
}

QVariant fromSql(const LeadField &f, const QVariant &v)
{
    return LeadRecord::fromSql(f, v);
}

QString placeholders(qsizetype n)
{
    QStringList p;
    p.fill(QStringLiteral("?"), n);
    return p.join(QLatin1Char(','));
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

const QHash<QString, QString> &sortColumns()
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("id"), QStringLiteral("l.id")},
        {QStringLiteral("full_name"), QStringLiteral("l.full_name_key")},
        {QStringLiteral("last_name"), QStringLiteral("l.last_name_key")},
        {QStringLiteral("title"), QStringLiteral("l.title")},
        {QStringLiteral("company"), QStringLiteral("l.company_key")},
        {QStringLiteral("city"), QStringLiteral("l.city_key")},
        {QStringLiteral("created_at"), QStringLiteral("l.created_at")},
        // Unassigned (NULL) first, as before, through an expression index:
        // keyset paging needs a key that is never NULL.
        {QStringLiteral("assigned_to"), QStringLiteral("IFNULL(l.assigned_to, 0)")},
        {QStringLiteral("status"), QStringLiteral("l.status_id")},
        {QStringLiteral("score"), QStringLiteral("l.score")},
        // The first email's and phone's keys, stored on the lead (LeadRecord).
        {QStringLiteral("email"), QStringLiteral("l.email_key")},
        {QStringLiteral("phone"), QStringLiteral("l.phone_key")},
        {QStringLiteral("updated_at"), QStringLiteral("l.updated_at")},
        {QStringLiteral("next_event_at"), QStringLiteral("l.next_event_at")},
    };
    return columns;
}

QString rowColumns(const Database &db)
{
    return QStringLiteral("l.id, l.title, l.first_name, l.middle_name, l.last_name, l.company, l.city, l.created_at, "
                          "l.assigned_to, u.name, l.status_id, l.score, l.next_event_at, "
                          "(SELECT value FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'phone' ORDER BY position LIMIT 1), "
                          "(SELECT value FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'email' ORDER BY position LIMIT 1), "
                          "(SELECT %1 FROM lead_tags t WHERE t.lead_id = l.id), l.updated_at")
        .arg(db.joinIds(QStringLiteral("tag_id")));
}

LeadRow readRow(const QSqlQuery &q)
{
    LeadRow r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    QStringList name;
    for (int i = 2; i <= 4; ++i)
        if (const QString part = q.value(i).toString(); !part.isEmpty())
            name << part;
    r.fullName = name.join(QLatin1Char(' '));
    r.company = q.value(5).toString();
    r.city = q.value(6).toString();
    r.createdAt = Database::fromTimestamp(q.value(7).toString());
    r.assignedTo = q.value(8).toLongLong();
    r.assignedName = q.value(9).toString();
    r.statusId = q.value(10).toLongLong();
    r.score = q.value(11).toInt();
    r.nextEventAt = Database::fromTimestamp(q.value(12).toString());
    r.phone = q.value(13).toString();
    r.email = q.value(14).toString();
    const QString tags = q.value(15).toString();
    if (!tags.isEmpty())
        for (const QString &t : tags.split(QLatin1Char(',')))
            r.tagIds << t.toLongLong();
    r.updatedAt = Database::fromTimestamp(q.value(16).toString());
    return r;
}

} // namespace

QString ftsPrefixQuery(const QString &search)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    // A phone number as people type it ("01.23.45", "+33 1 23", "(415) 555"):
    // the index holds a phone's digits as one token, so the digit groups
    // are one prefix, not one term each.
    static const QRegularExpression typedPhone(QStringLiteral("^\\s*[+(]?\\s*[0-9][0-9 .\\-/()]*$"));
    static const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
    if (typedPhone.match(search).hasMatch() && search.contains(separators)) {
        QString digits = search;
        digits.remove(nonDigits);
        if (digits.size() >= 2)
            return QLatin1Char('"') + digits + QStringLiteral("\"*");
    }
    QStringList terms;
    for (const QString &word : Normalize::text(search).split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

LeadRepository::LeadRepository(Database &db) : m_db(db) {}

QStringList LeadRepository::sortableFields()
{
    QStringList keys = sortColumns().keys();
    keys.sort();
    return keys;
}

std::optional<Lead> LeadRepository::find(qint64 id) const
{
    QStringList cols;
    for (const LeadField *f : columnFields())
        cols << f->column;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1, merged_into, deleted_at, deleted_by, version FROM leads WHERE id = ?").arg(cols.join(QLatin1Char(','))), {id});
    if (!q.isActive() || !q.next())
        return std::nullopt;
    Lead lead;
    lead.id = id;
    int i = 0;
    for (const LeadField *f : columnFields())
        f->set(lead, fromSql(*f, q.value(i++)));
    lead.mergedInto = q.value(i++).toLongLong();
    lead.deletedAt = Database::fromTimestamp(q.value(i++).toString());
    lead.deletedBy = q.value(i++).toLongLong();
    lead.version = q.value(i).toLongLong();

    QSqlQuery p = m_db.run(QStringLiteral("SELECT kind, value FROM lead_contact_points WHERE lead_id = ? ORDER BY kind, position"), {id});
    while (p.next()) {
        const QString kind = p.value(0).toString();
        const QString value = p.value(1).toString();
        if (kind == QLatin1String("email"))
            lead.emails << value;
        else if (kind == QLatin1String("billing_email"))
            lead.billingEmails << value;
        else if (kind == QLatin1String("phone"))
            lead.phones << value;
    }
    auto readIds = [&](const QString &sql) {
        QList<qint64> out;
        QSqlQuery t = m_db.run(sql, {id});
        while (t.next())
            out << t.value(0).toLongLong();
        return out;
    };
    lead.tagIds = readIds(QStringLiteral("SELECT tag_id FROM lead_tags WHERE lead_id = ? ORDER BY tag_id"));
    lead.marketingListIds = readIds(QStringLiteral("SELECT list_id FROM lead_marketing_lists WHERE lead_id = ? ORDER BY list_id"));
    lead.convertedContactIds = readIds(QStringLiteral("SELECT contact_id FROM lead_contacts_converted WHERE lead_id = ? ORDER BY contact_id"));
    return lead;
}

bool LeadRepository::exists(qint64 id) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"), {id});
    return q.isActive() && q.next();
}

QString LeadRepository::countryCode(qint64 countryId) const
{
    if (countryId == 0)
        return {};
    auto it = m_countryCodes.constFind(countryId);
    if (it != m_countryCodes.constEnd())
        return *it;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT code FROM countries WHERE id = ?"), {countryId});
    const QString code = (q.isActive() && q.next()) ? q.value(0).toString() : QString();
    m_countryCodes.insert(countryId, code);
    return code;
}

Result<qint64> LeadRepository::insert(const Lead &lead)
{
    // Keys, contact points and search entry are computed once, by the same
    // code as the bulk import's (LeadRecord).
    const LeadRecord record = LeadRecord::from(lead, countryCode(lead.countryId));
    const QStringList &cols = LeadRecord::columnNames();
    QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO leads (%1) VALUES (%2) RETURNING id")
                                 .arg(cols.join(QLatin1Char(',')), placeholders(cols.size())), record.values);
    if (!q.isActive() || !q.next())
        return Problems{sqlProblem(q, QStringLiteral("INSERT INTO leads"))};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (VoidResult r = writeDetails(id, lead, record, false); !r)
        return r.problems();
    return id;
}

VoidResult LeadRepository::update(const Lead &lead)
{
    const LeadRecord record = LeadRecord::from(lead, countryCode(lead.countryId));
    QStringList sets;
    for (const QString &c : LeadRecord::columnNames())
        sets << c + QStringLiteral(" = ?");
    sets << QStringLiteral("version = version + 1");
    QSqlQuery q = m_db.run(QStringLiteral("UPDATE leads SET %1 WHERE id = ?").arg(sets.join(QLatin1Char(','))),
                           record.values + QVariantList{lead.id});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("UPDATE leads"))};
    return writeDetails(lead.id, lead, record, true);
}

VoidResult LeadRepository::writeDetails(qint64 id, const Lead &lead, const LeadRecord &record, bool replace)
{
    if (replace) {
        for (const char *table : {"lead_contact_points", "lead_tags", "lead_marketing_lists", "lead_contacts_converted"}) {
            QSqlQuery d = m_db.run(QStringLiteral("DELETE FROM %1 WHERE lead_id = ?").arg(QLatin1String(table)), {id});
            if (!d.isActive())
                return Problems{sqlProblem(d, QLatin1String(table))};
        }
    }
    if (!record.points.isEmpty()) {
        QSqlQuery p = m_db.query(QStringLiteral(
            "INSERT INTO lead_contact_points (lead_id, kind, position, value, norm_key) VALUES (?, ?, ?, ?, ?)"));
        for (const LeadRecord::ContactPoint &point : record.points) {
            p.addBindValue(id);
            p.addBindValue(point.kind);
            p.addBindValue(point.position);
            p.addBindValue(sqlText(point.value));
            p.addBindValue(sqlText(point.key));
            if (!p.exec())
                return Problems{sqlProblem(p, QStringLiteral("lead_contact_points"))};
        }
    }
    auto writeIds = [&](const QString &sql, const QList<qint64> &ids) -> VoidResult {
        if (ids.isEmpty())
            return {};
        QSqlQuery t = m_db.query(sql);
        for (qint64 other : ids) {
            t.addBindValue(id);
            t.addBindValue(other);
            if (!t.exec())
                return Problems{sqlProblem(t, sql.section(QLatin1Char(' '), 2, 2))};
        }
        return {};
    };
    if (VoidResult r = writeIds(QStringLiteral("INSERT INTO lead_tags (lead_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"), lead.tagIds); !r)
        return r;
    if (VoidResult r = writeIds(QStringLiteral("INSERT INTO lead_marketing_lists (lead_id, list_id) VALUES (?, ?) ON CONFLICT DO NOTHING"), lead.marketingListIds); !r)
        return r;
    if (VoidResult r = writeIds(QStringLiteral("INSERT INTO lead_contacts_converted (lead_id, contact_id) VALUES (?, ?) ON CONFLICT DO NOTHING"), lead.convertedContactIds); !r)
        return r;
    return writeFts(id, record, replace);
}

VoidResult LeadRepository::writeFts(qint64 id, const LeadRecord &record, bool replace)
{
    if (replace) {
        QSqlQuery d = m_db.run(QStringLiteral("DELETE FROM leads_fts WHERE rowid = ?"), {id});
        if (!d.isActive())
            return Problems{sqlProblem(d, QStringLiteral("leads_fts"))};
    }
    if (!record.hasFts)
        return {}; // merged leads leave every list, search included
    QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO leads_fts (rowid, name, company, email, phone, city) VALUES (?, ?, ?, ?, ?, ?)"), {id, sqlText(record.fts.name), sqlText(record.fts.company), sqlText(record.fts.email), sqlText(record.fts.phone), sqlText(record.fts.city)});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("leads_fts"))};
    return {};
}

VoidResult LeadRepository::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const QString list = idList(ids);
    for (const QString &sql : {QStringLiteral("DELETE FROM leads_fts WHERE rowid IN (%1)"),
                               QStringLiteral("DELETE FROM leads WHERE id IN (%1)")}) {
        QSqlQuery q = m_db.run(sql.arg(list));
        if (!q.isActive())
            return Problems{sqlProblem(q, QStringLiteral("DELETE leads"))};
    }
    return {};
}

VoidResult LeadRepository::setField(const QList<qint64> &ids, const QString &fieldKey, const QVariant &value,
                                    const QDateTime &updatedAt)
{
    const LeadField *f = leadField(fieldKey);
    if (!f || f->column.isEmpty())
        return VoidResult::failure(fieldKey, QStringLiteral("not a stored lead field"));
    if (ids.isEmpty())
        return {};
    QSqlQuery q = m_db.run(QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ?, version = version + 1 WHERE id IN (%2)")
                                 .arg(f->column, idList(ids)), {LeadRecord::toSql(*f, value), Database::timestamp(updatedAt)});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("UPDATE leads"))};
    return {};
}

VoidResult LeadRepository::setMergedInto(const QList<qint64> &ids, qint64 masterId)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q = m_db.run(QStringLiteral("UPDATE leads SET merged_into = ?, version = version + 1 WHERE id IN (%1)").arg(idList(ids)), {masterId == 0 ? QVariant() : QVariant(masterId)});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("UPDATE leads merged_into"))};
    // Search entries follow: merged leads leave search, restored ones return.
    return refreshFts(ids);
}

VoidResult LeadRepository::refreshFts(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const std::optional<Lead> lead = find(id);
        if (lead)
            if (VoidResult r = writeFts(id, LeadRecord::from(*lead, countryCode(lead->countryId)), true); !r)
                return r;
    }
    return {};
}

VoidResult LeadRepository::setDeleted(const QList<qint64> &ids, const QDateTime &at, qint64 userId)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q = m_db.run(QStringLiteral("UPDATE leads SET deleted_at = ?, deleted_by = ?, version = version + 1 WHERE id IN (%1)").arg(idList(ids)), {at.isValid() ? QVariant(Database::timestamp(at)) : QVariant(), at.isValid() && userId ? QVariant(userId) : QVariant()});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("UPDATE leads deleted_at"))};
    // Search follows: a lead in the trash leaves it, a restored one returns.
    return refreshFts(ids);
}

QList<qint64> LeadRepository::trashedBefore(const QDateTime &before) const
{
    QList<qint64> out;
    QSqlQuery q = before.isValid() ? m_db.run(QStringLiteral("SELECT id FROM leads WHERE deleted_at IS NOT NULL AND deleted_at < ? ORDER BY id"),
                                              {Database::timestamp(before)})
                                   : m_db.run(QStringLiteral("SELECT id FROM leads WHERE deleted_at IS NOT NULL ORDER BY id"));
    if (q.isActive())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

VoidResult LeadRepository::refreshEventDates(qint64 leadId, const QDateTime &now)
{
    const QString at = Database::timestamp(now);
    // Plain positional parameters: Qt's SQLite driver refuses a numbered one used twice.
    QSqlQuery q = m_db.run(QStringLiteral(
        "UPDATE leads SET "
        " last_event_at = (SELECT MAX(starts_at) FROM events WHERE lead_id = ? AND state <> 'cancelled' AND starts_at <= ?),"
        " next_event_at = (SELECT MIN(starts_at) FROM events WHERE lead_id = ? AND state = 'planned' AND starts_at > ?)"
        " WHERE id = ?"), {leadId, at, leadId, at, leadId});
    if (!q.isActive())
        return Problems{sqlProblem(q, QStringLiteral("UPDATE leads event dates"))};
    return {};
}

QString LeadRepository::sortExpression(const QString &sortField)
{
    return sortColumns().value(sortField, QStringLiteral("l.id"));
}

LeadRepository::Where LeadRepository::where(const LeadFilter &filter, int searchLimit) const
{
    Where w;
    // The trash lists the leads in it; every other menu, the live ones.
    QStringList parts{filter.menu == LeadFilter::Menu::Trash ? QStringLiteral("l.merged_into IS NULL AND l.deleted_at IS NOT NULL")
                                                              : liveCondition()};
    if (!m_scope.isEmpty())
        parts << m_scope;
    switch (filter.menu) {
    case LeadFilter::Menu::My:
        parts << QStringLiteral("l.assigned_to = ?") << QStringLiteral("l.status_id IN (SELECT id FROM lead_statuses WHERE is_open = 1)");
        w.bindings << filter.currentUserId;
        break;
    case LeadFilter::Menu::Opened:
        parts << QStringLiteral("l.status_id IN (SELECT id FROM lead_statuses WHERE is_open = 1)");
        break;
    case LeadFilter::Menu::Closed:
        parts << QStringLiteral("l.status_id IN (SELECT id FROM lead_statuses WHERE is_open = 0)");
        break;
    case LeadFilter::Menu::All:
    case LeadFilter::Menu::Trash:
        break;
    }
    if (!filter.statusIds.isEmpty())
        parts << QStringLiteral("l.status_id IN (%1)").arg(idList(filter.statusIds));
    if (!filter.assignedTo.isEmpty()) {
        QList<qint64> users = filter.assignedTo;
        const bool unassigned = users.removeAll(-1) > 0;
        QStringList any;
        if (!users.isEmpty())
            any << QStringLiteral("l.assigned_to IN (%1)").arg(idList(users));
        if (unassigned)
            any << QStringLiteral("l.assigned_to IS NULL");
        parts << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!filter.sourceIds.isEmpty())
        parts << QStringLiteral("l.source_id IN (%1)").arg(idList(filter.sourceIds));
    if (!filter.tagIds.isEmpty())
        parts << QStringLiteral("l.id IN (SELECT lead_id FROM lead_tags WHERE tag_id IN (%1))").arg(idList(filter.tagIds));
    if (filter.createdFrom.isValid()) {
        parts << QStringLiteral("l.created_at >= ?");
        w.bindings << Database::timestamp(filter.createdFrom.startOfDay());
    }
    if (filter.createdTo.isValid()) {
        parts << QStringLiteral("l.created_at < ?");
        w.bindings << Database::timestamp(filter.createdTo.addDays(1).startOfDay());
    }
    if (!filter.ids.isEmpty())
        parts << QStringLiteral("l.id IN (%1)").arg(idList(filter.ids));
    const QString match = m_db.searchTerms(ftsPrefixQuery(filter.search));
    if (!match.isEmpty()) {
        parts << QStringLiteral("l.id IN (%1)").arg(m_db.searchIds(searchLimit));
        w.bindings << match;
    }
    w.sql = parts.join(QStringLiteral(" AND "));
    return w;
}

bool LeadRepository::listsEveryLiveLead(const LeadFilter &filter) const
{
    const Where w = where(filter);
    return w.bindings.isEmpty() && w.sql == liveCondition();
}

QVariantList LeadRepository::sortSegments(const QString &sortField) const
{
    QString sql;
    QVariantList keys;
    if (sortField == QLatin1String("status")) {
        sql = QStringLiteral("SELECT id FROM lead_statuses ORDER BY sequence, id");
    } else if (sortField == QLatin1String("assigned_to")) {
        keys << qint64(0);
        sql = QStringLiteral("SELECT id FROM users ORDER BY name_key, id");
    } else {
        return {};
    }
    QSqlQuery q = m_db.stream(sql);
    if (q.isActive())
        while (q.next())
            keys << q.value(0).toLongLong();
    return keys;
}

QString LeadRepository::orderBy(const LeadFilter &filter) const
{
    QString column = sortColumns().value(filter.sortField, QStringLiteral("l.id"));
    const QString dir = filter.sortDescending ? QStringLiteral(" DESC") : QString();
    if (column == QLatin1String("l.id"))
        return QStringLiteral("l.id") + dir;
    if (const QVariantList segments = sortSegments(filter.sortField); !segments.isEmpty()) {
        // The rank of the key in the order shown (the same order LeadPager pages in).
        QString rank = QStringLiteral("CASE %1").arg(column);
        for (int i = 0; i < segments.size(); ++i)
            rank += QStringLiteral(" WHEN %1 THEN %2").arg(segments.at(i).toLongLong()).arg(i);
        column = rank + QStringLiteral(" ELSE %1 END").arg(segments.size());
    }
    return column + dir + QStringLiteral(", l.id") + dir;
}

qint64 LeadRepository::count(const LeadFilter &filter) const
{
    const Where w = where(filter);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE ") + w.sql, w.bindings);
    return (q.isActive() && q.next()) ? q.value(0).toLongLong() : 0;
}

QHash<qint64, qint64> LeadRepository::countByStatus(const LeadFilter &filter) const
{
    // Every live lead: the status order's marks count each status from the
    // mark before it (a few thousand index entries at most), not the whole
    // table. They are empty for a reader who does not see every lead.
    if (listsEveryLiveLead(filter)) {
        const LeadSortMarks::Order marks = LeadSortMarks::load(m_db, QStringLiteral("status"));
        if (!marks.isEmpty()) {
            QHash<qint64, qint64> below;
            auto rowsBelow = [&](qint64 key) {
                auto it = below.constFind(key);
                if (it == below.constEnd())
                    it = below.insert(key, LeadSortMarks::rowsBelowKey(m_db, QStringLiteral("status"), marks, key));
                return it.value();
            };
            QHash<qint64, qint64> out;
            QSqlQuery s = m_db.run(QStringLiteral("SELECT id FROM lead_statuses ORDER BY id"));
            while (s.next()) {
                const qint64 id = s.value(0).toLongLong();
                if (const qint64 n = rowsBelow(id + 1) - rowsBelow(id); n > 0)
                    out.insert(id, n);
            }
            return out;
        }
    }
    const Where w = where(filter);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT l.status_id, COUNT(*) FROM leads l WHERE %1 GROUP BY l.status_id").arg(w.sql), w.bindings);
    QHash<qint64, qint64> out;
    if (q.isActive())
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

QList<qint64> LeadRepository::ids(const LeadFilter &filter, qint64 offset, qint64 limit) const
{
    const Where w = where(filter);
    QSqlQuery q = m_db.stream(QStringLiteral("SELECT l.id FROM leads l WHERE %1 ORDER BY %2").arg(w.sql, orderBy(filter))
                             + m_db.limit(limit, offset), w.bindings);
    QList<qint64> out;
    if (q.isActive())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<LeadRow> LeadRepository::rows(const LeadFilter &filter, qint64 offset, qint64 limit) const
{
    const Where w = where(filter);
    QSqlQuery q = m_db.stream(QStringLiteral("SELECT %1 FROM leads l LEFT JOIN users u ON u.id = l.assigned_to "
                                            "WHERE %2 ORDER BY %3")
                                 .arg(rowColumns(m_db), w.sql, orderBy(filter))
                             + m_db.limit(limit, offset), w.bindings);
    QList<LeadRow> out;
    if (q.isActive())
        while (q.next())
            out << readRow(q);
    return out;
}

QList<LeadRow> LeadRepository::rowsByIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q = m_db.stream(QStringLiteral("SELECT %1 FROM leads l LEFT JOIN users u ON u.id = l.assigned_to WHERE l.id IN (%2)")
                                 .arg(rowColumns(m_db), idList(ids)));
    QHash<qint64, LeadRow> byId;
    if (q.isActive())
        while (q.next()) {
            LeadRow r = readRow(q);
            byId.insert(r.id, r);
        }
    QList<LeadRow> out;
    for (qint64 id : ids)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

QList<qint64> LeadRepository::idsWithContactKey(const QString &kind, const QString &key) const
{
    QList<qint64> out;
    if (key.isEmpty())
        return out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT DISTINCT p.lead_id FROM lead_contact_points p JOIN leads l ON l.id = p.lead_id "
                                            "WHERE p.norm_key = ? AND p.kind = ? AND l.merged_into IS NULL AND l.deleted_at IS NULL ORDER BY p.lead_id"), {key, kind});
    if (q.isActive())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<std::pair<qint64, int>> LeadRepository::sameLastNameMatches(const QString &lastNameKey, const QString &firstNameKey,
                                                                  const QString &companyKey, const QSet<qint64> &orIds) const
{
    QList<std::pair<qint64, int>> out;
    if (lastNameKey.isEmpty())
        return out;
    QSqlQuery q = m_db.stream(QStringLiteral("SELECT id, first_name_key, company_key FROM leads l "
                                            "WHERE last_name_key = ? AND merged_into IS NULL AND deleted_at IS NULL ORDER BY id"), {lastNameKey});
    if (q.isActive())
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const int shared = int(!firstNameKey.isEmpty() && q.value(1).toString() == firstNameKey)
                               + int(!companyKey.isEmpty() && q.value(2).toString() == companyKey);
            if (shared > 0 || orIds.contains(id))
                out << std::pair{id, shared};
        }
    return out;
}

QList<qint64> LeadRepository::idsWithLastNameKey(const QString &lastNameKey) const
{
    QList<qint64> out;
    if (lastNameKey.isEmpty())
        return out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id FROM leads l WHERE last_name_key = ? AND merged_into IS NULL AND deleted_at IS NULL ORDER BY id"), {lastNameKey});
    if (q.isActive())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}
