// Properties of Normalize over generated input, not hand-picked rows:
// - the phone fast path gives libphonenumber's answer (Normalize::Reference)
//   for numbers of every supported region, in every form people type them,
//   whatever order they come in;
// - the text fold folds once: fold(fold(x)) == fold(x), and the fast path
//   equals the reference, for every BMP code point and mixed-script strings.
#include "normalize.h"

#include <QRandomGenerator>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <functional>
#include <numeric>
#include <set>
#include <thread>
#include <tuple>

namespace {

struct Number
{
    QString typed;
    QString region;
};

struct Expected
{
    QString key;
    bool valid = false;
};

QString randomDigits(QRandomGenerator &r, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(QChar(u'0' + r.bounded(10)));
    return s;
}

/// `digits` typed in one of the ways people type numbers.
QString typed(QRandomGenerator &r, const QString &digits)
{
    static const QStringList separators{QStringLiteral(" "), QStringLiteral("."), QStringLiteral("-"),
                                        QString(), QStringLiteral("/")};
    const QString sep = separators.at(r.bounded(int(separators.size())));
    const int group = 2 + r.bounded(3);
    QString out;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % group == 0)
            out += sep;
        out += digits.at(i);
    }
    if (r.bounded(8) == 0 && digits.size() > 4)
        out = QLatin1Char('(') + out.left(3) + QStringLiteral(") ") + out.mid(3);
    return out;
}

/// QUARRY_PROPERTY_SCALE (a whole number, default 1) multiplies the generated
/// input, and QUARRY_PROPERTY_SEED changes it, for longer runs by hand.
int scale()
{
    return std::max(1, qEnvironmentVariableIntValue("QUARRY_PROPERTY_SCALE"));
}
quint32 seed(quint32 fixed)
{
    return fixed + quint32(qEnvironmentVariableIntValue("QUARRY_PROPERTY_SEED"));
}

/// The shapes of number people type for `region`: a family is a prefix (an
/// international or trunk prefix, a calling code, a national prefix after
/// it, a few leading digits) and a length; its members differ in the last
/// digits, so that the fast path learns a family and applies it to the others.
QList<Number> generateNumbers()
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regionSet;
    util->GetSupportedRegions(&regionSet);
    QStringList regions;
    QStringList codes;
    QHash<QString, QString> nddOfCode;
    for (const std::string &region : regionSet) {
        regions << QString::fromStdString(region);
        const QString cc = QString::number(util->GetCountryCodeForRegion(region));
        std::string ndd;
        util->GetNddPrefixForRegion(region, true, &ndd);
        if (!codes.contains(cc))
            codes << cc;
        if (!nddOfCode.contains(cc))
            nddOfCode.insert(cc, QString::fromStdString(ndd));
    }
    // The regions and destinations the fast path serves get more families.
    const QStringList busy{QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("ES"),
                           QStringLiteral("IT"), QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("BE"),
                           QStringLiteral("CH"), QStringLiteral("AT"), QStringLiteral("PT"), QStringLiteral("SE"),
                           QStringLiteral("NO"), QStringLiteral("DK"), QStringLiteral("FI"), QStringLiteral("IE"),
                           QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("CZ"), QStringLiteral("GR")};
    const QStringList busyCodes{QStringLiteral("33"), QStringLiteral("49"), QStringLiteral("44"), QStringLiteral("34"),
                                QStringLiteral("39"), QStringLiteral("31"), QStringLiteral("48"), QStringLiteral("32"),
                                QStringLiteral("41"), QStringLiteral("43"), QStringLiteral("351"), QStringLiteral("46"),
                                QStringLiteral("47"), QStringLiteral("45"), QStringLiteral("358"), QStringLiteral("353"),
                                QStringLiteral("1"), QStringLiteral("420"), QStringLiteral("30"), QStringLiteral("994"),
                                QStringLiteral("36"), QStringLiteral("255")};

    QRandomGenerator r(seed(20261201));
    QList<Number> out;
    for (const QString &region : std::as_const(regions)) {
        const QString own = QString::number(util->GetCountryCodeForRegion(region.toStdString()));
        const bool isBusy = busy.contains(region);
        const int families = (isBusy ? 70 : 7) * scale();
        for (int f = 0; f < families; ++f) {
            const QString cc = r.bounded(2) == 0 ? own
                             : r.bounded(2) == 0 ? busyCodes.at(r.bounded(int(busyCodes.size())))
                                                 : codes.at(r.bounded(int(codes.size())));
            const QString ndd = nddOfCode.value(cc);
            const QString lead = randomDigits(r, 1 + r.bounded(3));
            const int length = 4 + r.bounded(10); // national digits after any prefix
            const int form = r.bounded(7);
            // The same family with and without the national prefix after the
            // code, with one length: the numbers that used to share a shape.
            for (bool withNdd : {false, true}) {
                if (withNdd && ndd.isEmpty())
                    continue;
                const QString national = (withNdd ? ndd : QString()) + lead;
                const int members = 3 + r.bounded(6);
                for (int m = 0; m < members; ++m) {
                    const QString rest = national + randomDigits(r, std::max(0, length - int(lead.size())));
                    QString number;
                    switch (form) {
                    case 0: number = QLatin1Char('+') + cc + QLatin1Char(' ') + typed(r, rest); break;
                    case 1: number = QStringLiteral("00") + cc + QLatin1Char(' ') + typed(r, rest); break;
                    case 2: number = QStringLiteral("011 ") + cc + QLatin1Char(' ') + typed(r, rest); break;
                    case 3: number = QStringLiteral("+") + cc + typed(r, rest); break;
                    case 4: number = typed(r, cc + rest); break; // national, starting with a code
                    default: number = typed(r, nddOfCode.value(own) + rest); break; // national
                    }
                    if (form == 6 && m % 2 == 1)
                        number = typed(r, rest); // national without its trunk prefix
                    out.append({number, region});
                }
            }
        }
    }
    return out;
}

