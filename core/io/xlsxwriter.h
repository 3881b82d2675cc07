#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

/// Writes one sheet of an Excel workbook (.xlsx) with libxlsxwriter: a bold,
/// frozen header row, then rows of typed cells. Rows are streamed to disk as
/// they come (libxlsxwriter's constant-memory mode: strings are written
/// inline), so an export of a million leads holds one row at a time.
///
/// Cells are typed by their QVariant: a QString is always a string cell,
/// never a formula, so "=HYPERLINK(…)" or "+33 1 23 45 67 89" stays the text
/// it is; numbers are number cells; a bool is a boolean cell; a QDate is a
/// date (yyyy-mm-dd), a QDateTime a date and time (yyyy-mm-dd hh:mm:ss, as
/// the QDateTime's own local time); a null or empty value is a blank cell.
///
/// The file appears whole or not at all: it is written to a temporary file
/// beside the target, renamed over it by commit(), and removed on cancel()
/// or failure. With a database path given, the target may not be the
/// database nor one of its companion files (OutputPath::check()).
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    /// Prepares writing to `path`; nothing is created before open().
    explicit XlsxWriter(const QString &path);
    /// Cancels an uncommitted workbook (its temporary file is removed).
    ~XlsxWriter();

    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /// The sheet's name ("Sheet1" by default); Excel's rules apply (31
    /// characters, none of []:*?/\): other characters are replaced by "_".
    /// Set before open().
    void setSheetName(const QString &name);
    /// Sets the width of column `column` (0-based) in characters, before
    /// writeHeader(); columns without one get a width from the header text
    /// (at least 10, at most 60).
    void setColumnWidth(int column, double width);

    /// Creates the temporary workbook beside the target. Refuses (errorString())
    /// a target that is the database at `databasePath` (when given) or one of
    /// its companion files, or a folder that cannot be written.
    bool open(const QString &databasePath = {});
    /// Writes the header row: bold, frozen while scrolling.
    bool writeHeader(const QStringList &header);
    /// Writes the next row of typed cells (see the class comment). Text
    /// longer than a cell holds (32,767 characters) is cut there
    /// (truncatedCells()); more rows than a sheet holds is an error.
    bool writeRow(const QVariantList &cells);
    /// Finishes the workbook and puts it at the target path in one rename.
    bool commit();
    /// Drops the workbook: the target is left as it was.
    void cancel();

    /// The translated reason of the last failure, naming the file; empty if none.
    QString errorString() const { return m_error; }
    /// Rows written so far, the header included.
    qint64 rowsWritten() const { return m_row; }
    /// Cells whose text was cut to the 32,767 characters a cell holds.
    qint64 truncatedCells() const { return m_truncated; }

    /// The rows of an Excel sheet: 1,048,576.
    static constexpr qint64 maxRows() { return 1048576; }
    /// The characters one cell holds: 32,767.
    static constexpr int maxCellChars() { return 32767; }

private:
    bool fail(const QString &message);
    bool check(int error, qint64 row, int column);

    QString m_path;
    QString m_tempPath;
    QString m_sheetName = QStringLiteral("Sheet1");
    QList<double> m_widths;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    qint64 m_row = 0;
    qint64 m_truncated = 0;
    QString m_error;
};
