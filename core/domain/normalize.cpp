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

constexpr char16_t LatinFirst = 0x80;
constexpr char16_t LatinLast = 0x24F;

/// The stable fold of a single character, for the per-character table.
/// `viaOtherScript` tells whether a pass went through a character beyond
/// the Latin blocks ("µ" folds to the Greek "μ", then to "m").
QString foldCharacters(QString s, bool *viaOtherScript)
{
    *viaOtherScript = false;
    for (int pass = 0; pass < MaxFoldPasses; ++pass) {
        QString next = transliterateOnce(s);
        if (next == s)
            break;
        s = std::move(next);
        for (QChar c : std::as_const(s))
            *viaOtherScript = *viaOtherScript || c.unicode() > LatinLast;
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
// scripts, combining marks) takes the transliterator, as before, and so does
// a text holding a Latin character whose fold passes through another script:
// "µ" becomes the Greek "μ" on the first pass, and on the second the Greek
// rules read the punctuation around it ("; µ" folds to "? m"), so it is not
// one character on its own (found by fuzz_fold).

struct LatinTable
{
    std::array<QString, LatinLast - LatinFirst + 1> folds;
    std::array<bool, LatinLast - LatinFirst + 1> alone{}; ///< folds the same whatever surrounds it
};

const LatinTable &latinTable()
{
    static const auto table = [] {
        LatinTable t;
        icu::Transliterator *tr = folder();
        for (char16_t c = LatinFirst; c <= LatinLast; ++c) {
            const QChar ch(c);
            if (!tr) {
                t.folds[c - LatinFirst] = QString(ch).toCaseFolded();
                t.alone[c - LatinFirst] = true;
                continue;
            }
            bool viaOtherScript = false;
            t.folds[c - LatinFirst] = foldCharacters(QString(ch), &viaOtherScript);
            t.alone[c - LatinFirst] = !viaOtherScript;
        }
        return t;
    }();
    return table;
}

/// Whether the table folds `s` (every character Latin, each folding alone).
bool isLatin(const QString &s)
{
    const LatinTable &table = latinTable();
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u > LatinLast || (u >= LatinFirst && !table.alone[u - LatinFirst]))
            return false;
    }
    return true;
}


// --- Phones: libphonenumber, and a cache of number shapes ---------------------
//
// libphonenumber parses with ICU regular expressions: 15-40 µs a number, which
// is most of an import's time. For a number typed with digits and separators
// only (" .-()/", a leading '+') its answer is a rewrite: drop the first k
// digits (an international prefix and calling code, or a trunk prefix), put
// "+CC" in front; or "not possible". The cache keys a number's shape on every
// digit that chooses that rewrite, and learns each shape's rewrite once:
//
// - the key is the region, the form ('+', an international prefix, or
//   national), the digit count, and the digits up to and including the
//   calling code (after any international prefix) or the region's trunk
//   prefix, plus the next KeyNationalDigits digits;
// - the rewrite of a shape is learned from probe numbers built from the key
//   (its digits followed by fixed tails: each digit repeated, ascending,
//   descending), never from the number that happened to come first, so a
//   shape's answer does not depend on what was parsed before. A shape whose
//   probes disagree among themselves, or with the number that brought it, is
//   parsed every time. Every 32nd number of a shape is still parsed and
//   compared, and a mismatch turns the shape off;
// - some numbers have no shape, because libphonenumber decides them on how
//   the whole number fits the numbering plan, not on leading digits: a
//   national prefix right after the calling code ("+358 09 …", "+44 (0)20 …",
//   "0033 0 1 …": stripped when what remains still fits the plan), and a
//   national number that starts with the region's own calling code ("4930…"
//   in Germany: taken for "+49 30…" when that fits better). These are always
//   parsed.
//
// The cache serves only the regions (national numbers) and calling codes
// (destinations) listed below, whose trunk prefix is a plain digit and whose
// plan is told apart by leading digits. Where the prefix carries a carrier
// code further in (Korea, China, Brazil, Argentina, Mexico, Australia…) a
// later digit changes what is stripped, so every other number is parsed, as
// is other input (letters, extensions, non-ASCII digits).

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

