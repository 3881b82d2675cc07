#include "importservice.h"

#include "bulkleadwriter.h"
#include "csvreader.h"
#include "importjournal.h" // import journal hook
#include "importlookuprepository.h"
#include "leadexporter.h"
#include "leadfield.h"
#include "leadservice.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <memory>

namespace {
/// Whether `header` is that of Quarry's own export or reject report, which
/// wrote formula-like cells as text: those are read back as they were, so
/// that an export → import round trip keeps every value.
bool isQuarryFile(const QStringList &header)
{
    return LeadExporter::isExportHeader(header) || RejectReport::isReportHeader(header);
}

/// Rows read, checked and looked up together: one lookup query per few
/// hundred keys, and a progress report (and a chance to cancel) per batch.
constexpr int BatchRows = 500;

/// A duplicate key as remembered for the rest of the file: 64 bits of hash
/// instead of the string keep a million rows' keys in a few tens of MB.
quint64 keyHash(bool email, const QString &key)
{
    return qHash(QStringView(key), email ? size_t(0x9e3779b97f4a7c15ULL) : size_t(0xc2b2ae3d27d4eb4fULL));
}

bool sameValues(const Lead &a, const Lead &b)
{
    for (const LeadField &f : leadFields())
        if (!f.readOnly && f.get(a) != f.get(b))
            return false;
    return true;
}

} // namespace

QString duplicatePolicyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Update: return QStringLiteral("update");
    case DuplicatePolicy::Create: return QStringLiteral("create");
    }
    return {};
}

bool duplicatePolicyFromKey(const QString &key, DuplicatePolicy *policy)
{
    for (DuplicatePolicy p : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create})
        if (key.trimmed().compare(duplicatePolicyKey(p), Qt::CaseInsensitive) == 0) {
            *policy = p;
            return true;
        }
    return false;
}

/// One import (or preview) of one file: the reader, the row builder, the
/// writer, the duplicate keys seen so far and the counts.
class ImportService::Run
{
public:
    Run(Workspace &ws, const ImportOptions &options, bool dryRun)
        : m_ws(ws), m_options(options), m_dry(dryRun), m_lookups(ws.database()), m_writer(ws.database())
    {
    }

    VoidResult open(const QString &path);
    /// Reads, checks and stores the rows (at most `limit` when >= 0).
    VoidResult process(const Progress &progress, qint64 limit);
    VoidResult finish();
    void abandon();

    ImportSummary summary;
    QList<ImportPreviewRow> previewRows;
    QStringList notes() const { return m_builder ? m_builder->defaultNotes() : QStringList(); }

private:
    struct Pending
    {
        TableRecord record;
        BuiltRow row;
        QString rejectReason;
    };

    qint64 readBatch(QList<TableRecord> &batch, qint64 limit);
    VoidResult begin(const QList<TableRecord> &firstBatch);
    VoidResult lookUp(const QList<Pending> &rows);
    VoidResult decide(Pending &p);
    qint64 findDuplicate(const BuiltRow &row, qint64 *line) const;
    void remember(const BuiltRow &row, qint64 leadId, qint64 line);
    void reject(const Pending &p, const QString &reason);
    void addPreview(const Pending &p, ImportPreviewRow::Action action, qint64 leadId, qint64 duplicateLine,
                    const QString &reason = {});

    Workspace &m_ws;
    const ImportOptions &m_options;
    const bool m_dry;
    ImportLookupRepository m_lookups;
    BulkLeadWriter m_writer;
    std::unique_ptr<CsvReader> m_reader;
    std::unique_ptr<ImportRowBuilder> m_builder;
    std::unique_ptr<RejectReport> m_report;
    QStringList m_header;
    bool m_checkDuplicates = false;
    bool m_lookUpDatabase = false;
    bool m_begun = false;
    // Import journal hook: the file's name and the journal entry of a real run.
    QString m_fileName;
    qint64 m_importId = 0;
    QHash<quint64, qint64> m_seen;     ///< key hash → lead id (dry run: minus the line of the row)
    QHash<quint64, qint64> m_seenLine; ///< dry run: key hash → line of the row
    QHash<QString, qint64> m_dbEmails; ///< this batch's email keys found among stored leads
    QHash<QString, qint64> m_dbPhones;
};

