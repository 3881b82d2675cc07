#include "leadsortmarks.h"

#include "database.h"
#include "leadrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

int g_spacing = 4096;
/// A bucket past this many spacings is split when its order is loaded.
constexpr int SplitFactor = 4;
/// The head mark's key: an integer below every other (SQLite orders every
/// integer before every text).
constexpr qint64 HeadKey = std::numeric_limits<qint64>::min();

/// The sorts whose key is an integer (on PostgreSQL their marks keep it in
/// the column num; the text keys in key).
bool integerSort(const QString &sort)
{
    static const QStringList integers{QStringLiteral("id"), QStringLiteral("assigned_to"), QStringLiteral("status"),
                                      QStringLiteral("score")};
    return integers.contains(sort);
}

/// The column of lead_sort_marks holding `sort`'s keys: SQLite's has one,
/// of any type; PostgreSQL's one per type.
QString keyColumn(const Database &db, const QString &sort)
{
    return db.isPostgres() && integerSort(sort) ? QStringLiteral("num") : QStringLiteral("key");
}

/// The head's key: below every key of its order (on SQLite every integer
/// sorts before every text; on PostgreSQL a text order starts at '').
QVariant headKey(const Database &db, const QString &sort)
{
    if (db.isPostgres() && !integerSort(sort))
        return QString(QLatin1String(""));
    return QVariant(HeadKey);
}

/// `expression` (over the alias l) over a trigger's row, NEW or OLD.
QString over(QString expression, QLatin1String row)
{
    static const QRegularExpression alias(QStringLiteral("\\bl\\."));
    return expression.replace(alias, row + QLatin1Char('.'));
}

