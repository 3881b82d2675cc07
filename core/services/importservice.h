#pragma once

#include "csvformat.h"
#include "importmapping.h"
#include "importrowbuilder.h"
#include "lead.h"
#include "rejectreport.h"
#include "result.h"
#include "tablefile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Workspace;

/// What an import does with a row that has the same normalised email or
/// phone as an existing lead, or as an earlier row of the same file.
enum class DuplicatePolicy {
    Skip,   ///< leave the existing lead alone
    Update, ///< fill the existing lead's blanks (never overwrite; emails, phones and tags united)
    Create, ///< import the row as a new lead anyway
};
/// "skip", "update", "create".
QString duplicatePolicyKey(DuplicatePolicy policy);
bool duplicatePolicyFromKey(const QString &key, DuplicatePolicy *policy);

/// How to import a file of leads.
struct ImportOptions
{
    /// The file's delimiter and encoding; none: detected.
    std::optional<CsvFormat> format;
    /// Spreadsheets: the sheet to read; "": the first.
    QString sheet;
    /// The line (row) of the header; 0: found (TableFile).
    qint64 headerRow = 0;
    /// Values of reference columns that name nothing are created (where
    /// the list allows it) instead of left empty; the mapping's value map
    /// decides first.
    bool createMissing = false;
    /// Applied to the file's header (ImportMapping::appliedTo): columns it
    /// does not name are auto-matched. Empty: everything auto-matched.
    ImportMapping mapping;
    ImportDefaults defaults;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    /// Where the rejected rows are written (CSV); empty: nowhere.
    QString reportPath;
};

/// read = imported + updated + skipped + rejected.
struct ImportCounts
{
    qint64 read = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    bool operator==(const ImportCounts &) const = default;
};

/// A value of the file that matched nothing, and on how many rows: the
/// field was left empty there.
struct LeftEmptyCount
{
    QString fieldKey;
    QString value;
    qint64 rows = 0;
    bool operator==(const LeftEmptyCount &) const = default;
};

/// What an import did.
struct ImportSummary
{
    ImportCounts counts;
    /// The import journal's entry (ImportJournal), to undo it; 0 for a dry
    /// run, a cancel, or an import that created and updated nothing.
    qint64 importId = 0;
    /// What was read: the kind of file, the header's line, the export
    /// shape recognised ("" none) and the columns not imported at all.
    TableKind kind = TableKind::Csv;
    qint64 headerLine = 1;
    QString source;
    QStringList unmappedColumns;
    /// Lines of one cell under a header of several (a title, a footer):
    /// not rows, so neither read nor rejected.
    qint64 noteLines = 0;
    /// Values left empty because they matched nothing (most rows first).
    QList<LeftEmptyCount> leftEmpty;
    /// Cancelled through the progress callback: nothing was changed.
    bool cancelled = false;
    /// The report written ("" when none was asked for, or when cancelled).
    QString reportPath;
    /// The first rejected rows (RejectReport::KeptRows), for people.
    QList<RejectedRow> firstRejected;
    /// The format the file was read in.
    CsvFormat format;
    /// The mapping as applied to the file.
    ImportMapping mapping;
};

/// What the first page of the import wizard shows about a file.
struct ImportFileInfo
{
    TableKind kind = TableKind::Csv;
    CsvFormat format;              ///< CSV only
    QStringList sheets;            ///< spreadsheets: every sheet, and the one read
    QString sheet;
    qint64 headerLine = 1;         ///< the line (row) the header is on
    bool headerFound = true;       ///< found, rather than given
    QList<TableRecord> firstRecords; ///< the first records, header included
    QStringList headers;
    QList<QStringList> sampleRows; ///< the first rows after the header
    qint64 size = 0;               ///< bytes
    /// The export shape the headers were recognised as: its id and name
    /// ("hubspot", "HubSpot contacts export"), "" for none.
    QString sourceId;
    QString sourceName;
};

/// The distinct values of one reference column of a file, for the
/// wizard's value step: how often each occurs and what it becomes unless
/// the user decides otherwise.
struct ImportValueColumn
{
    QString fieldKey;
    QString header; ///< the (first) column that fills the field
    struct Value
    {
        QString text;
        qint64 rows = 0;
        /// What the import does by itself: Map (to `automatic.target`, the
        /// value's name in Quarry), Create, or Empty (matches nothing).
        ImportValueChoice automatic;
    };
    QList<Value> values;  ///< most frequent first, at most MaxValues
    qint64 distinct = 0;  ///< distinct values in the rows read
    static constexpr int MaxValues = 500;
};

/// One row of a preview: what the import would do with it.
struct ImportPreviewRow
{
    enum class Action { Create, Update, Skip, Reject };
    qint64 line = 0;
    QStringList cells;
    Action action = Action::Create;
    qint64 existingLeadId = 0; ///< Update, Skip: the lead it duplicates (0: an earlier row)
    QString matchedOn;         ///< Update, Skip: "same email a@b.c", "same phone … and last name"
    qint64 duplicateLine = 0;  ///< Update, Skip: the earlier row of the file it duplicates
    Lead lead;                 ///< as it would be created (before validation's fill-ins)
    QString reason;            ///< Reject: why; Skip: which lead
    QStringList notes;         ///< what the import would create beside
};

/// What an import would do with the first rows of a file.
struct ImportPreview
{
    QList<ImportPreviewRow> rows;
    /// About the whole file: what the values for all rows would create.
    QStringList notes;
};

/// Imports a file of leads (CSV in any usual encoding, a spreadsheet, a
/// vCard address book: TableFile), streaming it record by record so that a
/// million rows need no more memory than a thousand: each row is read into
/// a lead through the mapping (LeadCodec), checked with LeadService's rules,
/// compared with the leads already stored and the earlier rows on their
/// normalised emails and phones, then created (BulkLeadWriter), used to fill
/// the blanks of the lead it duplicates (LeadService::update, written to its
/// timeline), skipped or rejected. Every rejected row goes to the report
/// with its line, its cells and the reason.
///
/// The whole import is one transaction: a failure, a cancel (the progress
/// callback returns false), a crash or a kill leaves the database as it was.
///
/// Progress and cancellation are values: the callback receives bytes read
/// and the file size. The service never touches widgets, and runs on the
/// thread that opened its Workspace (the wizard opens one in its worker).
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    /// Called every few hundred rows with bytes read and the file size;
    /// returning false cancels the import (everything is rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ImportService(Workspace &ws);

    /// Reads the header and the first `sampleRows` rows, finding the
    /// format, the sheet and the header row unless `options` gives them.
    static Result<ImportFileInfo> inspect(const QString &path, const TableOptions &options = {}, int sampleRows = 20);

    /// The distinct values of each mapped reference column (status,
    /// source, industry, tags, owner, country…) in the first `maxRows`
    /// rows, with what each becomes by default.
    Result<QList<ImportValueColumn>> values(const QString &path, const ImportOptions &options, qint64 maxRows = 200000);

    /// What the import would do with the first `rows` rows; writes nothing.
    Result<ImportPreview> preview(const QString &path, const ImportOptions &options, int rows = 20);

    /// Imports the file. Fails, changing nothing, when the file cannot be
    /// read, no column is mapped, a value for all rows is wrong, or the
    /// database refuses a write; a cancel is a success with `cancelled` set.
    Result<ImportSummary> run(const QString &path, const ImportOptions &options, const Progress &progress = {});

private:
    class Run;
    Workspace &m_ws;
};
