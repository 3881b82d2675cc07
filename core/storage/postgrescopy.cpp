#include "postgrescopy.h"

#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <algorithm>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("PostgresCopy", s);
}

QString serverMessage(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

/// Keeps the first of each id: COPY has no ON CONFLICT.
QList<qint64> distinct(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

std::unique_ptr<PostgresCopy> PostgresCopy::open(Database &db)
{
    if (!db.isPostgres())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    // Qt names the type after libpq's struct (PGconn is a typedef of it).
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return nullptr;
    return std::unique_ptr<PostgresCopy>(new PostgresCopy(db, conn));
}

PostgresCopy::PostgresCopy(Database &db, pg_conn *conn) : m_db(db), m_conn(conn) {}

PostgresCopy::~PostgresCopy() = default;

VoidResult PostgresCopy::run(const QByteArray &sql, const QString &what)
{
    PGresult *r = PQexec(m_conn, sql.constData());
    const ExecStatusType status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return VoidResult::failure(QString(), tr("The bulk load failed (%1): %2").arg(what, serverMessage(m_conn)));
    return {};
}

VoidResult PostgresCopy::begin()
{
    PGresult *r = PQexec(m_conn, "SELECT row_security_active('leads')");
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
        PQclear(r);
        return VoidResult::failure(QString(), tr("The bulk load cannot start: %1").arg(serverMessage(m_conn)));
    }
    m_staged = qstrcmp(PQgetvalue(r, 0, 0), "t") == 0;
    PQclear(r);
    if (!m_staged)
        return {};
    // The copied columns with their types, no constraint, gone with the
    // transaction (or its rollback).
    for (const auto &[table, columns] : tables())
        if (VoidResult v = run("CREATE TEMP TABLE IF NOT EXISTS quarry_copy_" + table + " ON COMMIT DROP AS SELECT " + columns + " FROM " + table
                                   + " WITH NO DATA",
                               QLatin1String(table));
            !v)
            return v;
    return {};
}

Result<qint64> PostgresCopy::nextId()
{
    if (m_ids.isEmpty()) {
        PGresult *r = PQexec(m_conn, QByteArray("SELECT nextval(pg_get_serial_sequence('leads', 'id')) FROM generate_series(1, ")
                                         .append(QByteArray::number(BatchRows))
                                         .append(") ORDER BY 1 DESC")
                                         .constData());
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            PQclear(r);
            return Result<qint64>::failure(QString(), tr("No lead ids could be reserved: %1").arg(serverMessage(m_conn)));
        }
        for (int i = 0; i < PQntuples(r); ++i)
            m_ids << QByteArray(PQgetvalue(r, i, 0)).toLongLong();
        PQclear(r);
    }
    return m_ids.takeLast(); // the smallest first: ids grow with the file's order
}

void PostgresCopy::appendText(QByteArray &row, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    row.reserve(row.size() + utf8.size() + 1);
    for (const char c : utf8) {
        switch (c) {
        case '\\': row += "\\\\"; break;
        case '\t': row += "\\t"; break;
        case '\n': row += "\\n"; break;
        case '\r': row += "\\r"; break;
        default: row += c;
        }
    }
}

void PostgresCopy::appendField(QByteArray &row, const QVariant &value)
{
    if (!row.isEmpty() && !row.endsWith('\n'))
        row += '\t';
    if (value.isNull()) {
        row += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool: row += value.toBool() ? '1' : '0'; break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: row += QByteArray::number(value.toLongLong()); break;
    case QMetaType::Double: row += QByteArray::number(value.toDouble(), 'g', 17); break;
    case QMetaType::QDate: row += value.toDate().toString(Qt::ISODate).toLatin1(); break;
    case QMetaType::QDateTime: row += value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toLatin1(); break;
    default: appendText(row, value.toString());
    }
}