/// Runs `f` on a thread of its own: the fast paths' caches are per thread, so
/// it starts from empty caches whatever ran before.
void onFreshThread(const std::function<void()> &f)
{
    std::thread t(f);
    t.join();
}

/// The numbers whose fast answers, given in this order from empty caches,
/// differ from the reference ("" when none).
QStringList disagreements(const QList<Number> &numbers, const QList<Expected> &expected, const QList<int> &order)
{
    QStringList bad;
    onFreshThread([&] {
        for (int i : order) {
            const Number &n = numbers.at(i);
            const QString key = Normalize::phone(n.typed, n.region);
            const bool valid = Normalize::isValidPhone(n.typed, n.region);
            if (key != expected.at(i).key || valid != expected.at(i).valid)
                bad << QStringLiteral("%1 [%2]: %3 %4, reference %5 %6")
                           .arg(n.typed, n.region, key, valid ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                expected.at(i).key, expected.at(i).valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
        }
    });
    return bad;
}

/// A code point as a string (a surrogate pair above the BMP).
QString ofCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

class TestNormalizeProperties : public QObject
{
    Q_OBJECT

private:
    /// Checks fold(fold(s)) == fold(s) and fold(s) == Reference::text(s).
    static bool foldsOnce(const QString &s, QString *why)
    {
        const QString f = Normalize::text(s);
        const QString ref = Normalize::Reference::text(s);
        const QString again = Normalize::text(f);
        const QString refAgain = Normalize::Reference::text(ref);
        if (f == ref && again == f && refAgain == ref)
            return true;
        auto hex = [](const QString &v) {
            QStringList out;
            for (char32_t c : v.toUcs4())
                out << QString::number(uint(c), 16);
            return out.join(QLatin1Char(' '));
        };
        *why = QStringLiteral("input [%1]: fold [%2], reference [%3], fold of fold [%4], reference of reference [%5]")
                   .arg(hex(s), hex(f), hex(ref), hex(again), hex(refAgain));
        return false;
    }

private slots:
    void phonesAgreeWithLibphonenumberInEveryOrder_data()
    {
        QTest::addColumn<int>("seed"); // 0 sorted, -1 reversed, others shuffled
        QTest::addRow("sorted") << 0;
        QTest::addRow("reversed") << -1;
        QTest::addRow("shuffled 1") << 1;
        QTest::addRow("shuffled 2") << 2;
    }
    void phonesAgreeWithLibphonenumberInEveryOrder()
    {
        QFETCH(int, seed);
        static const QList<Number> numbers = generateNumbers();
        static const QList<Expected> expected = [] {
            QList<Expected> e;
            for (const Number &n : numbers)
                e.append({Normalize::Reference::phone(n.typed, n.region), Normalize::Reference::isValidPhone(n.typed, n.region)});
            return e;
        }();
        QVERIFY(numbers.size() > 20000);

        QList<int> order(numbers.size());
        std::iota(order.begin(), order.end(), 0);
        if (seed == 0 || seed == -1) {
            // Sorted by region and text: each shape's numbers come together.
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                return std::tie(numbers.at(a).region, numbers.at(a).typed) < std::tie(numbers.at(b).region, numbers.at(b).typed);
            });
            if (seed == -1)
                std::reverse(order.begin(), order.end());
        } else {
            std::shuffle(order.begin(), order.end(), QRandomGenerator(::seed(quint32(seed))));
        }
        const QStringList bad = disagreements(numbers, expected, order);
        if (!bad.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 of %2 numbers differ from libphonenumber, first: %3")
                                 .arg(bad.size()).arg(numbers.size()).arg(bad.mid(0, 8).join(QStringLiteral("; ")))));
    }

    void everyBmpCodePointFoldsOnce()
    {
        // Every code point alone, then between letters (the transliterator
        // has context rules) for the ranges with letters.
        QStringList failures;
        QString why;
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            if (!foldsOnce(ofCodePoint(c), &why))
                failures << why;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + QStringLiteral(" code points, first: ")
                                                + failures.mid(0, 5).join(QStringLiteral("; "))));
    }

    void lettersInContextFoldOnce_data()
    {
        QTest::addColumn<uint>("first");
        QTest::addColumn<uint>("last");
        QTest::addRow("Latin") << 0x80u << 0x24Fu;
        QTest::addRow("IPA and spacing modifiers") << 0x250u << 0x2FFu;
        QTest::addRow("Greek") << 0x370u << 0x3FFu;
        QTest::addRow("Cyrillic") << 0x400u << 0x52Fu;
        QTest::addRow("Armenian") << 0x530u << 0x58Fu;
        QTest::addRow("Georgian") << 0x10A0u << 0x10FFu;
        QTest::addRow("Hangul jamo") << 0x1100u << 0x11FFu;
        QTest::addRow("Latin Extended Additional") << 0x1E00u << 0x1EFFu;
        QTest::addRow("Greek Extended") << 0x1F00u << 0x1FFFu;
        QTest::addRow("letterlike symbols") << 0x2100u << 0x214Fu;
        QTest::addRow("Latin Extended-C, D, E") << 0x2C60u << 0x2C7Fu;
        QTest::addRow("ligatures") << 0xFB00u << 0xFB4Fu;
        QTest::addRow("fullwidth") << 0xFF00u << 0xFFEFu;
    }
    void lettersInContextFoldOnce()
    {
        QFETCH(uint, first);
        QFETCH(uint, last);
        QStringList failures;
        QString why;
        for (char32_t c = first; c <= last; ++c) {
            const QString s = ofCodePoint(c);
            for (const QString &word : {QStringLiteral("Ab") + s + QStringLiteral("cD ") + s + s, s + s.toUpper() + QStringLiteral("  x"),
                                        QStringLiteral("\u00c6") + s + QStringLiteral("\u0301")})
                if (!foldsOnce(word, &why))
                    failures << why;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + QStringLiteral(" words, first: ")
                                                + failures.mid(0, 5).join(QStringLiteral("; "))));
    }

    void astralCodePointsFoldOnce()
    {
        QRandomGenerator r(7);
        QStringList failures;
        QString why;
        for (int i = 0; i < 4000; ++i) {
            // Half in the planes with assigned letters (1 and 2), half anywhere.
            const char32_t c = i % 2 ? 0x10000 + r.bounded(0x20000) : 0x10000 + r.bounded(0x100000);
            if (!foldsOnce(ofCodePoint(c), &why))
                failures << why;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QStringLiteral("; "))));
    }

    void mixedScriptStringsFoldOnce()
    {
        // Letters of several scripts, combining marks, spaces and ASCII mixed.
        static const QList<std::pair<char32_t, char32_t>> ranges{
            {0x41, 0x7A}, {0x80, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x530, 0x58F},
            {0x5D0, 0x5EA}, {0x620, 0x64A}, {0x900, 0x97F}, {0xE00, 0xE7F}, {0x10A0, 0x10FF}, {0x1100, 0x11FF},
            {0x1E00, 0x1FFF}, {0x2000, 0x206F}, {0x2100, 0x218F}, {0x3040, 0x30FF}, {0x4E00, 0x4E80},
            {0xAC00, 0xAD00}, {0xFB00, 0xFB4F}, {0xFF00, 0xFFEF}, {0x1D400, 0x1D7FF}, {0x20, 0x20}, {0xA0, 0xA0}};
        QRandomGenerator r(11);
        QStringList failures;
        QString why;
        for (int i = 0; i < 6000; ++i) {
            QString s;
            const int n = 1 + r.bounded(10);
            for (int k = 0; k < n; ++k) {
                const auto [lo, hi] = ranges.at(r.bounded(int(ranges.size())));
                s += ofCodePoint(lo + r.bounded(hi - lo + 1));
            }
            if (!foldsOnce(s, &why))
                failures << why;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + QStringLiteral(" strings, first: ")
                                                + failures.mid(0, 5).join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestNormalizeProperties)
#include "tst_normalizeproperties.moc"
