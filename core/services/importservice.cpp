#include "importservice.h"

#include "bulkleadwriter.h"
#include "importjournal.h"
#include "importlookuprepository.h"
#include "leadexporter.h"
#include "leadcodec.h"
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
    /// What the rows' values become, for the value step.
    ImportRowBuilder &builder() { return *m_builder; }
    TableFile &file() { return *m_file; }
    /// Reads, checks and stores the rows (at most `limit` when >= 0).
    VoidResult process(const Progress &progress, qint64 limit);
    VoidResult finish();
    void abandon();

    ImportSummary summary;
    QList<ImportPreviewRow> previewRows;
    QStringList notes() const { return m_builder ? m_builder->defaultNotes() : QStringList(); }
    QList<LeftEmptyCount> leftEmptyCounts() const;

private:
    struct Pending
    {
        TableRecord record;
        BuiltRow row;
        QString rejectReason;
    };
    /// The lead (or earlier row) a row duplicates, and on what.
    struct Match
    {
        qint64 id = 0;   ///< > 0 a stored lead; < 0 an earlier row (dry run); 0 none
        qint64 line = 0; ///< the earlier row of the file, when it is one
        QString on;      ///< "same email a@b.c"
    };

    qint64 readBatch(QList<TableRecord> &batch, qint64 limit);
    VoidResult begin(const QList<TableRecord> &firstBatch);
    VoidResult lookUp(const QList<Pending> &rows);
    VoidResult decide(Pending &p);
    Match findDuplicate(const BuiltRow &row) const;
    VoidResult update(Pending &p, const Match &match);
    void noteLeftEmpty(const BuiltRow &row);
    void remember(const BuiltRow &row, qint64 leadId, qint64 line);
    void reject(const Pending &p, const QString &reason);
    void addPreview(const Pending &p, ImportPreviewRow::Action action, const Match &match, const QString &reason = {});

    Workspace &m_ws;
    const ImportOptions &m_options;
    const bool m_dry;
    ImportLookupRepository m_lookups;
    BulkLeadWriter m_writer;
    std::unique_ptr<TableFile> m_file;
    std::unique_ptr<ImportRowBuilder> m_builder;
    std::unique_ptr<RejectReport> m_report;
    QStringList m_header;
    bool m_checkDuplicates = false;
    bool m_lookUpDatabase = false;
    bool m_begun = false;
    QString m_fileName;   ///< as the journal and the timeline name it
    qint64 m_importId = 0; ///< the journal entry of a real run
    QHash<quint64, qint64> m_seen;     ///< key hash → lead id (dry run: minus the line of the row)
    QHash<quint64, qint64> m_seenLine; ///< dry run: key hash → line of the row
    QHash<QString, qint64> m_dbEmails; ///< this batch's email keys found among stored leads
    QHash<QString, qint64> m_dbPhones; ///< this batch's phone keys with a last name or company (phoneMatchKey)
    QHash<std::pair<QString, QString>, qint64> m_leftEmpty; ///< (field, value) → rows
    QList<TableRecord> m_held; ///< one-cell lines not known yet to be a footer
};

