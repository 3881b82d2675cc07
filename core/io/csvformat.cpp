#include "csvformat.h"

#include <QList>
#include <QStringDecoder>

#include <array>
#include <cstring>
#include <map>
#include <optional>

namespace {

/// Windows-1252 bytes 0x80-0x9F; the rest of the upper half is Latin-1.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

constexpr char kCandidates[] = {',', ';', '\t', '|'};

/// How many lines of the head the delimiter guess looks at: enough to be
/// robust against a few odd rows, few enough to stay instant.
constexpr int kSampleRecords = 100;

/// Field counts per record of `head` for one delimiter, quote-aware. A record
/// ends at a line end outside quotes; blank lines are skipped. The last record
/// is dropped when the head does not end with a line end, as it is likely cut.
QList<int> fieldCounts(QByteArrayView head, char delimiter)
{
    QList<int> counts;
    bool inQuotes = false;
    int fields = 1;
    bool empty = true;
    const qsizetype n = head.size();
    for (qsizetype i = 0; i < n && counts.size() < kSampleRecords; ++i) {
        const char c = head[i];
        if (c == '"') {
            // A doubled quote toggles twice: the state comes out right
            // without telling escapes from delimiters of quoted fields.
            inQuotes = !inQuotes;
            empty = false;
        } else if (inQuotes) {
            continue;
        } else if (c == delimiter) {
            ++fields;
            empty = false;
        } else if (c == '\n' || c == '\r') {
            if (!empty)
                counts.append(fields);
            fields = 1;
            empty = true;
        } else {
            empty = false;
        }
    }
    if (!empty && counts.isEmpty())
        counts.append(fields); // a single line without a line end
    return counts;
}

struct DelimiterScore
{
    double consistency = 0; // share of records with the most common count
    int fields = 0;         // that most common count
};

DelimiterScore score(const QList<int> &counts)
{
    std::map<int, int> frequency;
    for (int c : counts)
        ++frequency[c];
    DelimiterScore best;
    int bestFrequency = 0;
    for (const auto &[fields, times] : frequency) {
        if (fields < 2)
            continue;
        if (times > bestFrequency || (times == bestFrequency && fields > best.fields)) {
            bestFrequency = times;
            best.fields = fields;
        }
    }
    if (!counts.isEmpty())
        best.consistency = double(bestFrequency) / double(counts.size());
    return best;
}

} // namespace

TextEncoding CsvFormat::textEncoding() const
{
    TextEncoding e = TextEncoding::Utf8;
    textEncodingFromName(encoding, &e);
    return e;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    case TextEncoding::Latin1: return QStringLiteral("ISO-8859-1");
    case TextEncoding::Latin9: return QStringLiteral("ISO-8859-15");
    }
    return QStringLiteral("UTF-8");
}

QList<TextEncoding> textEncodings()
{
    return {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252,
            TextEncoding::Latin1, TextEncoding::Latin9};
}

bool textEncodingFromName(const QString &name, TextEncoding *out)
{
    QString key;
    for (QChar c : name.trimmed().toLower())
        if (c.isLetterOrNumber())
            key.append(c);
    static const std::pair<const char *, TextEncoding> aliases[] = {
        {"utf8", TextEncoding::Utf8},          {"utf16le", TextEncoding::Utf16LE},
        {"utf16", TextEncoding::Utf16LE},      {"unicode", TextEncoding::Utf16LE},
        {"ucs2", TextEncoding::Utf16LE},       {"utf16be", TextEncoding::Utf16BE},
        {"unicodebigendian", TextEncoding::Utf16BE},
        {"windows1252", TextEncoding::Windows1252}, {"cp1252", TextEncoding::Windows1252},
        {"ansi", TextEncoding::Windows1252},   {"winlatin1", TextEncoding::Windows1252},
        {"iso88591", TextEncoding::Latin1},    {"latin1", TextEncoding::Latin1},
        {"l1", TextEncoding::Latin1},          {"iso885915", TextEncoding::Latin9},
        {"latin9", TextEncoding::Latin9},      {"l9", TextEncoding::Latin9},
    };
    for (const auto &[alias, encoding] : aliases)
        if (key == QLatin1String(alias)) {
            *out = encoding;
            return true;
        }
    return false;
}

bool isAsciiCompatible(TextEncoding encoding)
{
    return encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE;
}

bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs are the common case: skip them eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        unsigned char low = 0x80, high = 0xBF; // range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // past U+10FFFF
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return allowTruncatedEnd;
            const unsigned char b = p[i + k];
            if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF))
                return false;
        }
        i += length;
    }
    return true;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text = QString::fromLatin1(bytes);
    // Latin-1 is right for everything but 0x80-0x9F, which are rare: fix
    // those in place rather than decode byte by byte.
    for (QChar &ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x80 && u <= 0x9F)
            ch = QChar(kWindows1252High[u - 0x80]);
    }
    return text;
}

