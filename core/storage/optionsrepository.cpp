#include "optionsrepository.h"

#include "database.h"

#include <QSqlQuery>

OptionsRepository::OptionsRepository(Database &db) : m_db(db) {}

QHash<QString, QString> OptionsRepository::all() const
{
    QHash<QString, QString> out;
    auto r = m_db.exec(QStringLiteral("SELECT key, value FROM crm_options"));
    if (r)
        while (r.value().next())
            out.insert(r.value().value(0).toString(), r.value().value(1).toString());
    return out;
}

QString OptionsRepository::value(const QString &key, const QString &fallback) const
{
    auto r = m_db.exec(QStringLiteral("SELECT value FROM crm_options WHERE key = ?"), {key});
    return (r && r.value().next()) ? r.value().value(0).toString() : fallback;
}

VoidResult OptionsRepository::setValue(const QString &key, const QString &value)
{
    return VoidResult::from(m_db.exec(QStringLiteral("INSERT INTO crm_options (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {key, value}));
}