/// What a shape does to every number of it.
struct Rewrite
{
    bool possible = false;
    int strip = 0;  ///< leading digits dropped
    QString prefix; ///< put in front of the rest ("+33")

    bool operator==(const Rewrite &) const = default;
};

struct Shape
{
    int uses = 0;
    bool disabled = false;
    Rewrite rewrite;
};

/// Regions whose national numbers the cache serves: their calling code and
/// national (trunk) prefix, read from libphonenumber.
struct ServedRegion
{
    QString code;  ///< "33"
    QString trunk; ///< "0", "1" (North America) or "" (Spain, Italy…)
    QString idd;   ///< the international prefix dialled there
};

const QHash<QString, ServedRegion> &servedRegions()
{
    static const QHash<QString, ServedRegion> regions = [] {
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        QHash<QString, ServedRegion> out;
        for (const char *r : {"FR", "DE", "GB", "ES", "IT", "NL", "PL", "BE", "CH", "AT", "PT", "SE", "NO", "DK", "FI",
                              "IE", "US", "CA", "CZ", "GR"}) {
            std::string trunk;
            util->GetNddPrefixForRegion(r, true, &trunk);
            const int code = util->GetCountryCodeForRegion(r);
            // North America dials 011 abroad, the others listed 00.
            out.insert(QString::fromLatin1(r), {QString::number(code), QString::fromStdString(trunk),
                                                code == 1 ? QStringLiteral("011") : QStringLiteral("00")});
        }
        return out;
    }();
    return regions;
}

/// Calling codes whose numbers the cache serves, with the national prefix of
/// the region that libphonenumber reads their numbers with (the main one).
const QHash<QString, QString> &servedCodes()
{
    static const QHash<QString, QString> codes = [] {
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        QHash<QString, QString> out;
        for (int code : {33, 49, 44, 34, 39, 31, 48, 32, 41, 43, 351, 46, 47, 45, 358, 353, 1, 420, 30}) {
            std::string region, trunk;
            util->GetRegionCodeForCountryCode(code, &region);
            util->GetNddPrefixForRegion(region, true, &trunk);
            out.insert(QString::number(code), QString::fromStdString(trunk));
        }
        return out;
    }();
    return codes;
}

/// The length of the served calling code that starts `d` at `offset`; 0 when
/// none does. Calling codes are prefix-free, so at most one of the first
/// one, two or three digits is a code, and it is the one libphonenumber reads.
int servedCodeAt(const QString &d, int offset)
{
    for (int len = 1; len <= 3 && offset + len <= d.size(); ++len)
        if (servedCodes().contains(d.mid(offset, len)))
            return len;
    return 0;
}

constexpr int KeyNationalDigits = 3;
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

/// Where a number's shape ends, and the prefix its rewrite must give.
struct ShapeKey
{
    QString key;
    int keyDigits = 0;  ///< the leading digits in the key
    QString prefix;     ///< "+" and the calling code dialled
};

/// The shape of the digits `d` (with a leading '+' when `plus`) for `region`;
/// an empty key when the number is always parsed (see the comment above).
ShapeKey shapeOf(const QString &d, bool plus, const QString &region)
{
    const auto served = servedRegions().constFind(region);
    if (served == servedRegions().cend())
        return {};
    const int codeAt = plus ? 0 : d.startsWith(served->idd) ? int(served->idd.size()) : -1;
    int nationalAt = 0;
    QString code;
    if (codeAt >= 0) {
        const int len = servedCodeAt(d, codeAt);
        if (len == 0)
            return {};
        code = d.mid(codeAt, len);
        nationalAt = codeAt + len;
        const QString trunk = servedCodes().value(code);
        if (!trunk.isEmpty() && QStringView(d).mid(nationalAt).startsWith(trunk))
            return {};
    } else {
        if (d.startsWith(served->code))
            return {};
        code = served->code;
        if (!served->trunk.isEmpty() && d.startsWith(served->trunk))
            nationalAt = int(served->trunk.size());
    }
    ShapeKey k;
    k.keyDigits = std::min(int(d.size()), nationalAt + KeyNationalDigits);
    k.prefix = QLatin1Char('+') + code;
    const QChar form = plus ? QLatin1Char('+') : codeAt >= 0 ? QLatin1Char('0') : QLatin1Char(' ');
    k.key = region + form + QChar(char16_t(u'A' + d.size())) + d.left(k.keyDigits);
    return k;
}

