#include "normalize.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <set>
#include <string>

namespace {

bool isPlainAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

QString collapseSpaces(const QString &s)
{
    return s.simplified();
}

/// ICU transliterators are not thread-safe for concurrent use: one per thread.
icu::Transliterator *folder()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            tr.reset();
        return tr;
    }();
    return t.get();
}

// --- Text: folding until the fold is stable ----------------------------------
//
// One pass of "Any-Latin; Latin-ASCII; Lower" is not always final: Lower runs
// after Latin-ASCII, so a capital that only its lower case has an ASCII form
// for comes out as that lower case ("Ƕ" gives "ƕ", whose fold is "hv"; "µ"
// gives "μ", whose fold is "m"), and a combining mark after a character the
// pass replaced ("¼" and U+0301 give "1/4" and the mark) goes on the next
// pass. A search compares folds of folds (a typed query against stored keys),
// so the fold is repeated until nothing changes: fold(fold(x)) == fold(x).
// An ASCII result is always final (ASCII folds to itself lower-cased), so
// names and Latin-1 text pay no second pass.

constexpr int MaxFoldPasses = 8;

/// One pass of the transliterator, then case folding, on `value` as is (no
/// white space collapsed: the per-character table folds single characters).
QString transliterateOnce(const QString &value)
{
    icu::Transliterator *t = folder();
    if (!t)
        return value.toCaseFolded();
    icu::UnicodeString u(reinterpret_cast<const UChar *>(value.utf16()), int32_t(value.size()));
    t->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length()).toCaseFolded();
}

/// The stable fold of a single character, for the per-character table.
QString foldCharacters(QString s)
{
    for (int pass = 0; pass < MaxFoldPasses; ++pass) {
        QString next = transliterateOnce(s);
        if (next == s)
            break;
        s = std::move(next);
        if (isPlainAscii(s))
            break;
    }
    return s;
}

/// The stable fold of `value`, spaces collapsed: passes until one changes
/// nothing (or gives ASCII, which the next pass would leave alone).
QString foldWithTransliterator(const QString &value)
{
    QString s = collapseSpaces(transliterateOnce(value));
    for (int pass = 1; pass < MaxFoldPasses && !isPlainAscii(s); ++pass) {
        QString next = collapseSpaces(transliterateOnce(s));
        if (next == s)
            break;
        s = std::move(next);
    }
    return s;
}

// --- Text: a per-character table for Latin letters --------------------------
//
// Names are mostly Latin with a few accents. The transliterator costs some
// microseconds a call; for Latin-1 and Latin Extended-A/B it maps each
// character on its own (its only context rules choose "AE" or "Ae", which
// case folding makes equal), so the folds of those characters are read from a
// table that the transliterator itself fills once. Anything else (other
// scripts, combining marks) takes the transliterator, as before.

constexpr char16_t LatinFirst = 0x80;
constexpr char16_t LatinLast = 0x24F;

const std::array<QString, LatinLast - LatinFirst + 1> &latinFolds()
{
    static const auto table = [] {
        std::array<QString, LatinLast - LatinFirst + 1> t;
        icu::Transliterator *tr = folder();
        for (char16_t c = LatinFirst; c <= LatinLast; ++c) {
            const QChar ch(c);
            if (!tr) {
                t[c - LatinFirst] = QString(ch).toCaseFolded();
                continue;
            }
            t[c - LatinFirst] = foldCharacters(QString(ch));
        }
        return t;
    }();
    return table;
}

bool isLatin(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() > LatinLast)
            return false;
    return true;
}


// --- Phones: libphonenumber, and a cache of number shapes ---------------------
//
// libphonenumber parses with ICU regular expressions: 15-40 µs a number, which
// is most of an import's time. What it returns for a number typed with digits
// and separators only (" .-()/", a leading '+') depends on the region, the
// '+', the length and the leading digits (country code, trunk prefix, area
// code), never on the last digits of the subscriber number. So the first
// numbers of each shape (region, '+', digit count, first five digits) are
// parsed, the rewrite libphonenumber made (drop the first k digits, put a
// prefix such as "+33" in front) is remembered, and later numbers of the same
// shape are rewritten alike. Every 32nd number of a shape is still parsed and
// compared: a shape whose result ever differs is parsed every time from then
// on. Other input (letters, extensions, non-ASCII digits) is always parsed.
//
// That holds where the trunk prefix is a plain digit ("0", "1" in North
// America) and the numbering plan is told apart by a few leading digits. It
// does not where the prefix carries a carrier code further in (Korea, China,
// Brazil, Argentina, Mexico, Australia…): there a later digit changes what is
// stripped. So the cache serves only the regions and destination countries
// listed below; every other number is parsed.

