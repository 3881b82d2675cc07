#include "vcardreader.h"

#include "csvformat.h"
#include "inputfile.h"
#include "vcardcard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>


namespace {

/// Bytes asked of the device at a time.
constexpr qsizetype kChunkSize = 64 * 1024;
/// What encoding detection and looksLikeVcard() look at.
constexpr qsizetype kHeadSize = 64 * 1024;
/// Characters of a card kept in rawText.
constexpr qsizetype kMaxRawText = 64 * 1024;
/// Bytes of the first line of a skipped binary property kept in rawText.
constexpr qsizetype kSkippedLineText = 80;

bool equalsIgnoreCase(QByteArrayView bytes, QByteArrayView ascii)
{
    return bytes.size() == ascii.size() && qstrnicmp(bytes.data(), ascii.data(), size_t(ascii.size())) == 0;
}

bool isBegin(const QByteArray &line)
{
    return equalsIgnoreCase(line.trimmed(), "BEGIN:VCARD");
}

bool isEnd(const QByteArray &line)
{
    return equalsIgnoreCase(line.trimmed(), "END:VCARD");
}

/// "4 MiB", "64 KiB", "100 bytes" for messages about the card size cap.
QString sizeText(qsizetype bytes)
{
    if (bytes >= 1024 * 1024)
        return QCoreApplication::translate("Vcard", "%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'g', 3);
    if (bytes >= 1024)
        return QCoreApplication::translate("Vcard", "%1 KiB").arg(double(bytes) / 1024.0, 0, 'g', 3);
    return QCoreApplication::translate("Vcard", "%n byte(s)", nullptr, int(bytes));
}

enum class HeadEncoding { Utf8, Utf16LE, Utf16BE };

/// The encoding of a head by its byte order mark or, without one, by the NUL
/// bytes of UTF-16 text that is mostly ASCII ("B\0E\0G\0…").
HeadEncoding headEncoding(QByteArrayView head)
{
    if (head.size() >= 2) {
        const uchar a = uchar(head[0]), b = uchar(head[1]);
        if (a == 0xFF && b == 0xFE)
            return HeadEncoding::Utf16LE;
        if (a == 0xFE && b == 0xFF)
            return HeadEncoding::Utf16BE;
        if (a != 0 && b == 0)
            return HeadEncoding::Utf16LE;
        if (a == 0 && b != 0)
            return HeadEncoding::Utf16BE;
    }
    return HeadEncoding::Utf8;
}

/// Whether UTF-8 text starts, after a byte order mark and blank lines, with
/// BEGIN:VCARD.
bool startsWithBegin(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    qsizetype i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        ++i;
    const QByteArrayView begin("BEGIN:VCARD");
    return text.size() - i >= begin.size() && equalsIgnoreCase(text.sliced(i, begin.size()), begin);
}

/// The property name of a line's first physical line ("ITEM1.PHOTO;…" gives
/// "PHOTO"), upper-cased, and whether its parameters say QUOTED-PRINTABLE or
/// base64: all the reader needs to know before unfolding.
struct LineHead
{
    QByteArray name;
    bool quotedPrintable = false;
    bool base64 = false;
};

LineHead lineHead(const QByteArray &line)
{
    LineHead head;
    qsizetype colon = line.indexOf(':');
    if (colon < 0)
        colon = line.size();
    qsizetype nameEnd = line.indexOf(';');
    if (nameEnd < 0 || nameEnd > colon)
        nameEnd = colon;
    QByteArray name = line.left(nameEnd).trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    head.name = name;
    const QByteArray params = line.mid(nameEnd, colon - nameEnd).toUpper();
    head.quotedPrintable = params.contains("QUOTED-PRINTABLE");
    head.base64 = params.contains("ENCODING=B") || params.contains(";BASE64") || params.contains("VALUE=BINARY");
    return head;
}

} // namespace

VcardReader::VcardReader(QIODevice *device)
    : m_device(device)
{
    start(QString());
}

VcardReader::VcardReader(const QString &filePath)
    : m_file(std::make_unique<QFile>(filePath))
{
    // Before opening: opening a pipe blocks until something writes to it.
    if (VoidResult regular = InputFile::check(filePath); !regular && QFileInfo::exists(filePath)) {
        m_errorString = regular.problems().first().message;
        return;
    }
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_errorString = tr("cannot open %1: %2").arg(QDir::toNativeSeparators(filePath), m_file->errorString());
        return;
    }
    if (m_file->isSequential()) {
        m_errorString = tr("%1 is not a regular file: choose a vCard file.").arg(QDir::toNativeSeparators(filePath));
        m_file->close();
        return;
    }
    m_device = m_file.get();
    start(QDir::toNativeSeparators(filePath));
}

