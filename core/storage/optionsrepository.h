#pragma once

#include "result.h"

#include <QHash>
#include <QString>

class Database;

/// CRM options as key/value rows.
class OptionsRepository
{
public:
    explicit OptionsRepository(Database &db);
    QHash<QString, QString> all() const;
    QString value(const QString &key, const QString &fallback = {}) const;
    VoidResult setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};
