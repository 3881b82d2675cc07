#pragma once

#include "sheetvalue.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QFile;
class QIODevice;
class ZipArchive;
class ZipXmlStream;

/// Reads the rows of one sheet of an Excel workbook (.xlsx, Office Open
/// XML, as Excel, LibreOffice, Google Sheets, openpyxl and libxlsxwriter
/// write it) as TableRecords, with bounded memory: the sheet's XML is
/// inflated and parsed in chunks as rows are asked for (a million-row sheet
/// is never held whole); only the shared strings are held, within a cap.
///
/// The sheet is found through the workbook and its relationships (never by
/// assuming xl/worksheets/sheet1.xml): the first worksheet in workbook order,
/// or the one named. Each cell gives the text a person reads in it:
/// - shared strings (rich text runs joined, phonetic runs left out) and
///   inline strings; _xHHHH_ escapes decoded;
/// - formula results (the cached value; a formula is never returned);
/// - numbers as SheetValue::number() writes them ("42", "0.1");
/// - numbers whose cell style has a date or time format (built-in 14–22,
///   45–47 or a custom code with d, m, y, h, s outside quotes and brackets)
///   as "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm:ss" (SheetValue::fromSerial()),
///   in the workbook's 1900 or 1904 date system; t="d" ISO dates alike;
/// - booleans as "TRUE" / "FALSE";
/// - error values (#N/A, #REF!, #DIV/0!) as "": they are no data.
///
/// TableRecord::lineNumber is the sheet's row number. Rows absent from the
/// sheet, or whose cells are all empty, are not returned (like blank lines
/// in a CSV file); gaps between cells are filled with "" (cell references
/// r="C5", or cells and rows without one, one after the other), and a row's
/// cells stop at its last non-empty one. rawText is always "".
///
/// Refused with errorString() naming the file: a file that is not a zip
/// archive, an old .xls or password-protected workbook (an OLE compound
/// file), a zip without a workbook, a sheet name that is not there, parts
/// inflating past the limits or more than ZipArchive::maxRatio() times (zip
/// bombs), and malformed XML (naming the sheet and row).
class XlsxReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// Opens the workbook at `filePath` (a regular file: InputFile::check())
    /// on its sheet named `sheet`, or on its first worksheet when `sheet` is
    /// empty; see isOpen() and errorString().
    explicit XlsxReader(const QString &filePath, const QString &sheet = {});
    /// Reads the workbook on `device` (open for reading, random-access, and
    /// outliving the reader); `displayName` names it in messages ("the
    /// workbook" when empty).
    explicit XlsxReader(QIODevice *device, const QString &sheet = {}, const QString &displayName = {});
    ~XlsxReader() override;

    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    bool isOpen() const override { return m_open; }
    QString errorString() const override { return m_error; }
    /// Reads the next non-empty row into `out`. Returns false at the end of
    /// the sheet or on an error (errorString()).
    bool readRecord(TableRecord *out) override;
    /// Inflated bytes of the sheet's XML parsed so far.
    qint64 bytesRead() const override;
    /// The inflated size of the sheet's XML (as the archive states it, or
    /// what was read when that is more).
    qint64 totalBytes() const override;

    /// The names of the workbook's worksheets in workbook order (chart
    /// sheets have no cells and are left out); empty when no workbook was
    /// read.
    QStringList sheetNames() const { return m_sheetNames; }
    /// The name of the sheet read; empty when none could be opened.
    QString sheet() const { return m_sheet; }
    /// Whether the workbook counts dates from 1904 (old Mac Excel).
    bool uses1904Dates() const { return m_date1904; }

    /// The largest sheet XML read, inflated: 1 GiB.
    static constexpr qint64 maxSheetBytes() { return qint64(1) << 30; }
    /// The largest shared strings part read, inflated: 256 MiB; their text
    /// is held in memory (one pool: 2 bytes a character, 8 a string).
    static constexpr qint64 maxSharedStringsBytes() { return qint64(256) << 20; }
    /// The largest workbook, relationships or styles part: 32 MiB.
    static constexpr qint64 maxPartBytes() { return qint64(32) << 20; }
    /// Columns of a sheet (A to XFD, as in Excel): a cell past them is an
    /// error of its row.
    static constexpr int maxColumns() { return 16384; }
    /// Characters of one cell kept; a longer one is an error of its row
    /// (Excel holds 32,767).
    static constexpr qsizetype maxCellChars() { return 1 << 20; }

private:
    void open(QIODevice *device, const QString &sheet);
    bool fail(const QString &message);
    bool loadWorkbook(const QString &wantedSheet);
    bool loadStyles(const QString &part);
    bool loadSharedStrings(const QString &part);
    QString cellText(QString *problem) const;
    QString sharedString(qsizetype index) const;
    void finishCell(TableRecord *out);
    void addRowProblem(const QString &problem);

    QString m_name;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipXmlStream> m_xml;
    bool m_open = false;
    bool m_done = false;
    QString m_error;
    QStringList m_sheetNames;
    QString m_sheet;
    QString m_sheetPart;
    bool m_date1904 = false;
    std::vector<SheetValue::DateKind> m_xfKinds; // by cell style index
    QString m_sharedPool;                        // every shared string, end to end
    std::vector<qsizetype> m_sharedEnds;         // where each ends in the pool
    qint64 m_sheetSize = 0;

    // The row being read.
    qint64 m_lastRow = 0;
    qint64 m_row = 0;
    int m_column = -1; // 0-based column of the current cell
    QString m_type;
    int m_style = 0;
    QString m_value;  // <v>
    QString m_inline; // <is>
    bool m_inRow = false;
    bool m_inCell = false;
    int m_capture = 0; // 1: <v>, 2: <is>…<t>
    bool m_inInline = false;
    int m_skipDepth = 0; // inside <rPh> or <extLst>
    bool m_cellTooLong = false;
    bool m_inSheetData = false;
    QStringList m_cells;
    QStringList m_rowProblems;
};