QStringList columnsOf(const QString &expression)
{
    static const QRegularExpression column(QStringLiteral("\\bl\\.(\\w+)"));
    QStringList out;
    for (auto it = column.globalMatch(expression); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

/// The statement moving one lead (the trigger's NEW or OLD row) in or out of
/// its bucket in `sort`'s order: that of the last mark before its (key, id)
/// (a bucket ends with the lead at its next mark, if that lead still lives).
QString bump(const QString &sort, QLatin1String row, QLatin1String delta)
{
    return QStringLiteral("UPDATE lead_sort_marks SET n = n %4 WHERE sort = '%1' AND (key, id) = "
                          "(SELECT key, id FROM lead_sort_marks WHERE sort = '%1' AND (key, id) < (%2, %3.id) "
                          "ORDER BY key DESC, id DESC LIMIT 1)")
        .arg(sort, over(LeadRepository::sortExpression(sort), row), row, delta);
}

/// Whether the trigger's row (NEW or OLD) is a live lead: neither merged
/// nor in the trash (LeadRepository::liveCondition()).
QString live(QLatin1String row)
{
    return over(LeadRepository::liveCondition(), row);
}

QStringList triggerNames()
{
    QStringList names{QStringLiteral("lead_marks_insert"), QStringLiteral("lead_marks_delete")};
    for (const QString &sort : LeadSortMarks::sorts())
        names << QStringLiteral("lead_marks_update_") + sort;
    return names;
}

QStringList triggerStatements()
{
    const QLatin1String NEW("NEW"), OLD("OLD"), plus("+ 1"), minus("- 1");
    QStringList inserted, deleted, out;
    for (const QString &name : triggerNames())
        out << QStringLiteral("DROP TRIGGER IF EXISTS ") + name;
    for (const QString &sort : LeadSortMarks::sorts()) {
        inserted << bump(sort, NEW, plus) + QLatin1Char(';');
        deleted << bump(sort, OLD, minus) + QLatin1Char(';');
    }
    out << QStringLiteral("CREATE TRIGGER lead_marks_insert AFTER INSERT ON leads WHEN %2 BEGIN\n%1\nEND")
               .arg(inserted.join(QLatin1Char('\n')), live(NEW));
    out << QStringLiteral("CREATE TRIGGER lead_marks_delete AFTER DELETE ON leads WHEN %2 BEGIN\n%1\nEND")
               .arg(deleted.join(QLatin1Char('\n')), live(OLD));
    // A change of key moves the lead from one bucket to another; a merge, a
    // move to the trash (or their undoing) takes it out of (or back into)
    // the list.
    for (const QString &sort : LeadSortMarks::sorts()) {
        const QString e = LeadRepository::sortExpression(sort);
        QStringList columns = columnsOf(e);
        columns << QStringLiteral("merged_into") << QStringLiteral("deleted_at");
        columns.removeDuplicates();
        out << QStringLiteral("CREATE TRIGGER lead_marks_update_%1 AFTER UPDATE OF %2 ON leads "
                              "WHEN %3 IS NOT %4 OR (%7) IS NOT (%8) BEGIN\n"
                              "%5 AND %7;\n%6 AND %8;\nEND")
                   .arg(sort, columns.join(QStringLiteral(", ")), over(e, OLD), over(e, NEW), bump(sort, OLD, minus),
                        bump(sort, NEW, plus), live(OLD), live(NEW));
    }
    return out;
}

/// PostgreSQL keeps the same counts with statement-level triggers over
/// transition tables: one statement (a COPY of 5,000 leads, a bulk status
/// change, one edit) moves each lead it touched into or out of its bucket,
/// grouped per bucket, in one UPDATE per order. The functions run as the
/// schema's owner: the marks are read only by those who see every lead.
QStringList postgresStatements()
{
    const QLatin1String o("o"), nw("nw");
    auto isLive = [](QLatin1String row) { return QStringLiteral("(%1)").arg(live(row)); };
    // The leads entering (+1) or leaving (-1) each order, as (id, k, delta).
    auto moves = [&](const QString &sort, const QString &op) {
        const QString e = LeadRepository::sortExpression(sort);
        if (op == QLatin1String("INSERT"))
            return QStringLiteral("SELECT nw.id, %1 AS k, 1 AS delta FROM quarry_new nw WHERE %2").arg(over(e, nw), isLive(nw));
        if (op == QLatin1String("DELETE"))
            return QStringLiteral("SELECT o.id, %1 AS k, -1 AS delta FROM quarry_old o WHERE %2").arg(over(e, o), isLive(o));
        const QString moved = QStringLiteral("%1 IS DISTINCT FROM %2").arg(over(e, o), over(e, nw));
        return QStringLiteral("SELECT o.id, %1 AS k, -1 AS delta FROM quarry_old o JOIN quarry_new nw ON nw.id = o.id "
                              "WHERE %2 AND (NOT %3 OR %4) "
                              "UNION ALL SELECT nw.id, %5, 1 FROM quarry_old o JOIN quarry_new nw ON nw.id = o.id "
                              "WHERE %3 AND (NOT %2 OR %4)")
            .arg(over(e, o), isLive(o), isLive(nw), moved, over(e, nw));
    };
    auto bump = [&](const QString &sort, const QString &op) {
        const QString col = integerSort(sort) ? QStringLiteral("num") : QStringLiteral("key");
        return QStringLiteral("UPDATE lead_sort_marks m SET n = m.n + d.delta FROM (SELECT b.id AS mark, SUM(x.delta) AS delta FROM (%1) x "
                              "CROSS JOIN LATERAL (SELECT id FROM lead_sort_marks WHERE sort = '%2' AND (%3, id) < (x.k, x.id) "
                              "ORDER BY %3 DESC, id DESC LIMIT 1) b GROUP BY b.id) d WHERE m.sort = '%2' AND m.id = d.mark AND d.delta <> 0;")
            .arg(moves(sort, op), sort, col);
    };
    QStringList out;
    for (const QString &op : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
        const QString name = QStringLiteral("quarry_marks_") + op.toLower();
        QStringList body;
        if (op == QLatin1String("UPDATE")) {
            // Most edits touch no key and no lead's liveness: nothing to count.
            QStringList before, after;
            for (const QString &sort : LeadSortMarks::sorts()) {
                before << over(LeadRepository::sortExpression(sort), o);
                after << over(LeadRepository::sortExpression(sort), nw);
            }
            before << isLive(o);
            after << isLive(nw);
            body << QStringLiteral("IF NOT EXISTS (SELECT 1 FROM quarry_old o JOIN quarry_new nw ON nw.id = o.id WHERE (%1) IS DISTINCT FROM (%2)) "
                                   "THEN RETURN NULL; END IF;")
                        .arg(before.join(QStringLiteral(", ")), after.join(QStringLiteral(", ")));
        }
        for (const QString &sort : LeadSortMarks::sorts())
            body << bump(sort, op);
        const QString transitions = op == QLatin1String("INSERT")   ? QStringLiteral("NEW TABLE AS quarry_new")
                                    : op == QLatin1String("DELETE") ? QStringLiteral("OLD TABLE AS quarry_old")
                                                                    : QStringLiteral("OLD TABLE AS quarry_old NEW TABLE AS quarry_new");
        out << QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ "
                              "BEGIN %2 RETURN NULL; END $$")
                   .arg(name, body.join(QLatin1Char(' ')))
            << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON leads").arg(name)
            << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON leads REFERENCING %3 FOR EACH STATEMENT EXECUTE FUNCTION %1()")
                   .arg(name, op, transitions);
    }
    return out;
}

/// Runs a DDL statement as it is (PostgreSQL prepares no DDL).
VoidResult ddl(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Problems{sqlProblem(q, sql.left(60))};
    return {};
}

/// Steps through one order's index: the lead `skip` live leads after a (key, id).
///
/// The head is never bound as a lower limit: compared with a bound value, a
/// TEXT column converts it to text first ("-9223372036854775808" sorts after
/// ""), so "after the head" is "from the start". (The triggers compare the
/// mark column, which has no affinity, with the lead's column: no conversion.)
class Walker
{
public:
    struct Place
    {
        QVariant key;
        qint64 id = 0; ///< 0: the head
    };

    Walker(Database &db, const QString &sort)
        : m_db(db), m_expression(LeadRepository::sortExpression(sort)), m_byId(m_expression == QLatin1String("l.id"))
    {
    }

    /// Live leads after `from` up to `skip` + 1 of them: the one reached, if any.
    std::optional<Place> next(const Place &from, qint64 skip)
    {
        const LeadSortMarks::Query read = LeadSortMarks::seekQuery(m_expression, LeadRepository::liveCondition(), {},
                                                                   from.id == 0 ? nullptr : &from.key, from.id, false, 1, skip,
                                                                   m_db.isPostgres());
        auto q = m_db.exec(read.sql, read.bindings);
        if (!q || !q.value().next())
            return std::nullopt;
        return Place{q.value().value(1), q.value().value(0).toLongLong()};
    }
    /// Live leads after `from` (the last bucket: at most a few spacings).
    Result<qint64> countAfter(const Place &from)
    {
        const QString live = QStringLiteral("SELECT COUNT(*) FROM leads l WHERE ") + LeadRepository::liveCondition();
        auto q = from.id == 0 ? m_db.exec(live)
                 : m_byId     ? m_db.exec(live + QStringLiteral(" AND l.id > ?"), {from.id})
                              : m_db.exec(QStringLiteral("SELECT (%1 AND %2 = ? AND l.id > ?) + (%1 AND %2 > ?)").arg(live, m_expression),
                                          {from.key, from.id, from.key});
        if (!q)
            return q.problems();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }

private:
    Database &m_db;
    QString m_expression;
    bool m_byId;
};

VoidResult insertMark(Database &db, const QString &sort, const QVariant &key, qint64 id, qint64 count)
{
    return VoidResult::from(db.exec(QStringLiteral("INSERT INTO lead_sort_marks (sort, %1, id, n) VALUES (?, ?, ?, ?)").arg(keyColumn(db, sort)),
                                    {sort, key, id, count}));
}

VoidResult rebuildOne(Database &db, const QString &sort)
{
    if (auto q = db.exec(QStringLiteral("DELETE FROM lead_sort_marks WHERE sort = ?"), {sort}); !q)
        return q.problems();
    const int spacing = LeadSortMarks::spacing();
    Walker walker(db, sort);
    QList<Walker::Place> marks{{headKey(db, sort), 0}};
    while (auto next = walker.next(marks.last(), spacing - 1))
        marks << *next;
    const Result<qint64> rest = walker.countAfter(marks.last());
    if (!rest)
        return rest.problems();
    for (qsizetype i = 0; i < marks.size(); ++i)
        if (VoidResult r = insertMark(db, sort, marks.at(i).key, marks.at(i).id, i + 1 < marks.size() ? spacing : *rest); !r)
            return r;
    return {};
}

/// Cuts bucket `mark` (of `count` leads) into buckets of spacing() leads.
VoidResult splitBucket(Database &db, const QString &sort, const LeadSortMarks::Mark &mark)
{
    const int spacing = LeadSortMarks::spacing();
    Walker walker(db, sort);
    Walker::Place at{mark.key, mark.id};
    qint64 remaining = mark.count;
    QList<Walker::Place> added;
    while (remaining > spacing) {
        const auto next = walker.next(at, spacing - 1);
        if (!next)
            break;
        added << *next;
        at = *next;
        remaining -= spacing;
    }
    if (added.isEmpty())
        return {};
    if (auto q = db.exec(QStringLiteral("UPDATE lead_sort_marks SET n = ? WHERE sort = ? AND %1 = ? AND id = ?").arg(keyColumn(db, sort)),
                         {spacing, sort, mark.key, mark.id});
        !q)
        return q.problems();
    for (qsizetype i = 0; i < added.size(); ++i)
        if (VoidResult r = insertMark(db, sort, added.at(i).key, added.at(i).id, i + 1 < added.size() ? spacing : remaining); !r)
            return r;
    return {};
}

LeadSortMarks::Order readOrder(Database &db, const QString &sort)
{
    LeadSortMarks::Order order;
    const QString key = keyColumn(db, sort);
    auto q = db.exec(QStringLiteral("SELECT %1, id, n FROM lead_sort_marks WHERE sort = ? ORDER BY %1, id").arg(key), {sort});
    if (!q)
        return order;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        LeadSortMarks::Mark m{rows.value(0), rows.value(1).toLongLong(), order.total, rows.value(2).toLongLong()};
        order.total += m.count;
        order.marks << m;
    }
    return order;
}

} // namespace