VoidResult ImportService::Run::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    auto file = TableFile::open(path, TableOptions{m_options.format, m_options.sheet, m_options.headerRow});
    if (!file)
        return file.problems();
    m_file = std::move(file.value());
    summary.format = m_file->format();
    summary.kind = m_file->kind();
    summary.headerLine = m_file->headerLine();
    m_header = m_file->header().fields;
    m_file->setRestoreFormulas(isQuarryFile(m_header));

    summary.mapping = m_options.mapping.appliedTo(m_header);
    summary.source = summary.mapping.source();
    if (summary.source.isEmpty() && summary.kind == TableKind::Vcard)
        summary.source = QStringLiteral("vcard"); // an address book is a shape of its own
    summary.unmappedColumns = summary.mapping.unmappedHeaders();
    Problems problems = summary.mapping.check();
    if (!summary.mapping.mapsAnything())
        problems << Problem{QStringLiteral("mapping"), tr("No column of the file is matched to a lead field.")};
    m_builder = std::make_unique<ImportRowBuilder>(m_ws, summary.mapping, m_dry);
    m_builder->setCreateMissing(m_options.createMissing);
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
           && m_file->readRecord(&record))
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
    const qint64 total = m_file->totalBytes();
    const qint64 read = m_file->bytesRead();
    if (total > 0 && read > 0 && firstBatch.size() == BatchRows)
        expected = qint64(double(total) / double(read) * double(firstBatch.size()));
    // Duplicate lookups and updates read leads by key while loading: the
    // indexes stay live then. Otherwise a large load builds them at the end.
    const bool readsWhileLoading = m_lookUpDatabase || m_options.onDuplicate == DuplicatePolicy::Update;
    if (VoidResult r = m_writer.begin(expected, readsWhileLoading ? BulkLeadWriter::IndexPolicy::Keep
                                                                  : BulkLeadWriter::IndexPolicy::Auto);
        !r)
        return r;
    // The journal entry is written inside the load's transaction, and every
    // lead the writer creates carries its id (leads.import_id).
    if (auto id = m_ws.importJournal().start(m_fileName, summary.source); !id)
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
        auto cellCount = [this](const TableRecord &r) {
            // Never shifted: a cell in the wrong column is worse than a row left out.
            return tr("line %1: %n cell(s) where the header has %2.", nullptr, int(r.fields.size())).arg(r.lineNumber).arg(m_header.size());
        };
        for (TableRecord &record : batch) {
            // Lines of one cell at the end of a file with a header of several
            // are a footer ("Confidential Information - Do Not Distribute"
            // under a Salesforce report), not rows. They are held until a
            // row follows (then they were short rows, and are rejected) or
            // the file ends (then they are counted apart, as notes).
            if (record.isValid() && record.fields.size() == 1 && m_header.size() >= 3) {
                m_held << std::move(record);
                continue;
            }
            for (TableRecord &held : m_held) {
                ++summary.counts.read;
                Pending h;
                h.rejectReason = cellCount(held);
                h.record = std::move(held);
                pending << std::move(h);
            }
            m_held.clear();
            ++summary.counts.read;
            Pending p;
            p.record = std::move(record);
            if (!p.record.isValid()) {
                p.rejectReason = p.record.error;
            } else if (p.record.fields.size() != m_header.size()) {
                p.rejectReason = cellCount(p.record);
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
        if (progress && !progress(m_file->bytesRead(), m_file->totalBytes())) {
            summary.cancelled = true;
            return {};
        }
    }
    if (!m_file->errorString().isEmpty())
        return VoidResult::failure(QStringLiteral("file"), m_file->errorString());
    if (limit < 0 || summary.counts.read < limit)
        summary.noteLines = m_held.size(); // the file ended: a footer
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
    auto ph = m_lookups.leadsByPhoneAndName(phones);
    if (!ph)
        return ph.problems();
    m_dbEmails = std::move(e.value());
    m_dbPhones = std::move(ph.value());
    return {};
}

/// The duplicate rule: the same normalised email, or the same phone
/// together with the same last name or the same company. A phone alone
/// matches everyone behind one switchboard, so it never does by itself.
/// Earlier rows of the file are looked at first, then stored leads (the
/// lowest id).
ImportService::Run::Match ImportService::Run::findDuplicate(const BuiltRow &row) const
{
    Match m;
    QStringList phoneKeys; // phone + name keys, with what each says
    QStringList phoneOn;
    for (const QString &p : row.phoneKeys) {
        if (!row.lastNameKey.isEmpty()) {
            phoneKeys << ImportLookupRepository::phoneMatchKey(p, 'L', row.lastNameKey);
            phoneOn << tr("same phone %1 and last name %2").arg(p, row.lead.lastName.trimmed());
        }
        if (!row.companyKey.isEmpty()) {
            phoneKeys << ImportLookupRepository::phoneMatchKey(p, 'C', row.companyKey);
            phoneOn << tr("same phone %1 and company %2").arg(p, row.lead.company.trimmed());
        }
    }
    auto inFile = [&](bool email, const QStringList &keys, const QStringList &on) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const quint64 h = keyHash(email, keys.at(i));
            if (const auto it = m_seen.constFind(h); it != m_seen.constEnd()) {
                m.id = *it;
                m.line = m_seenLine.value(h);
                m.on = email ? tr("same email %1").arg(keys.at(i)) : on.at(i);
                return true;
            }
        }
        return false;
    };
    if (inFile(true, row.emailKeys, {}) || inFile(false, phoneKeys, phoneOn))
        return m;
    auto inDb = [&](const QHash<QString, qint64> &found, const QStringList &keys, const std::function<QString(qsizetype)> &on) {
        for (qsizetype i = 0; i < keys.size(); ++i)
            if (const qint64 id = found.value(keys.at(i)); id && (!m.id || id < m.id)) {
                m.id = id;
                m.on = on(i);
            }
    };
    inDb(m_dbEmails, row.emailKeys, [&](qsizetype i) { return tr("same email %1").arg(row.emailKeys.at(i)); });
    if (!m.id)
        inDb(m_dbPhones, phoneKeys, [&](qsizetype i) { return phoneOn.at(i); });
    return m;
}