Result<qint64> PostgresCopy::add(const Lead &lead, const LeadRecord &record, qint64 importId)
{
    const Result<qint64> reserved = nextId();
    if (!reserved)
        return reserved;
    const qint64 id = reserved.value();
    const QVariant idValue(id);

    appendField(m_leadRows, idValue);
    for (const QVariant &v : record.values)
        appendField(m_leadRows, v);
    appendField(m_leadRows, importId != 0 ? QVariant(importId) : QVariant());
    m_leadRows += '\n';

    for (const LeadRecord::ContactPoint &p : record.points) {
        appendField(m_pointRows, idValue);
        appendField(m_pointRows, p.kind);
        appendField(m_pointRows, p.position);
        appendField(m_pointRows, p.value.isNull() ? QString(QLatin1String("")) : p.value);
        appendField(m_pointRows, p.key.isNull() ? QString(QLatin1String("")) : p.key);
        m_pointRows += '\n';
        ++m_points;
    }
    auto pairs = [&](QByteArray &rows, qsizetype &count, const QList<qint64> &ids) {
        for (qint64 other : distinct(ids)) {
            appendField(rows, idValue);
            appendField(rows, other);
            rows += '\n';
            ++count;
        }
    };
    pairs(m_tagRows, m_tags, lead.tagIds);
    pairs(m_listRows, m_lists, lead.marketingListIds);
    pairs(m_convertedRows, m_converted, lead.convertedContactIds);
    if (record.hasFts) {
        appendField(m_ftsRows, idValue);
        for (const QString *s : {&record.fts.name, &record.fts.company, &record.fts.email, &record.fts.phone, &record.fts.city})
            appendField(m_ftsRows, *s);
        m_ftsRows += '\n';
        ++m_fts;
    }
    if (++m_queued >= BatchRows)
        if (VoidResult f = flush(); !f)
            return f.problems();
    return id;
}

VoidResult PostgresCopy::copy(const QByteArray &table, const QByteArray &columns, QByteArray &rows, qsizetype count)
{
    if (count == 0)
        return {};
    const QByteArray target = m_staged ? "quarry_copy_" + table : table;
    PGresult *r = PQexec(m_conn, QByteArray("COPY " + target + " (" + columns + ") FROM STDIN").constData());
    const ExecStatusType status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COPY_IN)
        return VoidResult::failure(QString(), tr("The bulk load failed (%1): %2").arg(QString::fromLatin1(table), serverMessage(m_conn)));
    bool sent = PQputCopyData(m_conn, rows.constData(), int(rows.size())) == 1;
    sent = PQputCopyEnd(m_conn, sent ? nullptr : "client failed to send the rows") == 1 && sent;
    bool ok = sent;
    QString message;
    while (PGresult *end = PQgetResult(m_conn)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK) {
            ok = false;
            message = QString::fromUtf8(PQresultErrorMessage(end)).trimmed();
        }
        PQclear(end);
    }
    rows.clear();
    if (!ok)
        return VoidResult::failure(QString(), tr("The bulk load failed (%1): %2")
                                                  .arg(QString::fromLatin1(table), message.isEmpty() ? serverMessage(m_conn) : message));
    if (m_staged) {
        // One INSERT … SELECT: each row is judged by the table's policies.
        const QByteArray move = "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + target;
        if (VoidResult v = run(move, QString::fromLatin1(table)); !v)
            return v;
        if (VoidResult v = run("TRUNCATE " + target, QString::fromLatin1(table)); !v)
            return v;
    }
    return {};
}

const QList<std::pair<QByteArray, QByteArray>> &PostgresCopy::tables()
{
    static const QList<std::pair<QByteArray, QByteArray>> all{
        {"leads", "id," + LeadRecord::columnNames().join(QLatin1Char(',')).toLatin1() + ",import_id"},
        {"lead_contact_points", "lead_id,kind,position,value,norm_key"},
        {"lead_tags", "lead_id,tag_id"},
        {"lead_marketing_lists", "lead_id,list_id"},
        {"lead_contacts_converted", "lead_id,contact_id"},
        {"leads_fts", "rowid,name,company,email,phone,city"},
    };
    return all;
}

VoidResult PostgresCopy::flush()
{
    // In tables() order: the leads before what refers to them.
    const std::pair<QByteArray *, qsizetype *> queues[] = {
        {&m_leadRows, &m_queued}, {&m_pointRows, &m_points},         {&m_tagRows, &m_tags},
        {&m_listRows, &m_lists},  {&m_convertedRows, &m_converted}, {&m_ftsRows, &m_fts},
    };
    for (qsizetype i = 0; i < tables().size(); ++i) {
        const auto &[rows, count] = queues[i];
        if (VoidResult v = copy(tables().at(i).first, tables().at(i).second, *rows, *count); !v)
            return v;
        *count = 0;
    }
    return {};
}