qsizetype LeadSortMarks::Order::bucketOfRank(qint64 rank) const
{
    const auto it = std::partition_point(marks.begin(), marks.end(), [rank](const Mark &m) { return m.before <= rank; });
    return std::max<qsizetype>(0, std::distance(marks.begin(), it) - 1);
}

qsizetype LeadSortMarks::Order::lastBelowKey(qint64 key) const
{
    const auto it = std::partition_point(marks.begin(), marks.end(), [key](const Mark &m) { return m.key.toLongLong() < key; });
    return std::max<qsizetype>(0, std::distance(marks.begin(), it) - 1);
}

const QStringList &LeadSortMarks::sorts()
{
    // The grid's sortable columns, each with its (key, id) index.
    static const QStringList list{QStringLiteral("id"),         QStringLiteral("full_name"),   QStringLiteral("title"),
                                  QStringLiteral("company"),    QStringLiteral("city"),        QStringLiteral("created_at"),
                                  QStringLiteral("assigned_to"), QStringLiteral("status"),     QStringLiteral("score"),
                                  QStringLiteral("email"),      QStringLiteral("phone")};
    return list;
}

bool LeadSortMarks::keepsMarks(const QString &sortField)
{
    return sorts().contains(sortField);
}

int LeadSortMarks::spacing()
{
    return g_spacing;
}

