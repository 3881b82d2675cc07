#pragma once

#include "csvformat.h"
#include "tablereader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

class QFile;
class QIODevice;

/// A malformed record met while reading.
struct CsvProblem
{
    /// The physical line on which the malformed record starts.
    qint64 lineNumber = 0;
    /// The translated message, naming the line.
    QString message;

    bool operator==(const CsvProblem &) const = default;
};

/// Reads RFC 4180 CSV record by record from a file or any QIODevice, with
/// bounded memory whatever the file size: it keeps one buffer of raw bytes
/// (a read chunk plus the longest record met), scans it for structure and
/// decodes each field once. Structure is scanned on bytes, not characters:
/// quote, delimiter, CR and LF are ASCII and never occur inside a multi-byte
/// UTF-8 character, nor are they anything else in the single-byte encodings.
/// UTF-16 input is transcoded to UTF-8 chunk by chunk as it is read, so the
/// same scanner serves it (Excel's "Unicode Text" save).
///
/// Quoted fields, doubled quotes, line ends inside quotes, CRLF, LF or lone
/// CR line ends and a UTF-8 byte order mark are understood. Only the first
/// three bytes of the input can be a byte order mark: a U+FEFF starting any
/// later field is a character of that field and is kept. Blank lines are
/// skipped (line numbers still count them).
///
/// Malformed input never shifts the columns of later records:
/// - a stray quote inside an unquoted field, or text after a closing quote,
///   makes the rest of that line plain text; the record ends at the line end;
/// - when a record already spanning several lines turns out malformed (a
///   quote never closed before the end of the file or within
///   maxRecordSize(), or a closing quote followed by text), the opening quote
///   was most likely stray: the record is reported as its first line alone and
///   reading resumes on the next line, so the rows the quote swallowed are
///   read again rather than lost.
/// Malformed records are still returned (with TableRecord::error set), so the
/// caller can report them, and are listed by problems().
///
/// To cancel, stop calling readRecord(); bytesRead() and totalBytes() give the
/// progress.
class CsvReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    /// Reads `device`, which must be open for reading (without
    /// QIODevice::Text) and outlive the reader. The format is detected from
    /// the first 64 KiB, read at once.
    explicit CsvReader(QIODevice *device);
    /// Reads `device` in the given format, without detection; with UTF-8, a
    /// byte order mark is still skipped.
    CsvReader(QIODevice *device, const CsvFormat &format);
    /// Opens and reads the file at `filePath`; see isOpen() and errorString().
    /// Only a regular file is opened (InputFile::check()): a device or a
    /// pipe has no end, a folder no records.
    explicit CsvReader(const QString &filePath);
    ~CsvReader() override;

    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Whether there is something to read: false when the file could not be
    /// opened or the device is not readable.
    bool isOpen() const override;
    /// The translated reason for the last failure to open or read; empty if
    /// none. Malformed records are not failures: see problems().
    QString errorString() const override;

    /// The format used: detected, or set.
    CsvFormat format() const { return m_format; }
    /// Overrides the detected format (for example when the user picks another
    /// delimiter or encoding). Set before the first record, it applies to the
    /// whole input (the bytes detection read are decoded again); later, the
    /// delimiter and single-byte encodings apply from the next record on. The delimiter
    /// must be an ASCII character other than '"', CR and LF; ',' is used
    /// otherwise.
    void setFormat(const CsvFormat &format);

    /// Above this many bytes a record is treated as malformed (see the class
    /// comment); it bounds memory when a quote is never closed. 4 MiB by
    /// default, far above any real row (a spreadsheet cell holds 32,767
    /// characters).
    qsizetype maxRecordSize() const { return m_maxRecordSize; }
    /// Sets maxRecordSize() (at least 64 bytes).
    void setMaxRecordSize(qsizetype bytes);
    /// A line past maxRecordSize() is skipped, but one running past this
    /// many bytes (16 times maxRecordSize(), 64 MiB by default) without a line
    /// end is no CSV at all (a binary file, a device fed to the reader): it
    /// is a read error, and reading stops.
    qint64 maxLineSkip() const { return qint64(m_maxRecordSize) * 16; }

    /// Whether the cells were written with CsvWriter::setNeutraliseFormulas():
    /// a cell neutralised there is read back as it was (CsvFormula::restored()).
    /// False by default; the import sets it on a file it recognises as
    /// Quarry's own export or report. Applies to the records read from then on.
    bool restoresFormulas() const { return m_restoreFormulas; }
    /// Sets restoresFormulas().
    void setRestoreFormulas(bool on) override { m_restoreFormulas = on; }

    /// Reads the next record into `out`. Returns false at the end of the data
    /// or on a read error (see errorString()).
    bool readRecord(TableRecord *out) override;

    /// The malformed records met so far (the first 1,000; see problemCount()).
    QList<CsvProblem> problems() const { return m_problems; }
    /// How many malformed records were met so far.
    qint64 problemCount() const { return m_problemCount; }

    /// Bytes of the input consumed by the records returned so far.
    qint64 bytesRead() const override;
    /// The size of the input in bytes, or -1 when the device cannot tell
    /// (a pipe).
    qint64 totalBytes() const override;

private:
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        bool unescape; // holds doubled quotes to undo
    };
    struct Scan;

    void start(bool detect);
    bool fill();
    void reloadHead();
    bool append(const char *raw, qint64 size);
    Scan scan(bool singleLine);
    Scan overlong(Scan scan, qsizetype firstBreak);
    void skipOverlongLine(TableRecord *out);
    QString decode(const char *bytes, qsizetype size);
    void addProblem(qint64 line, const QString &message);

    QIODevice *m_device = nullptr;
    std::unique_ptr<QFile> m_file;
    QString m_errorString;
    CsvFormat m_format;
    char m_delimiter = ',';
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_singleByte = false; // Windows-1252, ISO-8859-1 or -15: decoded per field
    bool m_transcode = false;  // UTF-16: the buffer holds the input re-encoded as UTF-8
    std::optional<QStringDecoder> m_utf16;
    QByteArray m_rawHead;      // the raw bytes detection read, while no record is read
    qint64 m_rawRead = 0;      // transcoding: raw bytes read, and UTF-8 bytes made of them
    qint64 m_produced = 0;
    QStringDecoder m_utf8WithBom{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                     | QStringDecoder::Flag::ConvertInitialBom};
    std::array<bool, 256> m_special{};
    qsizetype m_maxRecordSize = 4 * 1024 * 1024;
    bool m_restoreFormulas = false;

    QByteArray m_buffer;    // raw bytes; [m_start, m_length) not yet consumed
    qsizetype m_length = 0;
    qsizetype m_start = 0;  // where the next record starts
    qint64 m_dropped = 0;   // bytes compacted away from the buffer's front
    bool m_atEnd = false;
    bool m_started = false; // the byte order mark has been looked at
    qint64 m_line = 1;      // physical line at m_start
    QList<Span> m_spans;

    QList<CsvProblem> m_problems;
    qint64 m_problemCount = 0;
};
