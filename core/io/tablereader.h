#pragma once

#include <QString>
#include <QStringList>

/// One record of a table file as read: a CSV record, a spreadsheet row, a
/// vCard flattened into cells.
struct TableRecord
{
    /// The cells, decoded. Line ends inside a cell are kept as they were in
    /// the file (CRLF stays CRLF).
    QStringList fields;
    /// Where the record starts, 1-based, as a person finds it again: the
    /// physical line of a CSV or vCard file, the row number of a sheet.
    qint64 lineNumber = 0;
    /// The record's text as it was in the file, without its line end: what an
    /// import report shows for a rejected row ("" where the file has no text
    /// form of a row, as in a spreadsheet).
    QString rawText;
    /// Empty for a well-formed record; otherwise the translated message, which
    /// names the line ("line 12: unterminated quoted field"). The fields of a
    /// malformed record are a best guess and should not be imported blindly.
    QString error;

    /// Whether the record is well-formed.
    bool isValid() const { return error.isEmpty(); }
};

/// Reads the records of one table file in order, with bounded memory: what
/// the import reads, whatever the format (CsvReader, XlsxReader, OdsReader,
/// VcardReader). The first record is whatever the file starts with; finding
/// the header among them is TableFile's job.
///
/// A reader never throws nor crashes on malformed input: a record it cannot
/// make sense of comes back with TableRecord::error set, and input it cannot
/// read at all ends the records with errorString() set.
class TableReader
{
public:
    virtual ~TableReader() = default;

    /// Whether there is something to read: false when the file could not be
    /// opened or is not of the reader's format (see errorString()).
    virtual bool isOpen() const = 0;
    /// The translated reason for the last failure to open or read; empty if
    /// none. Malformed records are not failures.
    virtual QString errorString() const = 0;
    /// Reads the next record into `out`. Returns false at the end of the data
    /// or on a read error (see errorString()).
    virtual bool readRecord(TableRecord *out) = 0;

    /// How far reading has gone, in the units of totalBytes(): for progress.
    virtual qint64 bytesRead() const = 0;
    /// The size of the input, or -1 when unknown.
    virtual qint64 totalBytes() const = 0;

    /// Whether cells neutralised against formulas by Quarry's own CSV export
    /// are read back as they were (CsvReader only; see CsvFormula).
    virtual void setRestoreFormulas(bool on) { (void)on; }
};