/// The rewrite that gives `r` from the digits `d`: the prefix dialled, then
/// `d` without a leading part of the key. False when there is none.
bool rewriteOf(const QString &d, const PhoneResult &r, const ShapeKey &k, Rewrite *out)
{
    *out = {};
    if (!r.possible)
        return true;
    const qsizetype rest = r.e164.size() - k.prefix.size();
    const qsizetype strip = d.size() - rest;
    if (!r.e164.startsWith(k.prefix) || rest < 0 || strip < 0 || strip > k.keyDigits
        || QStringView(r.e164).mid(k.prefix.size()) != QStringView(d).mid(strip))
        return false;
    *out = {true, int(strip), k.prefix};
    return true;
}

PhoneResult apply(const Rewrite &rewrite, const QString &d)
{
    if (!rewrite.possible)
        return {};
    return {true, rewrite.prefix + d.mid(rewrite.strip)};
}

bool sameResult(const PhoneResult &a, const PhoneResult &b)
{
    return a.possible == b.possible && (!a.possible || a.e164 == b.e164);
}

/// Learns the rewrite of the shape `k` of numbers with `size` digits from
/// probes: its key digits followed by fixed tails. False when the probes
/// disagree (the last digits matter there) or have no rewrite.
bool learnFromProbes(const ShapeKey &k, qsizetype size, bool plus, const QString &region, Rewrite *out)
{
    const QString head = QStringView(k.key).right(k.keyDigits).toString();
    const qsizetype tail = size - k.keyDigits;
    QStringList tails;
    if (tail == 0) {
        tails << QString();
    } else {
        for (char16_t c = u'0'; c <= u'9'; ++c)
            tails << QString(tail, QChar(c));
        QString up, down;
        for (qsizetype i = 0; i < tail; ++i) {
            up.append(QChar(char16_t(u'0' + i % 10)));
            down.append(QChar(char16_t(u'9' - i % 10)));
        }
        tails << up << down;
    }
    for (qsizetype i = 0; i < tails.size(); ++i) {
        const QString digits = head + tails.at(i);
        Rewrite r;
        if (!rewriteOf(digits, parseSlow(plus ? QLatin1Char('+') + digits : digits, region), k, &r))
            return false;
        if (i == 0)
            *out = r;
        else if (!(r == *out))
            return false;
    }
    return true;
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
    const ShapeKey k = d.isEmpty() ? ShapeKey{} : shapeOf(d, plus, region);
    if (k.key.isEmpty())
        return parseSlow(trimmed, region);

    thread_local QHash<QString, Shape> shapes;
    if (shapes.size() > MaxShapes)
        shapes.clear();
    Shape &shape = shapes[k.key];
    const int use = shape.uses++;
    if (use > 0 && !shape.disabled && use % VerifyEvery != 0)
        return apply(shape.rewrite, d);

    const PhoneResult slow = parseSlow(trimmed, region);
    if (use == 0)
        shape.disabled = !learnFromProbes(k, d.size(), plus, region, &shape.rewrite);
    if (!shape.disabled && !sameResult(apply(shape.rewrite, d), slow))
        shape.disabled = true;
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
        const auto &folds = latinTable().folds;
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
