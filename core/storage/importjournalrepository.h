#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// One import of the import journal (table `imports`), as listed.
struct ImportRecord
{
    qint64 id = 0;
    QDateTime at;          ///< when it began
    qint64 userId = 0;     ///< who ran it (0: that user was deleted since)
    QString userLogin;     ///< filled when read
    QString userName;      ///< filled when read
    QString file;          ///< the file's name as given
    QString source;        ///< the shape recognised ("hubspot", …; "" none)
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    QDateTime finishedAt;  ///< when it ended; changes after it block an undo
    QDateTime revertedAt;  ///< valid once undone
    qint64 leadsLeft = 0;  ///< filled when read: leads it created that still exist (not merged away)
    qint64 updatesLeft = 0; ///< filled when read: leads it updated that still exist

    bool isReverted() const { return revertedAt.isValid(); }
};

/// One lead an import updated (table `import_updates`): the values it
/// replaced, and the lead's updated_at once it was done.
struct ImportUpdateRecord
{
    qint64 leadId = 0;
    QByteArray before;     ///< JSON object: field key → value before (ImportJournal's stored form)
    QString afterAt;       ///< the lead's updated_at as stored after the import wrote it
    // The lead as it is now (read with the journal row):
    QString updatedAt;     ///< "" when the lead no longer exists
    qint64 mergedInto = 0;
    bool converted = false;
};

/// A lead an import created, with what happened to it since the import
/// ended: whatever is set here means it was changed since.
struct ImportedLeadState
{
    qint64 leadId = 0;
    bool editedSince = false;     ///< updated_at later than the import's end
    qint64 mergedInto = 0;        ///< merged into another lead
    bool converted = false;
    bool hasMergedLeads = false;  ///< other leads were merged into it
    qint64 laterActivities = 0;   ///< timeline entries written after the import ended
    qint64 rows = 0;              ///< events, emails, attachments, tickets (an import writes none)

    bool changedSince() const
    {
        return editedSince || mergedInto != 0 || converted || hasMergedLeads || laterActivities > 0 || rows > 0;
    }
};

/// The import journal in SQL: the `imports` rows, the `import_updates` rows
/// (the values an import replaced), and the leads an import created, found
/// through leads.import_id. Writes open no transaction of their own: the
/// import, or ImportJournal::revert(), owns it.
class ImportJournalRepository
{
public:
    explicit ImportJournalRepository(Database &db);

    /// A new journal row (id, counts and revertedAt ignored).
    Result<qint64> insert(const ImportRecord &record);
    /// Sets the counts and the end time of an import.
    VoidResult setCounts(qint64 id, qint64 imported, qint64 updated, qint64 skipped, qint64 rejected,
                         const QDateTime &finishedAt);
    /// Deletes a journal row (an import that wrote nothing); its leads keep
    /// nothing of it (import_id is set to NULL by the schema).
    VoidResult remove(qint64 id);
    VoidResult setReverted(qint64 id, const QDateTime &at);

    std::optional<ImportRecord> find(qint64 id) const;
    /// Every import, newest first, with user and the count of its leads left.
    QList<ImportRecord> list() const;

    /// Whether lead `leadId` was created by import `importId`.
    bool createdBy(qint64 leadId, qint64 importId) const;
    /// The update row of a lead in an import, if there is one.
    std::optional<ImportUpdateRecord> findUpdate(qint64 importId, qint64 leadId) const;
    /// Writes (or replaces) the update row of a lead in an import.
    VoidResult putUpdate(qint64 importId, qint64 leadId, const QByteArray &before, const QString &afterAt);
    /// The update rows of an import, with the state of each lead now.
    QList<ImportUpdateRecord> updates(qint64 importId) const;
    /// How many leads the import updated that still exist.
    qint64 updateCount(qint64 importId) const;

    /// Ids of the leads created by an import, in id order.
    QList<qint64> createdLeadIds(qint64 importId) const;
    /// The leads created by an import that were changed since `finishedAt`
    /// (see ImportedLeadState), read in one query over leads.import_id.
    Result<QList<ImportedLeadState>> changedCreatedLeads(qint64 importId, const QString &finishedAt) const;

private:
    Database &m_db;
};
