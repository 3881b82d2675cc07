#pragma once

#include "tablereader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;
class QIODevice;
class ZipArchive;
class ZipXmlStream;

/// Reads the rows of one table (sheet) of an OpenDocument spreadsheet
/// (.ods, as LibreOffice Calc writes it) as TableRecords, with bounded
/// memory: content.xml is inflated and parsed in chunks as rows are asked
/// for.
///
/// - The first table, or the one named.
/// - table:number-rows-repeated and number-columns-repeated: a repeated row
///   or cell with content is given as many times (within 1,048,576 rows and
///   16,384 columns); empty ones are never expanded (LibreOffice ends every
///   sheet with a row repeated 1,048,000 times and rows with a cell repeated
///   16,000 times).
/// - Each cell gives what a person reads: float, percentage and currency
///   cells their office:value as SheetValue::number() writes it ("0.15" for
///   15 %, "12.5" for €12.50); dates "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm:ss";
///   times "HH:mm:ss"; booleans "TRUE" / "FALSE"; strings their paragraphs
///   joined with "\n" (text:s spaces, text:tab, text:line-break and spans
///   understood, white space collapsed as ODF says, comments left out), or a
///   formula's office:string-value; error results ("#N/A") "".
/// - Covered cells (hidden under a merged cell) are empty, as shown.
/// TableRecord::lineNumber is the row number in the table; rows whose cells
/// are all empty are not returned; a row's cells stop at its last non-empty
/// one. rawText is always "".
///
/// Refused with errorString() naming the file: not a zip archive, not an
/// OpenDocument spreadsheet (an .xlsx, a text document), a password-
/// protected one, a table name that is not there, parts past the limits or
/// zip bombs (ZipArchive), and malformed XML (naming the table and row).
class OdsReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    /// Opens the spreadsheet at `filePath` (a regular file) on its table
    /// named `table`, or its first table when `table` is empty.
    explicit OdsReader(const QString &filePath, const QString &table = {});
    /// Reads the spreadsheet on `device` (open for reading, random-access,
    /// outliving the reader); `displayName` names it in messages.
    explicit OdsReader(QIODevice *device, const QString &table = {}, const QString &displayName = {});
    ~OdsReader() override;

    OdsReader(const OdsReader &) = delete;
    OdsReader &operator=(const OdsReader &) = delete;

    bool isOpen() const override { return m_open; }
    QString errorString() const override { return m_error; }
    /// Reads the next non-empty row into `out`; false at the end of the table
    /// or on an error (errorString()).
    bool readRecord(TableRecord *out) override;
    /// Inflated bytes of content.xml parsed so far.
    qint64 bytesRead() const override;
    /// The inflated size of content.xml.
    qint64 totalBytes() const override;

    /// The names of the tables in document order. Called before the first
    /// readRecord(), it reads content.xml once through to find them all;
    /// later it gives the tables met so far.
    QStringList sheetNames() const;
    /// The name of the table read (known once it is reached: at once for the
    /// first table, which open() finds).
    QString sheet() const { return m_table; }

    /// The largest content.xml read, inflated: 2 GiB.
    static constexpr qint64 maxContentBytes() { return qint64(2) << 30; }
    /// Rows of a table (as in LibreOffice): repeats stop there.
    static constexpr qint64 maxRows() { return 1048576; }
    /// Columns of a table: a cell past them is an error of its row.
    static constexpr int maxColumns() { return 16384; }
    /// Characters of one cell kept; a longer one is an error of its row.
    static constexpr qsizetype maxCellChars() { return 1 << 20; }

private:
    void open(QIODevice *device);
    bool fail(const QString &message);
    bool seekTable();
    void startCell(const class QXmlStreamAttributes &attributes, bool covered);
    void endCell();
    void addProblem(const QString &problem);
    QStringList scanNames();

    QString m_name;
    QString m_wanted;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipXmlStream> m_xml;
    bool m_open = false;
    bool m_done = false;
    bool m_started = false;
    QString m_error;
    QString m_table;
    mutable QStringList m_names;
    mutable bool m_namesComplete = false;
    qint64 m_contentSize = 0;

    // Where the parser is.
    int m_depth = 0;         // element depth inside the table
    int m_skip = 0;          // inside an element left out (annotation, frame, nested table)
    qint64 m_row = 0;        // rows of the table passed so far
    qint64 m_rowRepeat = 1;
    bool m_inRow = false;
    bool m_inCell = false;
    int m_column = 0;
    int m_pendingEmpty = 0;
    qint64 m_cellRepeat = 1;
    QString m_fixedValue; // the cell's value when not its text
    bool m_useText = true;
    bool m_covered = false;
    QString m_text;
    int m_paragraphs = 0;
    int m_inParagraph = 0;
    bool m_lastSpace = false;
    bool m_cellTooLong = false;
    QStringList m_cells;
    QStringList m_problems;
    // A repeated row with content, still to be given.
    qint64 m_pendingRows = 0;
    TableRecord m_repeat;
};
