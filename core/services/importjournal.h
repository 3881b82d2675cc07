#pragma once

#include "importjournalrepository.h"
#include "lead.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Workspace;
struct ImportCounts;

/// One import as the history lists it (newest first): when, who, which
/// file and shape, its counts, whether it was undone, and how many of the
/// leads it created and updated are still there to undo.
using ImportEntry = ImportRecord;

/// A lead an undo left as it is, and why.
struct RevertRefusal
{
    qint64 leadId = 0;
    QString leadName; ///< Lead::displayName()
    QString reason;   ///< translated: what changed since the import
};

/// What undoing an import did.
struct RevertSummary
{
    qint64 importId = 0;
    qint64 removed = 0;  ///< created leads deleted
    qint64 restored = 0; ///< updated leads given back the values the import replaced
    QList<RevertRefusal> refused;
};

/// The rules of the import journal: every import that writes leaves an
/// entry (file, shape, user, time, counts), the leads it creates carry its
/// id (leads.import_id, written by BulkLeadWriter), and for each lead it
/// updates the values it replaced are kept, so that the import can be
/// undone, updates included, without touching what people changed since.
///
/// start(), recordUpdate() and finish() are called by ImportService inside
/// the import's own transaction and open none; revert() is one transaction.
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    explicit ImportJournal(Workspace &ws);

    /// Opens the entry of an import of `fileName` (a name, not a path) in
    /// shape `sourceId` ("" none), at now, by the acting user. Must be called
    /// inside the import's transaction.
    Result<qint64> start(const QString &fileName, const QString &sourceId);
    /// Keeps, for a lead the import updated, the values it replaced (only the
    /// fields that changed, in a lossless stored form: ids, not names) and
    /// `after`'s updated_at. Several updates of one lead keep the oldest
    /// value of each field. A lead this same import created is not recorded:
    /// undoing the import removes it whole.
    VoidResult recordUpdate(qint64 importId, const Lead &before, const Lead &after);
    /// Writes the counts and the end time. An import that created and
    /// updated nothing leaves no entry (nothing to undo).
    VoidResult finish(qint64 importId, const ImportCounts &counts);

    /// Every import, newest first.
    QList<ImportEntry> list() const;
    /// One import; a problem naming it when there is none.
    Result<ImportEntry> find(qint64 importId) const;

    /// Undoes an import in one transaction: removes the leads it created and
    /// gives back to the leads it updated the values it replaced, except
    /// each lead changed since, which is refused and left as it is (never
    /// stopping the others): a created lead edited, merged, converted, or
    /// given timeline entries, events, emails, attachments or tickets after
    /// the import; an updated lead whose updated_at is no longer the one the
    /// import left, or merged or converted since. Restored leads get a
    /// timeline entry per field naming the import. The import is then marked
    /// undone. Refused as a whole: an unknown import, one already undone, or
    /// a database failure (then nothing changed).
    Result<RevertSummary> revert(qint64 importId);

private:
    Workspace &m_ws;
    ImportJournalRepository &repo() const;
};