struct PhoneResult
{
    bool possible = false;
    QString e164;
};

PhoneResult parseSlow(const QString &trimmed, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    PhoneResult r;
    if (util->Parse(trimmed.toStdString(), region.toStdString(), &number) == PhoneNumberUtil::NO_PARSING_ERROR
        && util->IsPossibleNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        r.possible = true;
        r.e164 = QString::fromStdString(e164);
    }
    return r;
}

struct Shape
{
    int uses = 0;
    bool known = false;
    bool disabled = false;
    bool possible = false;
    int strip = 0;  ///< leading digits dropped
    QString prefix; ///< put in front of the rest
};

/// Regions (for national numbers and their IDD) and calling codes (for the
/// country dialled) whose parsing depends on the leading digits only.
bool isSimpleRegion(const QString &region)
{
    static const QStringList regions{
        QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("ES"), QStringLiteral("IT"),
        QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("BE"), QStringLiteral("CH"), QStringLiteral("AT"),
        QStringLiteral("PT"), QStringLiteral("SE"), QStringLiteral("NO"), QStringLiteral("DK"), QStringLiteral("FI"),
        QStringLiteral("IE"), QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("CZ"), QStringLiteral("GR")};
    return regions.contains(region);
}

bool isSimpleCallingCode(QStringView e164Prefix)
{
    static const QStringList codes{
        QStringLiteral("+33"), QStringLiteral("+49"), QStringLiteral("+44"), QStringLiteral("+34"), QStringLiteral("+39"),
        QStringLiteral("+31"), QStringLiteral("+48"), QStringLiteral("+32"), QStringLiteral("+41"), QStringLiteral("+43"),
        QStringLiteral("+351"), QStringLiteral("+46"), QStringLiteral("+47"), QStringLiteral("+45"), QStringLiteral("+358"),
        QStringLiteral("+353"), QStringLiteral("+1"), QStringLiteral("+420"), QStringLiteral("+30")};
    return codes.contains(e164Prefix);
}

constexpr int ShapeDigits = 3;
constexpr int VerifyFirst = 3;
constexpr int VerifyEvery = 32;
constexpr int MaxShapes = 200000;

/// The ASCII digits of `s` when it holds only digits, separators and one
/// leading '+'; empty otherwise (not for the cache).
QString shapeDigits(const QString &s, bool *plus)
{
    QString d;
    d.reserve(s.size());
    *plus = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            d.append(QChar(c));
        else if (c == u'+' && i == 0)
            *plus = true;
        else if (c != u' ' && c != u'.' && c != u'-' && c != u'(' && c != u')' && c != u'/')
            return {};
    }
    if (d.size() < 3 || d.size() > 17)
        return {};
    return d;
}

/// Learns the rewrite from `d` to `e164`: E164 == prefix + d.mid(strip), with
/// strip inside the shape's digits so that every number of the shape
/// rewrites alike. False when there is none.
bool learn(Shape &shape, const QString &d, const PhoneResult &r, int shapeDigits)
{
    shape.possible = r.possible;
    if (!r.possible)
        return true;
    // The first rewrite whose prefix is a calling code: "+33 1 23…" keeps
    // "123…" after "+33", "01 23…" drops its trunk 0 for "+33".
    for (int k = 0; k <= shapeDigits && k <= d.size(); ++k) {
        const QStringView rest = QStringView(d).mid(k);
        if (r.e164.endsWith(rest) && isSimpleCallingCode(QStringView(r.e164).left(r.e164.size() - rest.size()))) {
            shape.strip = k;
            shape.prefix = r.e164.left(r.e164.size() - rest.size());
            return true;
        }
    }
    return false;
}

PhoneResult apply(const Shape &shape, const QString &d)
{
    if (!shape.possible)
        return {};
    return {true, shape.prefix + d.mid(shape.strip)};
}

bool sameResult(const PhoneResult &a, const PhoneResult &b)
{
    return a.possible == b.possible && (!a.possible || a.e164 == b.e164);
}

PhoneResult parseShaped(const QString &trimmed, const QString &region);

/// A lead's phones are parsed more than once on their way in (validation,
/// then the stored key and the search terms): the last few results are kept.
PhoneResult parsePhone(const QString &trimmed, const QString &region)
{
    struct Recent
    {
        QString value, region;
        PhoneResult result;
    };
    constexpr int Kept = 8;
    thread_local std::array<Recent, Kept> recent;
    thread_local int next = 0;
    for (const Recent &r : recent)
        if (r.value == trimmed && r.region == region && !r.value.isNull())
            return r.result;
    Recent &slot = recent[size_t(next)];
    next = (next + 1) % Kept;
    slot = Recent{trimmed, region, parseShaped(trimmed, region)};
    return slot.result;
}