void ImportService::Run::remember(const BuiltRow &row, qint64 leadId, qint64 line)
{
    if (!m_checkDuplicates)
        return;
    auto keep = [&](bool email, const QString &key) {
        const quint64 h = keyHash(email, key);
        m_seen.insert(h, leadId);
        if (m_dry)
            m_seenLine.insert(h, line);
    };
    for (const QString &k : row.emailKeys)
        keep(true, k);
    for (const QString &p : row.phoneKeys) {
        if (!row.lastNameKey.isEmpty())
            keep(false, ImportLookupRepository::phoneMatchKey(p, 'L', row.lastNameKey));
        if (!row.companyKey.isEmpty())
            keep(false, ImportLookupRepository::phoneMatchKey(p, 'C', row.companyKey));
    }
}

void ImportService::Run::reject(const Pending &p, const QString &reason)
{
    ++summary.counts.rejected;
    if (m_dry)
        return addPreview(p, ImportPreviewRow::Action::Reject, Match{}, reason);
    m_report->add(p.record.lineNumber, reason, p.record.fields);
}

void ImportService::Run::addPreview(const Pending &p, ImportPreviewRow::Action action, const Match &match, const QString &reason)
{
    if (!m_dry)
        return;
    ImportPreviewRow row;
    row.line = p.record.lineNumber;
    row.cells = p.record.fields;
    row.action = action;
    row.existingLeadId = match.id > 0 ? match.id : 0;
    row.duplicateLine = match.line;
    row.matchedOn = match.on;
    row.lead = p.row.lead;
    row.reason = reason;
    row.notes = p.row.notes;
    previewRows << row;
}

void ImportService::Run::noteLeftEmpty(const BuiltRow &row)
{
    for (const LeftEmptyValue &v : row.leftEmpty) {
        auto it = m_leftEmpty.find({v.fieldKey, v.value});
        if (it != m_leftEmpty.end())
            ++*it;
        else if (m_leftEmpty.size() < 10000)
            m_leftEmpty.insert({v.fieldKey, v.value}, 1);
    }
}

QList<LeftEmptyCount> ImportService::Run::leftEmptyCounts() const
{
    QList<LeftEmptyCount> out;
    for (auto it = m_leftEmpty.constBegin(); it != m_leftEmpty.constEnd(); ++it)
        out << LeftEmptyCount{it.key().first, it.key().second, *it};
    std::sort(out.begin(), out.end(), [](const LeftEmptyCount &a, const LeftEmptyCount &b) {
        return a.rows != b.rows ? a.rows > b.rows : std::pair(a.fieldKey, a.value) < std::pair(b.fieldKey, b.value);
    });
    return out;
}

