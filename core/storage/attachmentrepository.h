#pragma once

#include "attachment.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

/// Files kept inside the database (attachments table, BLOB), so that one
/// file holds everything. Lists never read the data; find() does.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database &db);

    /// The attachment with its data, or nullopt.
    std::optional<Attachment> find(qint64 id) const;
    /// A lead's attachments without their data, oldest first.
    QList<Attachment> forLead(qint64 leadId) const;
    /// Inserts `attachment` with its data (its id is ignored) and returns the new id.
    Result<qint64> insert(const Attachment &attachment);
    VoidResult remove(qint64 id);

private:
    Database &m_db;
};
