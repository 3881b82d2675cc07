#include "tablefile.h"

#include "csvformula.h"
#include "csvreader.h"
#include "importmapping.h"
#include "inputfile.h"
#include "odsreader.h"
#include "vcardreader.h"
#include "xlsxreader.h"


#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace {

/// Whether `head` starts a vCard: "BEGIN:VCARD" after blank lines, in any
/// case, in UTF-8 (with or without a byte order mark) or UTF-16.
bool startsVcard(QByteArray head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || (head.size() > 1 && (head[0] == 0 || head[1] == 0)))
        head.replace('\0', QByteArray()); // UTF-16 ASCII: drop the NULs
    head.replace("\xEF\xBB\xBF", QByteArray()).replace("\xFF\xFE", QByteArray()).replace("\xFE\xFF", QByteArray());
    return head.trimmed().toUpper().startsWith("BEGIN:VCARD");
}

std::unique_ptr<TableReader> makeReader(TableKind kind, const QString &path, const TableOptions &options)
{
    switch (kind) {
    case TableKind::Xlsx: return std::make_unique<XlsxReader>(path, options.sheet);
    case TableKind::Ods: return std::make_unique<OdsReader>(path, options.sheet);
    case TableKind::Vcard:
        return std::make_unique<VcardReader>(path);
    case TableKind::Csv: break;
    }
    auto csv = std::make_unique<CsvReader>(path);
    if (csv->isOpen() && options.format)
        csv->setFormat(*options.format);
    return csv;
}

qsizetype filledCells(const TableRecord &r)
{
    qsizetype n = 0;
    for (const QString &f : r.fields)
        n += !f.trimmed().isEmpty();
    return n;
}

} // namespace

TableFile::~TableFile() = default;