void LeadSortMarks::setSpacing(int rows)
{
    g_spacing = std::max(2, rows);
}

VoidResult LeadSortMarks::install(Database &db)
{
    if (db.isPostgres()) {
        // A key column per type (schema 2's one column holds any type on
        // SQLite alone); a mark is a lead, or the head (id 0), once per order.
        for (const QString &sql : QStringList{
                 QStringLiteral("DROP TABLE IF EXISTS lead_sort_marks"),
                 QStringLiteral("CREATE TABLE lead_sort_marks (sort TEXT NOT NULL, key TEXT, num BIGINT, id BIGINT NOT NULL, n BIGINT NOT NULL, "
                                "PRIMARY KEY (sort, id))"),
                 QStringLiteral("CREATE INDEX lead_sort_marks_key ON lead_sort_marks (sort, key, id)"),
                 QStringLiteral("CREATE INDEX lead_sort_marks_num ON lead_sort_marks (sort, num, id)")})
            if (VoidResult r = ddl(db, sql); !r)
                return r;
    }
    for (const QString &sql : db.isPostgres() ? postgresStatements() : triggerStatements())
        if (VoidResult r = ddl(db, sql); !r)
            return r;
    return rebuild(db);
}

VoidResult LeadSortMarks::rebuild(Database &db, const QString &sortField)
{
    for (const QString &sort : sortField.isEmpty() ? sorts() : QStringList{sortField})
        if (VoidResult r = rebuildOne(db, sort); !r)
            return r;
    return {};
}

