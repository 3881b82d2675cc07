#include "csvformat.h"

#include <QList>

#include <array>
#include <cstring>
#include <map>

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

bool CsvFormat::isWindows1252() const
{
    return encoding.compare(QLatin1String("Windows-1252"), Qt::CaseInsensitive) == 0
        || encoding.compare(QLatin1String("cp1252"), Qt::CaseInsensitive) == 0;
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

CsvFormat detectCsvFormat(const QByteArray &head)
{
    CsvFormat format;
    QByteArrayView body(head);
    if (head.startsWith("\xEF\xBB\xBF")) {
        format.hasBom = true;
        body = body.sliced(3);
    } else if (!isValidUtf8(body, true)) {
        format.encoding = QStringLiteral("Windows-1252");
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
