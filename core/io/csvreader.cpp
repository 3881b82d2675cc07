#include "csvreader.h"

#include "csvformula.h"
#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <cstring>

namespace {

/// Bytes asked of the device at a time: large enough that a read call per
/// chunk costs nothing next to the scanning, small enough to stay in cache.
constexpr qsizetype kChunkSize = 256 * 1024;
/// What format detection looks at.
constexpr qsizetype kHeadSize = 64 * 1024;
/// problems() keeps this many, so a file that is garbage throughout does not
/// fill memory with messages.
constexpr int kMaxStoredProblems = 1000;
/// How much of an overlong line rawText keeps.
constexpr qsizetype kOverlongRawText = 1024;

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

/// "4 MiB", "64 KiB", "100 bytes" for messages about the record size cap.
QString sizeText(qsizetype bytes)
{
    if (bytes >= 1024 * 1024)
        return QCoreApplication::translate("Csv", "%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'g', 3);
    if (bytes >= 1024)
        return QCoreApplication::translate("Csv", "%1 KiB").arg(double(bytes) / 1024.0, 0, 'g', 3);
    return QCoreApplication::translate("Csv", "%n byte(s)", nullptr, int(bytes));
}

} // namespace

/// What one pass of the scanner found, offsets relative to the record start.
struct CsvReader::Scan
{
    enum Kind {
        Record,   // a record (maybe malformed, see error) in m_spans
        End,      // no more records
        Rewind,   // a malformed multi-line record: rescan its first line alone
        Overlong, // a single line past maxRecordSize(): skip it
    };
    Kind kind = Record;
    qsizetype end = 0;  // end of the record's text, line end excluded
    qsizetype next = 0; // where the next record starts
    int lines = 0;      // line ends consumed, the record's own included
    QString error;
};

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
    start(true);
}

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format)
    : m_device(device)
{
    setFormat(format);
    start(false);
}

CsvReader::CsvReader(const QString &filePath)
    : m_file(std::make_unique<QFile>(filePath))
{
    // Before opening: opening a pipe blocks until something writes to it.
    if (VoidResult regular = InputFile::check(filePath); !regular && QFileInfo::exists(filePath)) {
        m_errorString = regular.problems().first().message;
        return;
    }
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_errorString = tr("cannot open %1: %2")
                            .arg(QDir::toNativeSeparators(filePath), m_file->errorString());
        return;
    }
    if (m_file->isSequential()) { // replaced by a device or pipe since the check
        m_errorString = tr("%1 is not a regular file: choose a CSV file.").arg(QDir::toNativeSeparators(filePath));
        m_file->close();
        return;
    }
    m_device = m_file.get();
    start(true);
}

CsvReader::~CsvReader() = default;

void CsvReader::start(bool detect)
{
    if (!m_device || !m_device->isReadable()) {
        m_device = nullptr;
        if (m_errorString.isEmpty())
            m_errorString = tr("the CSV input is not open for reading");
        return;
    }
    if (!detect)
        return;
    while (m_length < kHeadSize && fill()) {
    }
    const qsizetype headSize = qMin(m_length, kHeadSize);
    setFormat(detectCsvFormat(QByteArray::fromRawData(m_buffer.constData(), headSize)));
}

bool CsvReader::isOpen() const
{
    return m_device != nullptr;
}

QString CsvReader::errorString() const
{
    return m_errorString;
}