VoidResult ImportService::Run::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName(); // import journal hook
    m_reader = std::make_unique<CsvReader>(path);
    if (!m_reader->isOpen())
        return VoidResult::failure(QStringLiteral("file"), m_reader->errorString());
    if (m_options.format)
        m_reader->setFormat(*m_options.format);
    summary.format = m_reader->format();

    TableRecord header;
    if (!m_reader->readRecord(&header)) {
        const QString error = m_reader->errorString();
        return VoidResult::failure(QStringLiteral("file"), error.isEmpty()
                                                               ? tr("%1 is empty: there is no header row.").arg(QDir::toNativeSeparators(path))
                                                               : error);
    }
    if (!header.isValid())
        return VoidResult::failure(QStringLiteral("file"), tr("The header row is malformed: %1").arg(header.error));
    m_header = header.fields;
    m_reader->setRestoreFormulas(isQuarryFile(m_header));

    summary.mapping = m_options.mapping.appliedTo(m_header);
    Problems problems = summary.mapping.check();
    if (!summary.mapping.mapsAnything())
        problems << Problem{QStringLiteral("mapping"), tr("No column of the file is matched to a lead field.")};
    m_builder = std::make_unique<ImportRowBuilder>(m_ws, summary.mapping, m_dry);
    problems << m_builder->setDefaults(m_options.defaults);
    if (!problems.isEmpty())
        return problems;

    m_checkDuplicates = m_options.onDuplicate != DuplicatePolicy::Create;
    m_builder->setDuplicateKeys(m_checkDuplicates);
    m_lookUpDatabase = m_checkDuplicates && m_lookups.hasContactPoints();

    if (!m_dry) {
        m_report = std::make_unique<RejectReport>(m_options.reportPath, m_header, m_ws.database().path());
        if (!m_report->open())
            return VoidResult::failure(QStringLiteral("report"), m_report->errorString());
        summary.reportPath = m_options.reportPath;
    }
    return {};
}

qint64 ImportService::Run::readBatch(QList<TableRecord> &batch, qint64 limit)
{
    batch.clear();
    TableRecord record;
    while (batch.size() < BatchRows && (limit < 0 || summary.counts.read + batch.size() < limit)
           && m_reader->readRecord(&record))
        batch << record;
    return batch.size();
}

VoidResult ImportService::Run::begin(const QList<TableRecord> &firstBatch)
{
    m_begun = true;
    if (m_dry)
        return {};
    // The expected row count decides whether the writer defers its indexes.
    qint64 expected = firstBatch.size();
    const qint64 total = m_reader->totalBytes();
    const qint64 read = m_reader->bytesRead();
    if (total > 0 && read > 0 && firstBatch.size() == BatchRows)
        expected = qint64(double(total) / double(read) * double(firstBatch.size()));
    // Duplicate lookups and updates read leads by key while loading: the
    // indexes stay live then. Otherwise a large load builds them at the end.
    const bool readsWhileLoading = m_lookUpDatabase || m_options.onDuplicate == DuplicatePolicy::Update;
    if (VoidResult r = m_writer.begin(expected, readsWhileLoading ? BulkLeadWriter::IndexPolicy::Keep
                                                                  : BulkLeadWriter::IndexPolicy::Auto);
        !r)
        return r;
    // Import journal hook: the entry is written inside the load's transaction,
    // and every lead the writer creates carries its id (leads.import_id).
    // The source is the shape recognised ("" until the importer names one).
    if (auto id = m_ws.importJournal().start(m_fileName, QString()); !id)
        return id.problems();
    else
        m_importId = id.value();
    if (VoidResult r = m_writer.setImportId(m_importId); !r)
        return r;
    if (Problems p = m_builder->createDefaultTags(); !p.isEmpty())
        return p;
    return {};
}

VoidResult ImportService::Run::process(const Progress &progress, qint64 limit)
{
    QList<TableRecord> batch;
    QList<Pending> pending;
    while (readBatch(batch, limit) > 0) {
        if (!m_begun)
            if (VoidResult r = begin(batch); !r)
                return r;
        pending.clear();
        pending.reserve(batch.size());
        for (TableRecord &record : batch) {
            ++summary.counts.read;
            Pending p;
            p.record = std::move(record);
            if (!p.record.isValid()) {
                p.rejectReason = p.record.error;
            } else if (p.record.fields.size() != m_header.size()) {
                // Never shifted: a cell in the wrong column is worse than a row left out.
                p.rejectReason = tr("line %1: %n cell(s) where the header has %2.", nullptr, int(p.record.fields.size()))
                                     .arg(p.record.lineNumber)
                                     .arg(m_header.size());
            } else {
                p.row = m_builder->build(p.record.fields);
                if (!p.row.problems.isEmpty())
                    p.rejectReason = m_builder->reason(p.row.problems);
            }
            pending << std::move(p);
        }
        if (m_lookUpDatabase)
            if (VoidResult r = lookUp(pending); !r)
                return r;
        for (Pending &p : pending)
            if (VoidResult r = decide(p); !r)
                return r;
        if (m_report && m_report->count() > 0 && !m_report->errorString().isEmpty())
            return VoidResult::failure(QStringLiteral("report"), m_report->errorString());
        if (progress && !progress(m_reader->bytesRead(), m_reader->totalBytes())) {
            summary.cancelled = true;
            return {};
        }
    }
    if (!m_reader->errorString().isEmpty())
        return VoidResult::failure(QStringLiteral("file"), m_reader->errorString());
    if (!m_begun)
        if (VoidResult r = begin({}); !r)
            return r;
    return {};
}