PhoneResult parseShaped(const QString &trimmed, const QString &region)
{
    bool plus = false;
    const QString d = shapeDigits(trimmed, &plus);
    if (d.isEmpty() || !isSimpleRegion(region))
        return parseSlow(trimmed, region);

    thread_local QHash<QString, Shape> shapes;
    if (shapes.size() > MaxShapes)
        shapes.clear();
    // The digits that decide the rewrite: a trunk prefix or a calling code
    // (3 digits at most), or after an international prefix (00, 011) its code.
    const int shapeDigits = plus ? ShapeDigits
                                 : d.startsWith(QLatin1String("011")) ? ShapeDigits + 3
                                 : d.startsWith(QLatin1String("00"))  ? ShapeDigits + 2
                                                                      : ShapeDigits;
    const QString key = region + (plus ? QLatin1Char('+') : QLatin1Char(' ')) + QChar(char16_t(u'A' + d.size())) + d.left(shapeDigits);
    Shape &shape = shapes[key];
    const int use = shape.uses++;
    if (shape.known && !shape.disabled && use >= VerifyFirst && use % VerifyEvery != 0)
        return apply(shape, d);

    const PhoneResult slow = parseSlow(trimmed, region);
    if (shape.disabled)
        return slow;
    if (!shape.known) {
        shape.known = true;
        shape.disabled = !learn(shape, d, slow, shapeDigits);
    } else if (!sameResult(apply(shape, d), slow)) {
        shape.disabled = true;
    }
    return slow;
}

QString regionOrDefault(const QString &region)
{
    return region.isEmpty() ? Normalize::defaultRegion() : region.toUpper();
}

} // namespace

namespace Normalize {

QString text(const QString &value)
{
    // Fast path: plain ASCII needs no transliteration, only lower-casing.
    if (isPlainAscii(value))
        return collapseSpaces(value).toLower();
    if (isLatin(value)) {
        const auto &folds = latinFolds();
        QString out;
        out.reserve(value.size() + 4);
        for (QChar c : value) {
            const char16_t u = c.unicode();
            if (u < LatinFirst)
                out.append(u >= u'A' && u <= u'Z' ? QChar(u + 32) : c);
            else
                out.append(folds[u - LatinFirst]);
        }
        return collapseSpaces(out);
    }
    return foldWithTransliterator(value);
}

QString email(const QString &value)
{
    return value.trimmed().toLower();
}

QString digits(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value)
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
    return out;
}

QString phone(const QString &value, const QString &region)
{
    const QString trimmed = value.trimmed();
    const QString d = digits(trimmed);
    if (d.isEmpty())
        return {};
    const PhoneResult r = parsePhone(trimmed, regionOrDefault(region));
    if (r.possible)
        return r.e164;
    return trimmed.startsWith(QLatin1Char('+')) ? QLatin1Char('+') + d : d;
}

QString nationalDigits(const QString &e164)
{
    // Country calling codes are prefix-free: at most one of the first one,
    // two or three digits is a code.
    static const QSet<int> codes = [] {
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        std::set<std::string> regions;
        util->GetSupportedRegions(&regions);
        QSet<int> out;
        for (const std::string &region : regions)
            out.insert(util->GetCountryCodeForRegion(region));
        return out;
    }();
    if (!e164.startsWith(QLatin1Char('+')))
        return {};
    for (int len = 1; len <= 3 && len < e164.size() - 1; ++len)
        if (codes.contains(e164.mid(1, len).toInt()))
            return e164.mid(1 + len);
    return {};
}

bool isValidPhone(const QString &value, const QString &region)
{
    return parsePhone(value.trimmed(), regionOrDefault(region)).possible;
}

QString defaultRegion()
{
    static const QString region = [] {
        const QString code = QLocale::territoryToCode(QLocale().territory());
        return (code.size() == 2 && code != QLatin1String("ZZ")) ? code : QStringLiteral("US");
    }();
    return region;
}

namespace Reference {

QString text(const QString &value)
{
    return isPlainAscii(value) ? collapseSpaces(value).toLower() : foldWithTransliterator(value);
}

QString phone(const QString &value, const QString &region)
{
    const QString trimmed = value.trimmed();
    const QString d = digits(trimmed);
    if (d.isEmpty())
        return {};
    const PhoneResult r = parseSlow(trimmed, regionOrDefault(region));
    if (r.possible)
        return r.e164;
    return trimmed.startsWith(QLatin1Char('+')) ? QLatin1Char('+') + d : d;
}

bool isValidPhone(const QString &value, const QString &region)
{
    return parseSlow(value.trimmed(), regionOrDefault(region)).possible;
}

} // namespace Reference

} // namespace Normalize