void CsvReader::setFormat(const CsvFormat &format)
{
    m_format = format;
    const char16_t d = format.delimiter.unicode();
    if (d == 0 || d >= 0x80 || d == '"' || d == '\r' || d == '\n')
        m_format.delimiter = QLatin1Char(',');
    m_delimiter = char(m_format.delimiter.unicode());
    m_special.fill(false);
    for (char c : {m_delimiter, '"', '\r', '\n'})
        m_special[uchar(c)] = true;
    const TextEncoding encoding = m_format.textEncoding();
    m_format.encoding = encodingName(encoding);
    m_singleByte = encoding != TextEncoding::Utf8 && isAsciiCompatible(encoding);
    if (m_started && (m_transcode || !isAsciiCompatible(encoding)))
        return; // the bytes already read cannot be decoded again
    m_encoding = encoding;
    m_transcode = !isAsciiCompatible(encoding);
    m_utf16.reset();
    if (m_transcode)
        m_utf16.emplace(encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    if (!m_started)
        reloadHead();
}

/// Before the first record: the buffer holds what detection read, decoded
/// as the encoding then set. Start again from the raw bytes.
void CsvReader::reloadHead()
{
    m_length = 0;
    m_start = 0;
    m_rawRead = 0;
    m_produced = 0;
    if (!m_rawHead.isEmpty())
        append(m_rawHead.constData(), m_rawHead.size());
}

/// Appends raw input to the buffer, transcoding UTF-16 to UTF-8.
bool CsvReader::append(const char *raw, qint64 size)
{
    if (!m_transcode) {
        if (m_buffer.size() - m_length < size)
            m_buffer.resize(qMax(m_buffer.size() * 2, m_length + size));
        memcpy(m_buffer.data() + m_length, raw, size_t(size));
        m_length += size;
        return true;
    }
    const QByteArray utf8 = QString(m_utf16->decode(QByteArrayView(raw, size))).toUtf8();
    m_rawRead += size;
    m_produced += utf8.size();
    if (m_buffer.size() - m_length < utf8.size())
        m_buffer.resize(qMax(m_buffer.size() * 2, m_length + utf8.size()));
    memcpy(m_buffer.data() + m_length, utf8.constData(), size_t(utf8.size()));
    m_length += utf8.size();
    return true;
}

qint64 CsvReader::bytesRead() const
{
    const qint64 consumed = m_dropped + m_start;
    if (!m_transcode || m_produced == 0)
        return consumed;
    // Progress in the file's own bytes, as totalBytes() counts them.
    return qint64(double(consumed) * double(m_rawRead) / double(m_produced));
}

void CsvReader::setMaxRecordSize(qsizetype bytes)
{
    m_maxRecordSize = qMax<qsizetype>(bytes, 64);
}

qint64 CsvReader::totalBytes() const
{
    if (!m_device || m_device->isSequential())
        return -1;
    return m_device->size();
}

/// Reads one more chunk, first moving the unconsumed bytes to the front so
/// the buffer only ever holds the current record and a chunk.
bool CsvReader::fill()
{
    if (m_atEnd || !m_device)
        return false;
    if (m_start > 0) {
        memmove(m_buffer.data(), m_buffer.constData() + m_start, size_t(m_length - m_start));
        m_length -= m_start;
        m_dropped += m_start;
        m_start = 0;
    }
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_device->read(chunk.data(), kChunkSize);
        if (n > 0) {
            if (!m_started)
                m_rawHead.append(chunk.constData(), n);
            return append(chunk.constData(), n);
        }
        if (m_device->isSequential()) {
            // -1 is how a pipe or socket says it has closed; 0, that nothing
            // has arrived yet.
            if (n == 0 && m_device->waitForReadyRead(-1))
                continue;
        } else if (n < 0) {
            m_errorString = tr("cannot read the CSV input: %1").arg(m_device->errorString());
        }
        m_atEnd = true;
        return false;
    }
}

QString CsvReader::decode(const char *bytes, qsizetype size)
{
    const QByteArrayView view(bytes, size);
    if (m_singleByte)
        return decodeSingleByte(view, m_encoding);
    if (isValidUtf8(view)) {
        // QString::fromUtf8 drops a leading U+FEFF, which inside the file is
        // a character of the field like any other. It is also four times
        // faster than a decoder told to keep it: use that one only then.
        if (view.startsWith("\xEF\xBB\xBF"))
            return m_utf8WithBom.decode(view);
        return QString::fromUtf8(view);
    }
    // Detection only saw the first 64 KiB: a mostly ASCII Windows-1252 file
    // looks like UTF-8 there. Decoding the odd field as Windows-1252 keeps
    // "Müller" rather than replacement characters.
    return decodeWindows1252(view);
}

void CsvReader::addProblem(qint64 line, const QString &message)
{
    ++m_problemCount;
    if (m_problems.size() < kMaxStoredProblems)
        m_problems.append(CsvProblem{line, message});
}