VoidResult ImportService::Run::decide(Pending &p)
{
    if (!p.rejectReason.isEmpty()) {
        reject(p, p.rejectReason);
        return {};
    }
    const qint64 line = p.record.lineNumber;
    if (m_checkDuplicates) {
        if (const Match match = findDuplicate(p.row); match.id) {
            const QString which = match.id > 0 ? tr("lead #%1").arg(match.id) : tr("the row on line %1").arg(match.line);
            if (m_options.onDuplicate == DuplicatePolicy::Skip) {
                ++summary.counts.skipped;
                addPreview(p, ImportPreviewRow::Action::Skip, match, tr("Duplicate of %1: %2.").arg(which, match.on));
                remember(p.row, match.id, match.line ? match.line : line);
                return {};
            }
            if (m_dry) {
                ++summary.counts.updated;
                noteLeftEmpty(p.row);
                addPreview(p, ImportPreviewRow::Action::Update, match, tr("Fills the blanks of %1: %2.").arg(which, match.on));
                remember(p.row, match.id, line);
                return {};
            }
            return update(p, match);
        }
    }
    if (m_dry) {
        if (Problems problems = m_builder->prepareForCreate(p.row.lead); !problems.isEmpty()) {
            reject(p, m_builder->reason(problems));
            return {};
        }
        ++summary.counts.imported;
        noteLeftEmpty(p.row);
        addPreview(p, ImportPreviewRow::Action::Create, Match{});
        remember(p.row, -line, line);
        return {};
    }
    // What the row creates (a function, a tag…) is created in a savepoint
    // and rolled back with it when the row is refused: a refused row leaves
    // nothing behind.
    std::optional<Transaction> savepoint;
    if (!p.row.toCreate.isEmpty()) {
        savepoint.emplace(m_ws.database());
        if (!savepoint->isActive())
            return savepoint->failure();
        if (Problems failed = m_builder->createPending(p.row); !failed.isEmpty()) {
            m_builder->forgetCreated();
            return failed;
        }
    }
    if (Problems problems = m_builder->prepareForCreate(p.row.lead); !problems.isEmpty()) {
        m_builder->forgetCreated();
        savepoint.reset(); // rolls back what the row created
        reject(p, m_builder->reason(problems));
        return {};
    }
    if (savepoint) {
        if (VoidResult r = savepoint->commit(); !r)
            return r;
        m_builder->confirmCreated();
    }
    auto added = m_writer.add(p.row.lead);
    if (!added)
        return added.problems();
    ++summary.counts.imported;
    noteLeftEmpty(p.row);
    remember(p.row, added.value(), line);
    return {};
}