TableKind TableFile::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QFile file(path);
    QByteArray head;
    if (InputFile::check(path) && file.open(QIODevice::ReadOnly))
        head = file.read(512);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0"))
        return suffix == QLatin1String("ods") || head.contains("application/vnd.oasis.opendocument") ? TableKind::Ods
                                                                                                      : TableKind::Xlsx;
    if (startsVcard(head) || ((suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")) && head.isEmpty()))
        return TableKind::Vcard;
    return TableKind::Csv;
}

QString TableFile::kindName(TableKind kind)
{
    switch (kind) {
    case TableKind::Csv: return tr("CSV text");
    case TableKind::Xlsx: return tr("Excel workbook");
    case TableKind::Ods: return tr("OpenDocument spreadsheet");
    case TableKind::Vcard: return tr("vCard address book");
    }
    return {};
}

Result<std::unique_ptr<TableFile>> TableFile::open(const QString &path, const TableOptions &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<TableFile> file(new TableFile);
    file->m_kind = kindOf(path);
    file->m_reader = makeReader(file->m_kind, path, options);
    TableReader &reader = *file->m_reader;
    if (!reader.isOpen())
        return Result<std::unique_ptr<TableFile>>::failure(QStringLiteral("file"), reader.errorString());
    if (auto *csv = dynamic_cast<CsvReader *>(&reader))
        file->m_format = csv->format();
    if (auto *x = dynamic_cast<XlsxReader *>(&reader)) {
        file->m_sheets = x->sheetNames();
        file->m_sheet = x->sheet();
    }
    if (auto *o = dynamic_cast<OdsReader *>(&reader)) {
        file->m_sheets = o->sheetNames();
        file->m_sheet = o->sheet();
    }

    // The first records, to find the header among them. With a header row
    // given, reading goes on until that row.
    QList<TableRecord> probe;
    TableRecord record;
    while ((probe.size() < ProbeRecords || (options.headerRow > 0 && probe.last().lineNumber < options.headerRow))
           && reader.readRecord(&record))
        probe << record;
    if (!reader.errorString().isEmpty())
        return Result<std::unique_ptr<TableFile>>::failure(QStringLiteral("file"), reader.errorString());
    if (probe.isEmpty())
        return Result<std::unique_ptr<TableFile>>::failure(QStringLiteral("file"),
                                                           tr("%1 is empty: there is no header row.").arg(shown));

    qsizetype at = -1;
    if (options.headerRow > 0) {
        for (qsizetype i = 0; i < probe.size() && at < 0; ++i)
            if (probe.at(i).lineNumber >= options.headerRow)
                at = i;
        if (at < 0 || probe.at(at).lineNumber != options.headerRow)
            return Result<std::unique_ptr<TableFile>>::failure(
                QStringLiteral("header_row"), tr("%1 has no row on line %2 to read as the header.").arg(shown).arg(options.headerRow));
    } else if (file->m_kind == TableKind::Vcard) {
        at = 0;
    } else {
        file->m_headerFound = true;
        // The row with the most recognised headers, the first on a tie…
        int bestScore = 1;
        const qsizetype looked = qMin<qsizetype>(probe.size(), 25);
        for (qsizetype i = 0; i < looked; ++i) {
            if (!probe.at(i).isValid())
                continue;
            const int score = ImportMapping::recognisedHeaders(probe.at(i).fields);
            if (score > bestScore) {
                bestScore = score;
                at = i;
            }
        }
        // … else the first record, unless it looks like a title or a note
        // (one filled cell): then the first well-formed record with two or
        // more, as wide as most rows under it.
        if (at < 0) {
            at = 0;
            if (filledCells(probe.first()) < 2) {
                std::map<qsizetype, int> widths;
                for (const TableRecord &r : std::as_const(probe))
                    if (r.isValid() && filledCells(r) >= 2)
                        ++widths[r.fields.size()];
                qsizetype common = 0;
                int most = 0;
                for (const auto &[width, times] : widths)
                    if (times > most) {
                        most = times;
                        common = width;
                    }
                for (qsizetype i = 1; i < looked && common > 0; ++i)
                    if (probe.at(i).isValid() && filledCells(probe.at(i)) >= 2 && probe.at(i).fields.size() >= common) {
                        at = i;
                        break;
                    }
            }
        }
    }
    if (!probe.at(at).isValid())
        return Result<std::unique_ptr<TableFile>>::failure(QStringLiteral("file"),
                                                           tr("The header row is malformed: %1").arg(probe.at(at).error));
    file->m_header = probe.at(at);
    // A spreadsheet's header ends at its last filled cell.
    while (file->m_kind != TableKind::Csv && !file->m_header.fields.isEmpty()
           && file->m_header.fields.constLast().trimmed().isEmpty())
        file->m_header.fields.removeLast();
    file->m_above = probe.mid(0, at);
    file->m_first = probe.mid(0, qMin<qsizetype>(probe.size(), at + 21));
    file->m_pending = probe.mid(at + 1);
    return file;
}

void TableFile::fitToHeader(TableRecord *record) const
{
    if (m_kind == TableKind::Csv || !record->isValid())
        return; // a CSV row of another width is an error to report, never shifted
    const qsizetype width = m_header.fields.size();
    while (record->fields.size() > width && record->fields.constLast().trimmed().isEmpty())
        record->fields.removeLast();
    while (record->fields.size() < width)
        record->fields << QString();
}

bool TableFile::readRecord(TableRecord *out)
{
    if (m_next < m_pending.size()) {
        *out = m_pending.at(m_next++);
        if (m_next == m_pending.size()) {
            m_pending.clear();
            m_next = 0;
        }
    } else if (!m_reader->readRecord(out)) {
        return false;
    }
    fitToHeader(out);
    return true;
}

qint64 TableFile::bytesRead() const
{
    return m_reader->bytesRead();
}

qint64 TableFile::totalBytes() const
{
    return m_reader->totalBytes();
}

QString TableFile::errorString() const
{
    return m_reader->errorString();
}

void TableFile::setRestoreFormulas(bool on)
{
    m_reader->setRestoreFormulas(on);
    if (!on)
        return;
    // The rows read while the header was looked for were read without.
    for (TableRecord &r : m_pending)
        for (QString &cell : r.fields)
            if (cell.startsWith(QLatin1Char('\'')))
                cell = CsvFormula::restored(cell);
}