VoidResult ImportService::Run::lookUp(const QList<Pending> &rows)
{
    QStringList emails, phones;
    for (const Pending &p : rows) {
        if (!p.rejectReason.isEmpty())
            continue;
        emails << p.row.emailKeys;
        phones << p.row.phoneKeys;
    }
    auto e = m_lookups.leadsByContactKey(QStringLiteral("email"), emails);
    if (!e)
        return e.problems();
    auto ph = m_lookups.leadsByContactKey(QStringLiteral("phone"), phones);
    if (!ph)
        return ph.problems();
    m_dbEmails = std::move(e.value());
    m_dbPhones = std::move(ph.value());
    return {};
}

qint64 ImportService::Run::findDuplicate(const BuiltRow &row, qint64 *line) const
{
    *line = 0;
    auto inFile = [&](bool email, const QStringList &keys) -> qint64 {
        for (const QString &k : keys) {
            const quint64 h = keyHash(email, k);
            if (const auto it = m_seen.constFind(h); it != m_seen.constEnd()) {
                *line = m_seenLine.value(h);
                return *it;
            }
        }
        return 0;
    };
    if (qint64 id = inFile(true, row.emailKeys))
        return id;
    if (qint64 id = inFile(false, row.phoneKeys))
        return id;
    qint64 best = 0;
    auto inDb = [&](const QHash<QString, qint64> &found, const QStringList &keys) {
        for (const QString &k : keys)
            if (const qint64 id = found.value(k); id && (!best || id < best))
                best = id;
    };
    inDb(m_dbEmails, row.emailKeys);
    inDb(m_dbPhones, row.phoneKeys);
    return best;
}

void ImportService::Run::remember(const BuiltRow &row, qint64 leadId, qint64 line)
{
    if (!m_checkDuplicates)
        return;
    for (const QString &k : row.emailKeys) {
        m_seen.insert(keyHash(true, k), leadId);
        if (m_dry)
            m_seenLine.insert(keyHash(true, k), line);
    }
    for (const QString &k : row.phoneKeys) {
        m_seen.insert(keyHash(false, k), leadId);
        if (m_dry)
            m_seenLine.insert(keyHash(false, k), line);
    }
}

void ImportService::Run::reject(const Pending &p, const QString &reason)
{
    ++summary.counts.rejected;
    if (m_dry)
        return addPreview(p, ImportPreviewRow::Action::Reject, 0, 0, reason);
    m_report->add(p.record.lineNumber, reason, p.record.fields);
}

void ImportService::Run::addPreview(const Pending &p, ImportPreviewRow::Action action, qint64 leadId, qint64 duplicateLine,
                                    const QString &reason)
{
    if (!m_dry)
        return;
    ImportPreviewRow row;
    row.line = p.record.lineNumber;
    row.cells = p.record.fields;
    row.action = action;
    row.existingLeadId = leadId > 0 ? leadId : 0;
    row.duplicateLine = duplicateLine;
    row.lead = p.row.lead;
    row.reason = reason;
    row.notes = p.row.notes;
    previewRows << row;
}