/// Update mode: the existing lead's blanks are filled, nothing it has is
/// replaced nor blanked; a value of the row it did not take goes on its
/// timeline, so that nothing the file said is lost.
VoidResult ImportService::Run::update(Pending &p, const Match &match)
{
    const qint64 line = p.record.lineNumber;
    if (match.id < 0) { // an earlier row of this file, not stored yet: nothing to fill
        ++summary.counts.skipped;
        remember(p.row, match.id, line);
        return {};
    }
    auto current = m_ws.leads().get(match.id);
    if (!current) {
        if (hasFailure(current.problems()))
            return current.problems();
        reject(p, m_builder->reason(current.problems()));
        return {};
    }
    Transaction savepoint(m_ws.database());
    if (!savepoint.isActive())
        return savepoint.failure();
    if (Problems failed = m_builder->createPending(p.row); !failed.isEmpty()) {
        m_builder->forgetCreated();
        return failed;
    }
    const Lead before = current.value();
    const Lead merged = m_builder->fillBlanks(before, p.row.lead);
    if (sameValues(merged, before)) {
        m_builder->forgetCreated(); // rolled back with the savepoint: nothing used them
        ++summary.counts.skipped;   // nothing the lead does not have already
        remember(p.row, match.id, line);
        return {};
    }
    auto saved = m_ws.leads().update(merged);
    if (!saved) {
        m_builder->forgetCreated();
        if (hasFailure(saved.problems()))
            return saved.problems();
        reject(p, tr("Could not update lead #%1: %2").arg(match.id).arg(m_builder->reason(saved.problems())));
        return {};
    }
    // The values the lead kept over the row's, on its timeline.
    QStringList notTaken;
    for (const LeadField &f : leadFields()) {
        if (f.readOnly || f.isList() || f.isBlank(p.row.lead) || f.isBlank(before))
            continue;
        const QVariant in = f.get(p.row.lead);
        if (in == f.get(before))
            continue;
        const QString shown = m_ws.codec().displayText(f, in);
        if (!shown.isEmpty() && shown != m_ws.codec().displayText(f, f.get(before)))
            notTaken << tr("%1: %2 (kept: %3)").arg(f.translatedLabel(), shown, m_ws.codec().displayText(f, f.get(before)));
    }
    // The values it replaced, for an undo of the import.
    if (VoidResult r = m_ws.importJournal().recordUpdate(m_importId, before, saved->lead); !r)
        return r;
    if (!notTaken.isEmpty()) {
        const QString text = tr("Import of %1, line %2: values not taken, as the lead had its own.\n%3")
                                 .arg(m_fileName)
                                 .arg(line)
                                 .arg(notTaken.join(QLatin1Char('\n')));
        if (auto note = m_ws.leads().addComment(match.id, text); !note && hasFailure(note.problems()))
            return note.problems();
    }
    if (VoidResult r = savepoint.commit(); !r)
        return r;
    m_builder->confirmCreated();
    ++summary.counts.updated;
    noteLeftEmpty(p.row);
    remember(p.row, match.id, line);
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
    // An import that created and updated nothing changes nothing: its
    // transaction is rolled back, with the journal entry, the tags it made
    // for its rows and the acting user its first write created.
    if (summary.counts.imported + summary.counts.updated == 0 && m_writer.isActive()) {
        m_writer.cancel();
        summary.firstRejected = m_report->firstRows();
        summary.leftEmpty = leftEmptyCounts();
        if (!m_report->commit())
            summary.reportPath.clear();
        return {};
    }
    // The journal's counts, in the same transaction.
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
    summary.leftEmpty = leftEmptyCounts();
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

Result<ImportFileInfo> ImportService::inspect(const QString &path, const TableOptions &options, int sampleRows)
{
    auto opened = TableFile::open(path, options);
    if (!opened)
        return opened.problems();
    TableFile &file = *opened.value();
    ImportFileInfo info;
    info.kind = file.kind();
    info.format = file.format();
    info.sheets = file.sheets();
    info.sheet = file.sheet();
    info.headerLine = file.headerLine();
    info.headerFound = file.headerFound();
    info.firstRecords = file.firstRecords();
    info.size = QFileInfo(path).size();
    info.headers = file.header().fields;
    file.setRestoreFormulas(isQuarryFile(info.headers));
    const ImportMapping matched = ImportMapping::autoMatch(info.headers);
    info.sourceId = matched.source();
    if (info.sourceId.isEmpty() && info.kind == TableKind::Vcard)
        info.sourceId = QStringLiteral("vcard");
    info.sourceName = ImportMapping::sourceName(info.sourceId);
    TableRecord record;
    while (info.sampleRows.size() < sampleRows && file.readRecord(&record))
        info.sampleRows << record.fields;
    return info;
}

Result<QList<ImportValueColumn>> ImportService::values(const QString &path, const ImportOptions &options, qint64 maxRows)
{
    // The automatic choices, without the user's: what the value step proposes.
    ImportOptions plain = options;
    plain.mapping.clearValueChoices();
    Run run(m_ws, plain, true);
    if (VoidResult r = run.open(path); !r)
        return r.problems();
    const ImportMapping &mapping = run.summary.mapping;
    struct Column
    {
        const LeadField *field;
        QList<int> columns;
        QHash<QString, qint64> counts;
        QStringList order; // first seen first
        ImportValueColumn out;
    };
    QList<Column> columns;
    QHash<QString, qsizetype> byField;
    for (int c = 0; c < mapping.size(); ++c) {
        const LeadField *f = leadField(mapping.field(c));
        if (!f || (f->kind != FieldKind::Reference && f->kind != FieldKind::RefList && f->kind != FieldKind::Choice))
            continue;
        if (!byField.contains(f->key)) {
            byField.insert(f->key, columns.size());
            Column col{f, {}, {}, {}, {}};
            col.out.fieldKey = f->key;
            col.out.header = mapping.columns().at(c).header;
            columns << col;
        }
        columns[byField.value(f->key)].columns << c;
    }
    TableRecord record;
    for (qint64 n = 0; n < maxRows && !columns.isEmpty() && run.file().readRecord(&record); ++n) {
        if (!record.isValid())
            continue;
        for (Column &col : columns)
            for (int c : std::as_const(col.columns)) {
                if (c >= record.fields.size())
                    continue;
                const QStringList items = col.field->kind == FieldKind::RefList ? splitList(record.fields.at(c))
                                                                                 : QStringList{record.fields.at(c).trimmed()};
                for (const QString &item : items) {
                    if (item.isEmpty())
                        continue;
                    auto it = col.counts.find(item);
                    if (it != col.counts.end()) {
                        ++*it;
                    } else if (col.counts.size() < 20000) {
                        col.counts.insert(item, 1);
                        col.order << item;
                    }
                }
            }
    }
    QList<ImportValueColumn> out;
    for (Column &col : columns) {
        col.out.distinct = col.counts.size();
        QStringList sorted = col.order;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](const QString &a, const QString &b) { return col.counts.value(a) > col.counts.value(b); });
        for (const QString &text : sorted.mid(0, ImportValueColumn::MaxValues))
            col.out.values << ImportValueColumn::Value{text, col.counts.value(text),
                                                       run.builder().automaticChoice(*col.field, text)};
        if (!col.out.values.isEmpty())
            out << col.out;
    }
    return out;
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
    if (Problems no = m_ws.access().check(Access::Action::Import); !no.isEmpty())
        return no;
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