VcardReader::~VcardReader() = default;

QStringList VcardReader::headers()
{
    return {QStringLiteral("name_prefix"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
            QStringLiteral("last_name"), QStringLiteral("name_suffix"), QStringLiteral("full_name"),
            QStringLiteral("company"), QStringLiteral("department"), QStringLiteral("job_title"),
            QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("mobile"),
            QStringLiteral("website"), QStringLiteral("street"), QStringLiteral("street_2"),
            QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("region"),
            QStringLiteral("country"), QStringLiteral("description"), QStringLiteral("extras")};
}

bool VcardReader::looksLikeVcard(QByteArrayView head)
{
    switch (headEncoding(head)) {
    case HeadEncoding::Utf8:
        return startsWithBegin(head);
    case HeadEncoding::Utf16LE:
    case HeadEncoding::Utf16BE: {
        QStringDecoder decoder(headEncoding(head) == HeadEncoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                            : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(head.first(qMin<qsizetype>(head.size() & ~qsizetype(1), 512)));
        return startsWithBegin(text.toUtf8());
    }
    }
    return false;
}

qsizetype VcardReader::maxRawText()
{
    return kMaxRawText;
}

void VcardReader::setMaxCardSize(qsizetype bytes)
{
    m_maxCardSize = qMax<qsizetype>(bytes, 256);
}

void VcardReader::start(const QString &name)
{
    if (!m_device || !m_device->isReadable()) {
        m_device = nullptr;
        if (m_errorString.isEmpty())
            m_errorString = tr("the vCard input is not open for reading");
        return;
    }
    // The head, raw: its first bytes tell the encoding.
    QByteArray head;
    while (head.size() < 4 && !m_device->atEnd()) {
        const QByteArray more = m_device->read(kHeadSize);
        if (more.isEmpty()) {
            if (m_device->isSequential() && m_device->waitForReadyRead(-1))
                continue;
            break;
        }
        head += more;
    }
    m_deviceRead = head.size();
    const HeadEncoding encoding = headEncoding(head);
    if (encoding != HeadEncoding::Utf8) {
        m_utf16 = true;
        m_encoding = encoding == HeadEncoding::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        m_utf16Decoder = QStringDecoder(encoding == HeadEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_buffer = QString(m_utf16Decoder.decode(head)).toUtf8();
    } else {
        m_buffer = head;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    m_produced = m_buffer.size();
    // Enough text to see the first line and judge the encoding.
    while (m_buffer.size() - m_pos < kHeadSize && fill()) {
    }
    const QByteArrayView text = QByteArrayView(m_buffer).sliced(m_pos, qMin(kHeadSize, m_buffer.size() - m_pos));
    if (!startsWithBegin(text)) {
        m_device = nullptr;
        const bool empty = text.trimmed().isEmpty();
        if (name.isEmpty())
            m_errorString = empty ? tr("the vCard input is empty")
                                  : tr("the input is not a vCard file: it does not start with BEGIN:VCARD");
        else
            m_errorString = empty ? tr("%1 is empty: it holds no vCard.").arg(name)
                                  : tr("%1 is not a vCard file: it does not start with BEGIN:VCARD.").arg(name);
        return;
    }
    if (!m_utf16 && !isValidUtf8(text, true))
        m_encoding = QStringLiteral("Windows-1252");
}

bool VcardReader::isOpen() const
{
    return m_device != nullptr;
}

QString VcardReader::errorString() const
{
    return m_errorString;
}

qint64 VcardReader::totalBytes() const
{
    if (!m_device || m_device->isSequential())
        return -1;
    return m_device->size();
}

qint64 VcardReader::bytesRead() const
{
    const qint64 consumed = m_dropped + m_pos;
    if (!m_utf16 || m_produced == 0)
        return qMin(consumed, m_deviceRead);
    if (consumed >= m_produced)
        return m_deviceRead;
    return qint64(double(consumed) / double(m_produced) * double(m_deviceRead));
}

/// Reads one more chunk, first dropping the consumed bytes from the front so
/// the buffer holds only the current line and a chunk.
bool VcardReader::fill()
{
    if (m_atEnd || !m_device)
        return false;
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_dropped += m_pos;
        m_pos = 0;
    }
    for (;;) {
        const QByteArray chunk = m_device->read(kChunkSize);
        if (!chunk.isEmpty()) {
            m_deviceRead += chunk.size();
            const qsizetype before = m_buffer.size();
            if (m_utf16)
                m_buffer += QString(m_utf16Decoder.decode(chunk)).toUtf8();
            else
                m_buffer += chunk;
            m_produced += m_buffer.size() - before;
            return true;
        }
        if (m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(-1))
            continue;
        if (!m_device->isSequential() && !m_device->atEnd())
            m_errorString = tr("cannot read the vCard input: %1").arg(m_device->errorString());
        m_atEnd = true;
        return false;
    }
}

/// The next physical line. A line longer than maxCardSize() keeps its first
/// maxCardSize() bytes and is marked truncated; the rest is dropped as it is
/// read, so memory stays bounded whatever the line.
bool VcardReader::nextLine(Line *out)
{
    out->bytes.clear();
    out->ending.clear();
    out->truncated = false;
    auto take = [&](qsizetype length) {
        const qsizetype room = m_maxCardSize - out->bytes.size();
        out->bytes.append(m_buffer.constData() + m_pos, qMin(length, room));
        if (length > room)
            out->truncated = true;
    };
    qsizetype scanned = 0; // bytes after m_pos known to hold no line end
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos + scanned;
        while (i < size && data[i] != '\n' && data[i] != '\r')
            ++i;
        if (i < size) {
            if (data[i] == '\r' && i + 1 == size && !m_atEnd) {
                // A CR ending the buffer: its LF may start the next chunk.
                scanned = i - m_pos;
                fill();
                continue;
            }
            take(i - m_pos);
            const qsizetype endingSize = (data[i] == '\r' && i + 1 < size && data[i + 1] == '\n') ? 2 : 1;
            out->ending = QByteArray(data + i, endingSize);
            m_pos = i + endingSize;
            out->number = ++m_line;
            return true;
        }
        scanned = size - m_pos;
        if (m_atEnd) {
            if (scanned == 0 && out->bytes.isEmpty() && !out->truncated)
                return false;
            take(scanned);
            m_pos = size;
            out->number = ++m_line;
            return true;
        }
        if (scanned > m_maxCardSize) {
            // Keep the head of the overlong line, drop the rest as it comes.
            take(scanned);
            m_pos = size;
            scanned = 0;
        }
        fill(); // may move the buffer: `scanned` is relative to m_pos
    }
}

/// A line of the file as text, for rawText: UTF-8 where it is valid (all of
/// a UTF-16 file, which the reader turned into UTF-8), else Windows-1252.
QString VcardReader::decodeLine(QByteArrayView bytes) const
{
    if (m_utf16 || isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return decodeWindows1252(bytes);
}

bool VcardReader::readRecord(TableRecord *out)
{
    if (!m_device)
        return false;
    out->fields.clear();
    out->rawText.clear();
    out->error.clear();
    if (!m_headerDone) {
        m_headerDone = true;
        out->fields = headers();
        out->lineNumber = 1;
        return true;
    }
    Line begin;
    if (m_havePending) {
        begin = m_pending;
        m_havePending = false;
    } else {
        for (;;) {
            if (!nextLine(&begin))
                return false;
            if (isBegin(begin.bytes))
                break;
            // Text between cards (blank lines, a stray END:VCARD) is skipped.
        }
    }
    return readCard(begin, out);
}

bool VcardReader::readCard(const Line &begin, TableRecord *out)
{
    out->lineNumber = begin.number;
    QString raw = decodeLine(begin.bytes);
    bool rawFull = false;
    QByteArray lastEnding = begin.ending;
    auto appendRaw = [&](const QByteArray &bytes) {
        if (rawFull)
            return;
        raw += decodeLine(lastEnding);
        raw += decodeLine(bytes);
        if (raw.size() > kMaxRawText) {
            raw.truncate(kMaxRawText);
            raw += QChar(0x2026);
            rawFull = true;
        }
    };

    VcardCard card;
    QByteArray current;      // the property being unfolded
    qint64 currentLine = 0;
    bool haveCurrent = false;
    bool currentQp = false;
    bool currentSkipped = false;
    qsizetype stored = 0;
    bool tooBig = false;
    bool ended = false;
    auto flush = [&] {
        if (haveCurrent && !currentSkipped && !tooBig)
            card.addLine(current, currentLine);
        current.clear();
        haveCurrent = false;
    };
    auto store = [&](const QByteArray &bytes, bool truncated) {
        stored += bytes.size();
        if (truncated || stored > m_maxCardSize) {
            tooBig = true;
            card.clear();
            current.clear();
        }
    };

    Line line;
    qint64 lastLine = begin.number;
    while (nextLine(&line)) {
        lastLine = line.number;
        if (isEnd(line.bytes)) {
            flush();
            appendRaw(line.bytes);
            ended = true;
            break;
        }
        if (isBegin(line.bytes)) {
            // The card had no END:VCARD: this line starts the next one.
            flush();
            m_pending = line;
            m_havePending = true;
            lastLine = line.number - 1;
            break;
        }
        const bool softBreak = haveCurrent && currentQp && current.endsWith('=');
        const bool folded = haveCurrent && !line.bytes.isEmpty() && (line.bytes[0] == ' ' || line.bytes[0] == '\t');
        if (softBreak || folded) {
            if (!currentSkipped) {
                appendRaw(line.bytes);
                if (!tooBig) {
                    if (softBreak)
                        current.chop(1);
                    current += softBreak ? line.bytes : line.bytes.mid(1);
                }
                store(line.bytes, line.truncated);
            }
            lastEnding = line.ending;
            continue;
        }
        flush();
        if (line.bytes.trimmed().isEmpty()) {
            appendRaw(line.bytes);
            lastEnding = line.ending;
            continue;
        }
        const LineHead head = lineHead(line.bytes);
        haveCurrent = true;
        currentLine = line.number;
        currentQp = head.quotedPrintable;
        currentSkipped = VcardCard::isBinary(head.name) || head.base64;
        if (currentSkipped) {
            appendRaw(line.bytes.left(kSkippedLineText)
                      + (line.bytes.size() > kSkippedLineText ? QByteArray("\xE2\x80\xA6") : QByteArray()));
        } else {
            appendRaw(line.bytes);
            if (!tooBig)
                current = line.bytes;
            store(line.bytes, line.truncated);
        }
        lastEnding = line.ending;
    }
    if (!ended)
        flush();

    out->rawText = raw;
    if (tooBig) {
        out->fields = QStringList(ColumnCount, QString());
        out->error = tr("line %1: the card is larger than %2 and was not read").arg(begin.number).arg(sizeText(m_maxCardSize));
        return true;
    }
    card.setInput(m_utf16);
    out->fields = card.cells();
    if (!ended)
        out->error = tr("line %1: the card has no END:VCARD (it runs to line %2)").arg(begin.number).arg(lastLine);
    return true;
}