bool CsvReader::readRecord(TableRecord *out)
{
    if (!m_device || !m_errorString.isEmpty())
        return false;
    if (!m_started) {
        m_started = true;
        while (m_length - m_start < 3 && fill()) {
        }
        m_rawHead = QByteArray(); // no decoding again from here
        // Skipped in a single-byte encoding too: "ï»¿" never starts real text.
        if (!m_transcode && m_length - m_start >= 3
            && memcmp(m_buffer.constData() + m_start, "\xEF\xBB\xBF", 3) == 0)
            m_start += 3;
    }

    Scan scanned = scan(false);
    if (!m_errorString.isEmpty())
        return false;
    switch (scanned.kind) {
    case Scan::End:
        return false;
    case Scan::Overlong:
        skipOverlongLine(out);
        return m_errorString.isEmpty();
    case Scan::Rewind: {
        // The first line is still in the buffer: read it alone, as a record.
        const QString error = scanned.error;
        scanned = scan(true);
        scanned.error = error;
        break;
    }
    case Scan::Record:
        break;
    }

    const char *base = m_buffer.constData() + m_start;
    out->lineNumber = m_line;
    out->fields.clear();
    out->fields.reserve(m_spans.size());
    for (const Span &span : std::as_const(m_spans)) {
        QString field = decode(base + span.begin, span.end - span.begin);
        if (span.unescape)
            field.replace(QLatin1String("\"\""), QLatin1String("\""));
        if (m_restoreFormulas && field.startsWith(QLatin1Char('\'')))
            field = CsvFormula::restored(field);
        out->fields.append(std::move(field));
    }
    out->rawText = decode(base, scanned.end);
    out->error = scanned.error;
    if (!scanned.error.isEmpty())
        addProblem(m_line, scanned.error);
    m_line += scanned.lines;
    m_start += scanned.next;
    return true;
}

