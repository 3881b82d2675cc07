#pragma once

// Everything a core test usually needs, and small helpers to set up state
// with SQL where no service exists yet (partners, contacts).
#include "activityrepository.h"
#include "leadbuilder.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadfilter.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "optionsservice.h"
#include "referencerepository.h"
#include "referenceservice.h"
#include "statusrepository.h"
#include "statusservice.h"
#include "testworkspace.h"
#include "userrepository.h"
#include "userservice.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace TestHelpers {

/// Runs `sql` on the workspace's connection and returns the new row id
/// (0 and a warning when it fails).
inline qint64 sqlInsert(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    // PostgreSQL tells a new row's id through RETURNING (an INSERT into a table with an id).
    const bool returning = ws.database().isPostgres() && sql.trimmed().startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive);
    if (!q.exec(returning ? sql + QStringLiteral(" RETURNING id") : sql) || (returning && !q.next())) {
        qWarning("setup query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return 0;
    }
    return returning ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
}

/// The first column of the first row of `sql`.
inline QVariant sqlValue(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/// A partner row (no partner service yet), with its TIN as digits.
inline qint64 addPartner(Workspace &ws, const QString &name, const QString &tin = {})
{
    QSqlQuery q(ws.database().connection());
    q.prepare(QStringLiteral("INSERT INTO partners (name, name_key, tin, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z') RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(name.toLower());
    q.addBindValue(tin.isNull() ? QStringLiteral("") : tin);
    if (!q.exec() || !q.next()) {
        qWarning("addPartner failed: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
}

/// A contact row of a partner (0: no partner).
inline qint64 addContact(Workspace &ws, qint64 partnerId, const QString &lastName)
{
    QSqlQuery q(ws.database().connection());
    q.prepare(QStringLiteral("INSERT INTO contacts (partner_id, last_name, name_key, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z') RETURNING id"));
    q.addBindValue(partnerId ? QVariant(partnerId) : QVariant());
    q.addBindValue(lastName);
    q.addBindValue(lastName.toLower());
    if (!q.exec() || !q.next()) {
        qWarning("addContact failed: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
}

/// A user added through the service (active unless told).
inline qint64 addUser(Workspace &ws, const QString &login, const QString &name = {}, bool active = true)
{
    User u;
    u.login = login;
    u.name = name.isEmpty() ? login : name;
    u.active = active;
    auto added = ws.users().add(u);
    if (!added) {
        qWarning("addUser failed: %s", qPrintable(added.errorText()));
        return 0;
    }
    return added->id;
}

/// Makes one kind of write fail with "injected failure", on either backend:
/// `when` as SQLite writes it ("BEFORE INSERT ON opportunities", "BEFORE
/// UPDATE OF converted_at ON leads"), `condition` over NEW (may be empty).
inline bool injectFailure(Workspace &ws, QString when, QString condition = {})
{
    if (const qsizetype w = when.indexOf(QStringLiteral(" WHEN ")); w >= 0) { // "… ON activities WHEN NEW.kind = 'merge'"
        condition = when.mid(w + 6);
        when.truncate(w);
    }
    QSqlQuery q(ws.database().connection());
    bool ok = false;
    if (!ws.database().isPostgres()) {
        ok = q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_step %1 %2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                        .arg(when, condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition));
    } else {
        ok = q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION quarry_fail_step() RETURNS trigger LANGUAGE plpgsql AS "
                                   "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$"))
             && q.exec(QStringLiteral("CREATE TRIGGER fail_step %1 FOR EACH ROW %2 EXECUTE FUNCTION quarry_fail_step()")
                           .arg(when, condition.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(condition)));
    }
    if (!ok)
        qWarning("injectFailure: %s", qPrintable(q.lastError().text()));
    return ok;
}

/// Takes the failure of injectFailure(ws, when) away.
inline bool removeFailure(Workspace &ws, const QString &when)
{
    QSqlQuery q(ws.database().connection());
    const QString table = when.section(QStringLiteral(" ON "), 1).section(QStringLiteral(" WHEN "), 0, 0).trimmed();
    return q.exec(ws.database().isPostgres() ? QStringLiteral("DROP TRIGGER fail_step ON %1").arg(table) : QStringLiteral("DROP TRIGGER fail_step"));
}

/// The status id by name, or 0.
inline qint64 statusId(Workspace &ws, const QString &name)
{
    const auto s = ws.statuses().findByName(name);
    return s ? s->id : 0;
}

/// The fields a list of problems names, in order.
inline QStringList fieldsOf(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.field;
    return out;
}

} // namespace TestHelpers
