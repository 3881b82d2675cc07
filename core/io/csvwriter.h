#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <memory>

class QIODevice;
class QSaveFile;

/// Writes RFC 4180 CSV: UTF-8, CRLF line ends, a field quoted only when it
/// must be (it holds the delimiter, a quote, CR or LF, starts or ends with
/// white space that a reader might trim, or starts with U+FEFF, which at the
/// start of a file would read as a byte order mark), quotes doubled inside.
///
/// For files meant for spreadsheet programs, setNeutraliseFormulas() writes
/// the cells a spreadsheet would run as formulas as text (CsvFormula).
///
/// Written to a file, the output goes through a QSaveFile: nothing appears at
/// the target path until commit() succeeds, so a failed or cancelled export
/// never leaves half a file, nor replaces a previous one.
///
///     CsvWriter writer(path);
///     if (!writer.open()) ... writer.errorString()
///     for (...) writer.writeRecord(fields);
///     if (!writer.commit()) ... writer.errorString()
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    /// Writes the file at `filePath` (created or replaced on commit()).
    explicit CsvWriter(const QString &filePath);
    /// Writes to `device`, open for writing and outliving the writer (standard
    /// output for the command line). No atomicity: commit() only flushes.
    explicit CsvWriter(QIODevice *device);
    /// Discards the file unless commit() succeeded.
    ~CsvWriter();

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// The field delimiter, ',' by default. Set before writing.
    QChar delimiter() const { return m_delimiter; }
    /// Sets the delimiter: any character but '"', CR and LF.
    void setDelimiter(QChar delimiter);

    /// Whether the output starts with a UTF-8 byte order mark. True by
    /// default: without it Excel reads UTF-8 in the ANSI code page.
    bool hasBom() const { return m_bom; }
    /// Sets hasBom(). Set before open().
    void setBom(bool bom) { m_bom = bom; }

    /// Whether cells a spreadsheet would run as formulas (= + - @ TAB CR
    /// first) are written with a leading apostrophe (CsvFormula). False by
    /// default: the writer writes what it is given; exports and import
    /// reports, which people open in spreadsheets, turn it on.
    bool neutralisesFormulas() const { return m_neutraliseFormulas; }
    /// Sets neutralisesFormulas(). Set before writing.
    void setNeutraliseFormulas(bool on) { m_neutraliseFormulas = on; }

    /// Opens the output (a temporary file beside the target) and writes the
    /// byte order mark. False, with errorString(), when it cannot.
    bool open();
    /// Writes one record. An empty list writes one empty field. False once
    /// writing has failed.
    bool writeRecord(const QStringList &fields);
    /// Flushes and, for a file, atomically replaces the target with what was
    /// written. False, with errorString(), when that fails; the target is
    /// then untouched.
    bool commit();
    /// Abandons the output: the temporary file is removed, the target is
    /// untouched. Later writes fail.
    void cancel();

    /// The translated reason of the last failure; empty if none.
    QString errorString() const { return m_errorString; }

    /// Whether `field` must be quoted when written with `delimiter`.
    static bool needsQuotes(QStringView field, QChar delimiter);
    /// `field` as written with `delimiter`: quoted with its quotes doubled
    /// when needsQuotes(), as is otherwise.
    static QString quoteField(const QString &field, QChar delimiter);

private:
    bool flush();
    void fail(const QString &message);

    QString m_filePath;
    std::unique_ptr<QSaveFile> m_saveFile;
    QIODevice *m_device = nullptr;
    QChar m_delimiter = QLatin1Char(',');
    bool m_bom = true;
    bool m_neutraliseFormulas = false;
    bool m_open = false;
    bool m_finished = false; // committed or cancelled
    QString m_errorString;
    QString m_line;         // reused for each record
    QString m_cell;         // reused for a neutralised cell
    QByteArray m_pending;   // encoded records not yet handed to the device
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};
