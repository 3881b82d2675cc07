#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class CsvWriter;

/// One row an import refused: where it was, why, and what it held.
struct RejectedRow
{
    qint64 line = 0;     ///< physical line of the file where the row starts
    QString reason;      ///< translated, naming the column or field
    QStringList cells;   ///< the row's cells as read
    bool operator==(const RejectedRow &) const = default;
};

/// The rejected-rows report of an import: a CSV (UTF-8 with byte order mark,
/// through CsvWriter, so it appears whole or not at all) with the columns
/// "line", "reason", then the file's own columns, one row per rejected row,
/// so that the user can fix the rows and import the report's cells again.
/// Without a path it only keeps the first rows in memory (firstRows()).
///
/// People open the report in a spreadsheet: cells a spreadsheet would run as
/// formulas are written as text (CsvWriter::setNeutraliseFormulas()), and
/// importing the report again takes that back (isReportHeader()). The file is
/// never written over the open database (OutputPath).
class RejectReport
{
    Q_DECLARE_TR_FUNCTIONS(RejectReport)

public:
    /// How many rejected rows firstRows() keeps.
    static constexpr int KeptRows = 100;

    /// `path` may be empty (no file); `header` is the file's header row;
    /// `databasePath` the open database, which `path` must not be.
    RejectReport(const QString &path, const QStringList &header, const QString &databasePath);
    ~RejectReport();
    RejectReport(const RejectReport &) = delete;
    RejectReport &operator=(const RejectReport &) = delete;

    QString path() const { return m_path; }
    /// Whether `header` is the header of a report: "line", "reason", then
    /// the imported file's columns.
    static bool isReportHeader(const QStringList &header);

    /// Opens the file and writes the header; false with errorString(), also
    /// when the path is the database or one of its companion files.
    bool open();
    /// Adds a rejected row; false once writing failed.
    bool add(qint64 line, const QString &reason, const QStringList &cells);
    /// Writes the file in place; false with errorString().
    bool commit();
    /// Drops the file: nothing appears at the path.
    void cancel();

    qint64 count() const { return m_count; }
    const QList<RejectedRow> &firstRows() const { return m_first; }
    QString errorString() const;

private:
    QString m_path;
    QStringList m_header;
    QString m_databasePath;
    QString m_refused; // why open() refused the path
    std::unique_ptr<CsvWriter> m_writer;
    QList<RejectedRow> m_first;
    qint64 m_count = 0;
};
