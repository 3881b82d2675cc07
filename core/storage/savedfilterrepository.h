#pragma once

#include "result.h"

#include <QList>
#include <QString>

class Database;

/// A named grid filter as stored: the owner (0: shared with everyone) and
/// the LeadFilter as JSON text (SavedFilterService encodes and decodes it).
struct SavedFilterRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QString name;
    QString filterJson;
};

/// Saved grid filters in SQL (table saved_filters).
class SavedFilterRepository
{
public:
    explicit SavedFilterRepository(Database &db);

    /// The filters `userId` sees: their own and the shared ones, by name.
    QList<SavedFilterRecord> forUser(qint64 userId) const;
    std::optional<SavedFilterRecord> find(qint64 id) const;
    /// The id of the user's filter named `name` (exact, case-insensitive), or 0.
    qint64 idByName(qint64 userId, const QString &name) const;
    Result<qint64> insert(const SavedFilterRecord &record);
    VoidResult update(const SavedFilterRecord &record);
    VoidResult remove(qint64 id);

private:
    Database &m_db;
};
