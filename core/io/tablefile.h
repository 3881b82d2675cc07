#pragma once

#include "csvformat.h"
#include "result.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

/// The kinds of file an import reads.
enum class TableKind {
    Csv,   ///< CSV, TSV or text in any usual encoding
    Xlsx,  ///< Excel workbook
    Ods,   ///< OpenDocument spreadsheet (LibreOffice)
    Vcard, ///< vCard address book (.vcf)
};

/// How to read a table file; what is not given is found.
struct TableOptions
{
    /// CSV: the delimiter and encoding; none: detected.
    std::optional<CsvFormat> format;
    /// Spreadsheets: the sheet to read; "": the first.
    QString sheet;
    /// The line (CSV) or row (sheet) the header is on, 1-based; 0: found
    /// among the first lines (a title or notes above the header are
    /// skipped, as in LinkedIn's Connections.csv).
    qint64 headerRow = 0;
};

/// One table file opened for import, whatever its kind: picks the reader
/// (CsvReader, XlsxReader, OdsReader, VcardReader) from the file's first
/// bytes and its name, finds the header row among the first records, then
/// hands out the rows under it, each as wide as the header where the
/// format leaves trailing cells out (a spreadsheet row ends at its last
/// filled cell).
///
/// The header is the first of the first records in which the most cells
/// are headers the matcher recognises (ImportMapping::recognisedHeaders(),
/// at least two); failing that, the first record as wide as most of the
/// records after it. A vCard file's header is the reader's own.
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)

public:
    /// Opens `path` and finds its header. Fails, naming the file, when it
    /// cannot be read, holds no record, or has no record at `headerRow`.
    static Result<std::unique_ptr<TableFile>> open(const QString &path, const TableOptions &options = {});
    ~TableFile();

    /// The kind of `path`, from its first bytes (a zip, an OLE file, a
    /// vCard) and then its extension.
    static TableKind kindOf(const QString &path);
    /// "CSV text", "Excel workbook", "OpenDocument spreadsheet", "vCard address book".
    static QString kindName(TableKind kind);

    TableKind kind() const { return m_kind; }
    /// CSV: the format read (detected or given); others: the default.
    CsvFormat format() const { return m_format; }
    /// Spreadsheets: the sheets of the workbook, and the one read.
    QStringList sheets() const { return m_sheets; }
    QString sheet() const { return m_sheet; }

    /// The header record, and the line it is on.
    const TableRecord &header() const { return m_header; }
    qint64 headerLine() const { return m_header.lineNumber; }
    /// Whether the header was found (not given by TableOptions::headerRow).
    bool headerFound() const { return m_headerFound; }
    /// The records above the header (skipped by the import).
    const QList<TableRecord> &aboveHeader() const { return m_above; }
    /// The first records of the file, header included, as read: what the
    /// wizard shows to choose another header row.
    const QList<TableRecord> &firstRecords() const { return m_first; }

    /// The next row under the header. False at the end or on a read error.
    bool readRecord(TableRecord *out);
    /// See TableReader.
    qint64 bytesRead() const;
    qint64 totalBytes() const;
    QString errorString() const;
    /// See TableReader::setRestoreFormulas().
    void setRestoreFormulas(bool on);

    /// How many records open() reads to find the header.
    static constexpr int ProbeRecords = 40;

private:
    TableFile() = default;
    void fitToHeader(TableRecord *record) const;

    TableKind m_kind = TableKind::Csv;
    std::unique_ptr<TableReader> m_reader;
    CsvFormat m_format;
    QStringList m_sheets;
    QString m_sheet;
    TableRecord m_header;
    bool m_headerFound = false;
    QList<TableRecord> m_above;
    QList<TableRecord> m_first;
    QList<TableRecord> m_pending; ///< read while probing, under the header
    qsizetype m_next = 0;
};
