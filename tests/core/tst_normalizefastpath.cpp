// Normalize's fast paths (the Latin letter table, the cache of phone number
// shapes) give exactly what the slow paths give: ICU's transliterator and
// libphonenumber on every call.
#include "normalize.h"

#include <QRandomGenerator>
#include <QTest>

#include <thread>

class TestNormalizeFastPath : public QObject
{
    Q_OBJECT

private:
    static QString randomDigits(QRandomGenerator &r, int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'0' + r.bounded(10)));
        return s;
    }

    /// `digits` typed in one of the ways people type numbers.
    static QString typed(QRandomGenerator &r, const QString &digits)
    {
        static const QStringList separators{QStringLiteral(" "), QStringLiteral("."), QStringLiteral("-"),
                                            QStringLiteral(""), QStringLiteral("/")};
        const QString sep = separators.at(r.bounded(int(separators.size())));
        QString out;
        for (int i = 0; i < digits.size(); ++i) {
            if (i > 0 && i % 2 == 0)
                out += sep;
            out += digits.at(i);
        }
        if (r.bounded(6) == 0 && digits.size() > 4)
            out = QLatin1Char('(') + out.left(3) + QStringLiteral(") ") + out.mid(3);
        return out;
    }

private slots:
    void shouldFoldEachLatinLetterAsTheTransliterator()
    {
        for (char16_t c = 0x80; c <= 0x24F; ++c) {
            const QString s(QChar{c});
            QCOMPARE(Normalize::text(s), Normalize::Reference::text(s));
            const QString word = QStringLiteral("Ab") + s + QStringLiteral("cD ") + s + s;
            QCOMPARE(Normalize::text(word), Normalize::Reference::text(word));
        }
    }

    void shouldFoldNamesAsTheTransliterator_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"Ærø", "Weiß", "Łódź", "Dubœuf", "Hélène  Müller-Lüdenscheidt", "ÆSIR æsir Æsir",
                              "Øyvind Ødegård", "ÞÓRÐUR", "Ĳssel", "Dŭbrovnik", "Çağrı", "São Paulo",
                              "Nguyễn Văn Ánh", "Москва", "e\u0301cole", "\u00a0Zoë\u00a0 Ñuñez\u0085"})
            QTest::addRow("%s", n) << QString::fromUtf8(n);
    }
    void shouldFoldNamesAsTheTransliterator()
    {
        QFETCH(QString, name);
        QCOMPARE(Normalize::text(name), Normalize::Reference::text(name));
    }

    void shouldFoldRandomLatinTextAsTheTransliterator()
    {
        QRandomGenerator r(42);
        for (int i = 0; i < 3000; ++i) {
            QString s;
            const int n = 1 + r.bounded(12);
            for (int k = 0; k < n; ++k) {
                const int kind = r.bounded(4);
                s += kind == 0 ? QChar(char16_t(0x80 + r.bounded(0x24F - 0x80 + 1)))
                   : kind == 1 ? QChar(u' ')
                               : QChar(char16_t(u'A' + r.bounded(58)));
            }
            QCOMPARE(Normalize::text(s), Normalize::Reference::text(s));
        }
    }

    void shouldCanonicalisePhonesAsLibphonenumber_data()
    {
        QTest::addColumn<QString>("region");
        for (const char *region : {"FR", "US", "DE", "GB", "ES", "IT", "NL", "PL", "BE", "CH", "RU", "BR", "AR", "MX",
                                   "IN", "CN", "JP", "AU"})
            QTest::addRow("%s", region) << QString::fromLatin1(region);
    }
    void shouldCanonicalisePhonesAsLibphonenumber()
    {
        // Numbers of many shapes, each shape met many times so that the
        // cached rewrite is used and checked: national with and without the
        // trunk prefix, international with '+' and with 00, short and long.
        QFETCH(QString, region);
        QRandomGenerator r(qHash(region));
        QStringList starts{QStringLiteral("0"), QStringLiteral("00"), QStringLiteral("+"), QString(), QStringLiteral("1"),
                           QStringLiteral("+7"), QStringLiteral("+33"), QStringLiteral("+44"), QStringLiteral("+49"),
                           QStringLiteral("+1"), QStringLiteral("+39"), QStringLiteral("+55"), QStringLiteral("+54 9")};
        int compared = 0;
        for (int shape = 0; shape < 40; ++shape) {
            const QString start = starts.at(r.bounded(int(starts.size())));
            const QString lead = randomDigits(r, 1 + r.bounded(4));
            const int tail = 2 + r.bounded(10);
            for (int k = 0; k < 25; ++k) {
                const QString number = start + typed(r, lead + randomDigits(r, tail));
                QCOMPARE(Normalize::phone(number, region), Normalize::Reference::phone(number, region));
                QCOMPARE(Normalize::isValidPhone(number, region), Normalize::Reference::isValidPhone(number, region));
                ++compared;
            }
        }
        QCOMPARE(compared, 40 * 25);
    }

    void shouldNotDependOnEarlierNumbers_data()
    {
        // Numbers that the shape cache answered from the rewrite it learned
        // on other numbers of the same calling code and length: a national
        // prefix after the code, which libphonenumber strips, was kept, and a
        // number that becomes possible once it is stripped was refused.
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("region");
        QTest::addRow("+358 09 123456 after four +358 9 numbers")
            << QStringList{QStringLiteral("+358 9 1234567"), QStringLiteral("+358 9 7654321"), QStringLiteral("+358 9 2345678"),
                           QStringLiteral("+358 9 8765432")}
            << QStringLiteral("+358 09 123456") << QStringLiteral("FR");
        QTest::addRow("+994 0879320406 after three +994 numbers")
            << QStringList{QStringLiteral("+994 1234567890"), QStringLiteral("+994 2345678901"), QStringLiteral("+994 3456789012")}
            << QStringLiteral("+994 0879320406") << QString();
        // The region only chooses whether the cache serves the number (France
        // is served; Tanzania and Hungary are not): '+' numbers are read alike.
        QTest::addRow("+255 0754 123 456 after four +255 numbers")
            << QStringList{QStringLiteral("+255 1234567890"), QStringLiteral("+255 2345678901"), QStringLiteral("+255 3456789012"),
                           QStringLiteral("+255 4567890123")}
            << QStringLiteral("+255 0754 123 456") << QStringLiteral("FR");
        QTest::addRow("+353 01 after four +353 1 numbers")
            << QStringList{QStringLiteral("+353 1 2345 6789"), QStringLiteral("+353 1 3456 7890"), QStringLiteral("+353 1 4567 8901"),
                           QStringLiteral("+353 1 5678 9012")}
            << QStringLiteral("+353 01 234 5678") << QStringLiteral("FR");
        QTest::addRow("00353 01 after four 00353 1 numbers")
            << QStringList{QStringLiteral("00353 1 2345 6789"), QStringLiteral("00353 1 3456 7890"), QStringLiteral("00353 1 4567 8901"),
                           QStringLiteral("00353 1 5678 9012")}
            << QStringLiteral("00353 01 234 5678") << QStringLiteral("FR");
        QTest::addRow("+36 06 1 234 5678 after four +36 numbers")
            << QStringList{QStringLiteral("+36 12345678901"), QStringLiteral("+36 23456789012"), QStringLiteral("+36 34567890123"),
                           QStringLiteral("+36 45678901234")}
            << QStringLiteral("+36 06 1 234 5678") << QStringLiteral("FR");
        QTest::addRow("4930 after four 4931 numbers in Germany")
            << QStringList{QStringLiteral("4931 1234 5678"), QStringLiteral("4931 2345 6789"), QStringLiteral("4931 3456 7890"),
                           QStringLiteral("4931 4567 8901")}
            << QStringLiteral("4930 1234 5678") << QStringLiteral("DE");
    }
    void shouldNotDependOnEarlierNumbers()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, number);
        QFETCH(QString, region);
        const QString expectedKey = Normalize::Reference::phone(number, region);
        const bool expectedValid = Normalize::Reference::isValidPhone(number, region);
        // On a thread of its own: the shape cache is per thread, so the
        // numbers before are the only ones it has seen.
        QString alone, afterKey;
        bool aloneValid = false, afterValid = false;
        std::thread([&] {
            alone = Normalize::phone(number, region);
            aloneValid = Normalize::isValidPhone(number, region);
        }).join();
        std::thread([&] {
            for (const QString &b : before) {
                Normalize::phone(b, region);
                Normalize::isValidPhone(b, region);
            }
            afterKey = Normalize::phone(number, region);
            afterValid = Normalize::isValidPhone(number, region);
        }).join();
        QCOMPARE(alone, expectedKey);
        QCOMPARE(aloneValid, expectedValid);
        QCOMPARE(afterKey, expectedKey);
        QCOMPARE(afterValid, expectedValid);
    }

    void shouldParseOtherInputEveryTime_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("extension") << QStringLiteral("01 23 45 67 89 ext. 12");
        QTest::addRow("vanity letters") << QStringLiteral("1-800-FLOWERS");
        QTest::addRow("arabic-indic digits") << QStringLiteral("٠١٢٣٤٥٦٧٨٩");
        QTest::addRow("plus inside") << QStringLiteral("01+23456789");
        QTest::addRow("too short") << QStringLiteral("12");
        QTest::addRow("tel uri") << QStringLiteral("tel:+33-1-23-45-67-89");
    }
    void shouldParseOtherInputEveryTime()
    {
        QFETCH(QString, input);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(Normalize::phone(input, QStringLiteral("FR")), Normalize::Reference::phone(input, QStringLiteral("FR")));
            QCOMPARE(Normalize::isValidPhone(input, QStringLiteral("FR")), Normalize::Reference::isValidPhone(input, QStringLiteral("FR")));
        }
    }
};

QTEST_GUILESS_MAIN(TestNormalizeFastPath)
#include "tst_normalizefastpath.moc"