VoidResult ImportService::Run::decide(Pending &p)
{
    if (!p.rejectReason.isEmpty()) {
        reject(p, p.rejectReason);
        return {};
    }
    const qint64 line = p.record.lineNumber;
    if (m_checkDuplicates) {
        qint64 duplicateLine = 0;
        if (const qint64 match = findDuplicate(p.row, &duplicateLine)) {
            const QString which = match > 0 ? tr("lead #%1").arg(match) : tr("the row on line %1").arg(duplicateLine);
            if (m_options.onDuplicate == DuplicatePolicy::Skip) {
                ++summary.counts.skipped;
                addPreview(p, ImportPreviewRow::Action::Skip, match, duplicateLine, tr("Duplicate of %1.").arg(which));
                remember(p.row, match, duplicateLine ? duplicateLine : line);
                return {};
            }
            if (m_dry) {
                ++summary.counts.updated;
                addPreview(p, ImportPreviewRow::Action::Update, match, duplicateLine, tr("Fills the blanks of %1.").arg(which));
                remember(p.row, match, line);
                return {};
            }
            auto current = m_ws.leads().get(match);
            if (!current) {
                reject(p, m_builder->reason(current.problems()));
                return {};
            }
            const Lead merged = m_builder->fillBlanks(current.value(), p.row.lead);
            if (sameValues(merged, current.value())) {
                ++summary.counts.skipped; // nothing the lead does not have already
            } else if (auto saved = m_ws.leads().update(merged); !saved) {
                reject(p, tr("Could not update lead #%1: %2").arg(match).arg(m_builder->reason(saved.problems())));
                return {};
            } else if (VoidResult j = m_ws.importJournal().recordUpdate(m_importId, current.value(), saved->lead); !j) {
                return j; // import journal hook: the values it replaced, to undo it
            } else {
                ++summary.counts.updated;
            }
            remember(p.row, match, line);
            return {};
        }
    }
    if (Problems problems = m_builder->prepareForCreate(p.row.lead); !problems.isEmpty()) {
        reject(p, m_builder->reason(problems));
        return {};
    }
    qint64 id = -line;
    if (!m_dry) {
        auto added = m_writer.add(p.row.lead);
        if (!added)
            return added.problems();
        id = added.value();
    }
    ++summary.counts.imported;
    addPreview(p, ImportPreviewRow::Action::Create, 0, 0);
    remember(p.row, id, line);
    return {};
}

VoidResult ImportService::Run::finish()
{
    if (m_dry)
        return {};
    if (summary.cancelled) {
        abandon();
        summary.reportPath.clear();
        return {};
    }
    // Import journal hook: the counts, in the same transaction.
    if (VoidResult r = m_ws.importJournal().finish(m_importId, summary.counts); !r) {
        m_report->cancel();
        return r;
    }
    if (summary.counts.imported + summary.counts.updated > 0)
        summary.importId = m_importId;
    if (VoidResult r = m_writer.finish(); !r) {
        m_report->cancel();
        summary.importId = 0;
        return r;
    }
    summary.firstRejected = m_report->firstRows();
    if (!m_report->commit())
        summary.reportPath.clear();
    return {};
}

void ImportService::Run::abandon()
{
    if (m_writer.isActive())
        m_writer.cancel();
    if (m_report)
        m_report->cancel();
}

ImportService::ImportService(Workspace &ws) : m_ws(ws) {}

Result<ImportFileInfo> ImportService::inspect(const QString &path, const std::optional<CsvFormat> &format, int sampleRows)
{
    CsvReader reader(path);
    if (!reader.isOpen())
        return Result<ImportFileInfo>::failure(QStringLiteral("file"), reader.errorString());
    if (format)
        reader.setFormat(*format);
    ImportFileInfo info;
    info.format = reader.format();
    info.size = reader.totalBytes();
    TableRecord record;
    if (!reader.readRecord(&record))
        return Result<ImportFileInfo>::failure(QStringLiteral("file"), tr("%1 is empty: there is no header row.")
                                                                          .arg(QDir::toNativeSeparators(path)));
    info.headers = record.fields;
    reader.setRestoreFormulas(isQuarryFile(info.headers));
    while (info.sampleRows.size() < sampleRows && reader.readRecord(&record))
        info.sampleRows << record.fields;
    return info;
}

Result<ImportPreview> ImportService::preview(const QString &path, const ImportOptions &options, int rows)
{
    Run run(m_ws, options, true);
    if (VoidResult r = run.open(path); !r)
        return r.problems();
    if (VoidResult r = run.process({}, rows); !r)
        return r.problems();
    return ImportPreview{run.previewRows, run.notes()};
}

Result<ImportSummary> ImportService::run(const QString &path, const ImportOptions &options, const Progress &progress)
{
    Run run(m_ws, options, false);
    VoidResult r = run.open(path);
    if (r)
        r = run.process(progress, -1);
    if (r)
        r = run.finish();
    if (!r) {
        run.abandon();
        return r.problems();
    }
    if (!run.summary.cancelled && run.summary.counts.imported + run.summary.counts.updated > 0)
        emit m_ws.leadsReset();
    return run.summary;
}
