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
    if (!q.exec(sql)) {
        qWarning("setup query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
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
    q.prepare(QStringLiteral("INSERT INTO partners (name, name_key, tin, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(name);
    q.addBindValue(name.toLower());
    q.addBindValue(tin.isNull() ? QStringLiteral("") : tin);
    if (!q.exec()) {
        qWarning("addPartner failed: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

/// A contact row of a partner (0: no partner).
inline qint64 addContact(Workspace &ws, qint64 partnerId, const QString &lastName)
{
    QSqlQuery q(ws.database().connection());
    q.prepare(QStringLiteral("INSERT INTO contacts (partner_id, last_name, name_key, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(partnerId ? QVariant(partnerId) : QVariant());
    q.addBindValue(lastName);
    q.addBindValue(lastName.toLower());
    if (!q.exec()) {
        qWarning("addContact failed: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
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