QString decodeSingleByte(QByteArrayView bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Latin1)
        return QString::fromLatin1(bytes);
    if (encoding != TextEncoding::Latin9)
        return decodeWindows1252(bytes);
    // ISO-8859-15 is Latin-1 but for eight code points.
    QString text = QString::fromLatin1(bytes);
    for (QChar &ch : text) {
        switch (ch.unicode()) {
        case 0xA4: ch = QChar(0x20AC); break; // €
        case 0xA6: ch = QChar(0x0160); break; // Š
        case 0xA8: ch = QChar(0x0161); break; // š
        case 0xB4: ch = QChar(0x017D); break; // Ž
        case 0xB8: ch = QChar(0x017E); break; // ž
        case 0xBC: ch = QChar(0x0152); break; // Œ
        case 0xBD: ch = QChar(0x0153); break; // œ
        case 0xBE: ch = QChar(0x0178); break; // Ÿ
        default: break;
        }
    }
    return text;
}

namespace {

/// UTF-16 without a byte order mark: ASCII text has a NUL in every other
/// byte. Returns the byte order, or nothing when the bytes do not look so.
std::optional<TextEncoding> utf16ByNuls(QByteArrayView head)
{
    const qsizetype pairs = qMin<qsizetype>(head.size(), 4096) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += head[2 * i] == '\0';
        oddNul += head[2 * i + 1] == '\0';
    }
    // Mostly-ASCII text: most high bytes are NUL, almost no low byte is.
    if (oddNul * 10 >= pairs * 6 && evenNul * 20 <= pairs)
        return TextEncoding::Utf16LE;
    if (evenNul * 10 >= pairs * 6 && oddNul * 20 <= pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

/// Whether bytes that are not UTF-8 read better as ISO-8859-15 than as
/// Windows-1252: no byte in 0x80-0x9F (which ISO-8859-15 leaves to
/// controls), and a euro sign (0xA4) next to a digit or a space, or an
/// "œ"/"Œ" (0xBD/0xBC) between letters ("c\xBDur", "\xBCuvre").
bool looksLatin9(QByteArrayView bytes)
{
    bool hint = false;
    auto isLetter = [](uchar c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0; };
    auto isDigitOrSpace = [](uchar c) { return (c >= '0' && c <= '9') || c == ' ' || c == 0xA0; };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c >= 0x80 && c <= 0x9F)
            return false;
        const uchar before = i > 0 ? uchar(bytes[i - 1]) : 0;
        const uchar after = i + 1 < bytes.size() ? uchar(bytes[i + 1]) : 0;
        if (c == 0xA4 && (isDigitOrSpace(before) || isDigitOrSpace(after)))
            hint = true;
        else if ((c == 0xBD || c == 0xBC) && (isLetter(before) || isLetter(after)))
            hint = true;
    }
    return hint;
}

} // namespace

CsvFormat detectCsvFormat(const QByteArray &head)
{
    CsvFormat format;
    QByteArrayView body(head);
    QByteArray transcoded; // UTF-16 heads are scanned as UTF-8
    std::optional<TextEncoding> utf16;
    if (head.startsWith("\xEF\xBB\xBF")) {
        format.hasBom = true;
        body = body.sliced(3);
    } else if (head.startsWith("\xFF\xFE")) {
        format.hasBom = true;
        utf16 = TextEncoding::Utf16LE;
    } else if (head.startsWith("\xFE\xFF")) {
        format.hasBom = true;
        utf16 = TextEncoding::Utf16BE;
    } else if ((utf16 = utf16ByNuls(body))) {
    } else if (!isValidUtf8(body, true)) {
        format.encoding = encodingName(looksLatin9(body) ? TextEncoding::Latin9 : TextEncoding::Windows1252);
    }
    if (utf16) {
        format.encoding = encodingName(*utf16);
        QStringDecoder decoder(*utf16 == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        transcoded = QString(decoder.decode(body.first(body.size() & ~qsizetype(1)))).toUtf8();
        body = transcoded;
    }

    DelimiterScore best;
    for (char candidate : kCandidates) {
        const DelimiterScore s = score(fieldCounts(body, candidate));
        if (s.fields < 2)
            continue;
        // Consistency decides; a file whose rows all split the same way on
        // two delimiters (decimal commas in a semicolon file) is split on the
        // one giving more fields.
        if (s.consistency > best.consistency
            || (s.consistency == best.consistency && s.fields > best.fields)) {
            best = s;
            format.delimiter = QLatin1Char(candidate);
        }
    }
    return format;
}