LeadSortMarks::Order LeadSortMarks::load(Database &db, const QString &sortField)
{
    if (!keepsMarks(sortField))
        return {};
    Order order = readOrder(db, sortField);
    if (db.transactionDepth() > 0)
        return order;
    QList<Mark> lopsided;
    for (const Mark &m : std::as_const(order.marks))
        if (m.count > qint64(SplitFactor) * spacing())
            lopsided << m;
    if (lopsided.isEmpty())
        return order;
    // Splitting is housekeeping: it never waits for another writer (a view
    // would freeze), it tries again at the next load.
    bool split = false;
    {
        Transaction tx(db, 0);
        split = tx.isActive();
        for (const Mark &m : std::as_const(lopsided))
            split = split && splitBucket(db, sortField, m);
        split = split && tx.commit(); // otherwise rolled back: the marks as they were are still right
    }
    return split ? readOrder(db, sortField) : order;
}

qint64 LeadSortMarks::rowsBelowKey(Database &db, const QString &sortField, const Order &order, qint64 key)
{
    // Those up to the last mark below the key, then those after it with a
    // smaller key: within its bucket (the next mark's key is not below).
    const Mark &m = order.marks.at(order.lastBelowKey(key));
    const QString e = LeadRepository::sortExpression(sortField);
    const QString live = QStringLiteral("SELECT COUNT(*) FROM leads l WHERE ") + LeadRepository::liveCondition();
    auto q = m.isHead() ? db.exec(QStringLiteral("%1 AND %2 < ?").arg(live, e), {key})
                       : db.exec(QStringLiteral("SELECT (%1 AND %2 = ? AND l.id > ?) + (%1 AND %2 > ? AND %2 < ?)").arg(live, e),
                                 {m.key, m.id, m.key, key});
    return m.before + ((q && q.value().next()) ? q.value().value(0).toLongLong() : 0);
}

LeadSortMarks::Query LeadSortMarks::seekQuery(const QString &expression, const QString &where, const QVariantList &whereBindings,
                                              const QVariant *fromKey, qint64 fromId, bool descending, qint64 limit, qint64 skip,
                                              bool rowValue)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QString further = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString page = QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(skip);
    Query q;
    q.bindings = whereBindings;
    if (rowValue && fromKey && expression != QLatin1String("l.id")) {
        q.sql = QStringLiteral("SELECT l.id, %1 FROM leads l WHERE %2 AND (%1, l.id) %3 (?, ?) ORDER BY %1%4, l.id%4").arg(expression, where, further, dir)
                + page;
        q.bindings << *fromKey << fromId;
        return q;
    }
    if (expression == QLatin1String("l.id")) {
        q.sql = QStringLiteral("SELECT l.id, l.id FROM leads l WHERE %1").arg(where);
        if (fromKey) {
            q.sql += QStringLiteral(" AND l.id %1 ?").arg(further);
            q.bindings << fromId;
        }
        q.sql += QStringLiteral(" ORDER BY l.id%1").arg(dir) + page;
        return q;
    }
    const QString select = QStringLiteral("SELECT l.id, %1 FROM leads l WHERE %2").arg(expression, where);
    if (!fromKey) {
        q.sql = select + QStringLiteral(" ORDER BY %1%2, l.id%2").arg(expression, dir) + page;
        return q;
    }
    q.sql = QStringLiteral("%1 AND %2 = ? AND l.id %3 ? UNION ALL %1 AND %2 %3 ? ORDER BY 2%4, 1%4").arg(select, expression, further, dir) + page;
    q.bindings << *fromKey << fromId << whereBindings << *fromKey;
    return q;
}