/// Finds the extent and fields of the record at m_start. With `singleLine`,
/// a line end inside quotes ends the field and the record: that is how the
/// first line of a malformed multi-line record is read on its own.
CsvReader::Scan CsvReader::scan(bool singleLine)
{
    Scan s;
    m_spans.clear();
    const char *base = nullptr;
    qsizetype avail = 0;
    qsizetype limit = 0; // where the tight loops stop: avail or the size cap
    const auto reload = [&] {
        base = m_buffer.constData() + m_start;
        avail = m_length - m_start;
        limit = qMin(avail, m_maxRecordSize + 1);
    };
    // Makes byte `r` of the record available; false at the end of the input.
    // Offsets stay valid across a fill, which only moves the record.
    const auto more = [&](qsizetype r) {
        while (r >= avail) {
            if (!fill())
                return false;
            reload();
        }
        return true;
    };
    // Ends the record at the line end at `r`.
    const auto endLine = [&](qsizetype r) {
        const qsizetype length = (base[r] == '\r' && more(r + 1) && base[r + 1] == '\n') ? 2 : 1;
        s.end = r;
        s.next = r + length;
        ++s.lines;
        return s;
    };
    const auto endInput = [&](qsizetype r) {
        s.end = r;
        s.next = r;
        return s;
    };
    reload();

    // Blank lines are no records (a trailing empty line is in most files).
    while (more(0) && isLineEnd(base[0])) {
        const qsizetype length = (base[0] == '\r' && more(1) && base[1] == '\n') ? 2 : 1;
        m_start += length;
        ++m_line;
        reload();
    }
    if (avail == 0) {
        s.kind = Scan::End;
        return s;
    }

    qsizetype r = 0;
    qsizetype firstBreak = -1; // first line end inside quotes, if any
    bool literal = false;      // after a stray quote, quotes are plain text
    const char delimiter = m_delimiter;
    for (int field = 1;; ++field) {
        if (!more(r)) { // "a,b," at the end of the input: a last empty field
            m_spans.append(Span{r, r, false});
            return endInput(r);
        }
        qsizetype begin = r;
        if (!literal && base[r] == '"') {
            ++r;
            bool escaped = false;
            bool closed = false;
            for (;;) {
                while (r < limit && base[r] != '"' && !isLineEnd(base[r]))
                    ++r;
                if (r >= limit) {
                    if (r > m_maxRecordSize)
                        return overlong(s, firstBreak);
                    if (!more(r))
                        break;
                    continue;
                }
                if (base[r] == '"') {
                    if (more(r + 1) && base[r + 1] == '"') {
                        escaped = true;
                        r += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (singleLine) {
                    m_spans.append(Span{begin + 1, r, escaped});
                    return endLine(r);
                }
                const qsizetype length = (base[r] == '\r' && more(r + 1) && base[r + 1] == '\n') ? 2 : 1;
                if (firstBreak < 0)
                    firstBreak = r;
                ++s.lines;
                r += length;
            }
            if (!closed) {
                s.error = tr("line %1: unterminated quoted field (field %2)")
                              .arg(m_line)
                              .arg(field);
                if (firstBreak >= 0) {
                    s.kind = Scan::Rewind;
                    return s;
                }
                m_spans.append(Span{begin + 1, r, escaped});
                return endInput(r);
            }
            const qsizetype closing = r++;
            if (!more(r)) {
                m_spans.append(Span{begin + 1, closing, escaped});
                return endInput(r);
            }
            if (base[r] == delimiter) {
                m_spans.append(Span{begin + 1, closing, escaped});
                ++r;
                continue;
            }
            if (isLineEnd(base[r])) {
                m_spans.append(Span{begin + 1, closing, escaped});
                return endLine(r);
            }
            if (firstBreak >= 0) {
                // The quotes pair up across lines in a way that breaks the
                // record: trust neither, read the lines again one by one.
                s.error = tr("line %1: text after the closing quote of field %2 (on line %3)")
                              .arg(m_line)
                              .arg(field)
                              .arg(m_line + s.lines);
                s.kind = Scan::Rewind;
                return s;
            }
            s.error = tr("line %1: text after the closing quote of field %2").arg(m_line).arg(field);
            literal = true;
            // The field is kept as written, quotes included, up to the next
            // delimiter: the unquoted scan below goes on from here.
        }

        for (;;) {
            while (r < limit && !m_special[uchar(base[r])])
                ++r;
            if (r >= limit) {
                if (r > m_maxRecordSize)
                    return overlong(s, firstBreak);
                if (!more(r))
                    break;
                continue;
            }
            if (base[r] != '"')
                break;
            if (!literal) {
                s.error = tr("line %1: stray quote in unquoted field %2").arg(m_line).arg(field);
                literal = true;
            }
            ++r;
        }
        m_spans.append(Span{begin, r, false});
        if (r >= avail)
            return endInput(r);
        if (base[r] == delimiter) {
            ++r;
            continue;
        }
        return endLine(r);
    }
}

/// The record at m_start passed maxRecordSize().
CsvReader::Scan CsvReader::overlong(Scan s, qsizetype firstBreak)
{
    if (firstBreak >= 0) {
        s.kind = Scan::Rewind;
        s.error = tr("line %1: record runs past %2; a closing quote is probably missing")
                      .arg(m_line)
                      .arg(sizeText(m_maxRecordSize));
    } else {
        s.kind = Scan::Overlong;
    }
    return s;
}

/// Reports and skips a line too long to hold, reading on to its end without
/// keeping it.
void CsvReader::skipOverlongLine(TableRecord *out)
{
    const qsizetype available = m_length - m_start;
    qsizetype keep = qMin(kOverlongRawText, available);
    const char *base = m_buffer.constData() + m_start;
    while (keep > 0 && keep < available && (uchar(base[keep]) & 0xC0) == 0x80)
        --keep; // do not cut a UTF-8 character
    out->lineNumber = m_line;
    out->fields.clear();
    out->rawText = decode(base, keep) + QChar(0x2026);
    out->error = tr("line %1: line longer than %2, skipped").arg(m_line).arg(sizeText(m_maxRecordSize));
    addProblem(m_line, out->error);

    // Bytes of the line dropped so far: a line with no end in sight (a binary
    // file, /dev/zero behind a pipe) must not keep the reader going forever.
    qint64 skipped = 0;
    for (;;) {
        const char *from = m_buffer.constData() + m_start;
        const char *lineEnd = nullptr;
        for (const char *p = from; p < m_buffer.constData() + m_length; ++p) {
            if (isLineEnd(*p)) {
                lineEnd = p;
                break;
            }
        }
        if (!lineEnd) {
            skipped += m_length - m_start;
            m_start = m_length; // drop it all, then read on
            if (skipped > maxLineSkip()) {
                m_errorString = tr("line %1 runs past %2 without a line end: this is not a CSV file.")
                                    .arg(m_line)
                                    .arg(sizeText(qsizetype(maxLineSkip())));
                m_atEnd = true;
                return;
            }
            if (!fill())
                break;
            continue;
        }
        m_start += lineEnd - from + 1;
        if (*lineEnd == '\r') {
            if (m_start == m_length)
                fill();
            if (m_start < m_length && m_buffer.at(m_start) == '\n')
                ++m_start;
        }
        break;
    }
    ++m_line;
}
