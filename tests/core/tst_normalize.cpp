// Normalize: the folded names, emails and canonical phones that search and
// duplicate detection compare, and the keys stored with each lead.
#include "leadbuilder.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "normalize.h"
#include "referencerepository.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

class TestNormalize : public QObject
{
    Q_OBJECT

private slots:
    void foldsText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("Danish") << QStringLiteral("Ærø") << QStringLiteral("aero");
        QTest::addRow("German sharp s") << QStringLiteral("Weiß") << QStringLiteral("weiss");
        QTest::addRow("Polish") << QStringLiteral("Łódź") << QStringLiteral("lodz");
        QTest::addRow("French ligature") << QStringLiteral("Dubœuf") << QStringLiteral("duboeuf");
        QTest::addRow("accents") << QStringLiteral("Électricité Générale") << QStringLiteral("electricite generale");
        QTest::addRow("plain ASCII") << QStringLiteral("Sales Manager") << QStringLiteral("sales manager");
        QTest::addRow("spaces collapsed") << QStringLiteral("  sales   manager ") << QStringLiteral("sales manager");
        QTest::addRow("mixed with spaces") << QStringLiteral("  Ærø  Łódź ") << QStringLiteral("aero lodz");
        QTest::addRow("punctuation kept") << QStringLiteral("O'Brien-Smith") << QStringLiteral("o'brien-smith");
        QTest::addRow("Spanish") << QStringLiteral("Muñoz") << QStringLiteral("munoz");
        QTest::addRow("Cyrillic transliterated") << QStringLiteral("Москва") << QStringLiteral("moskva");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("tab and newline") << QStringLiteral("a\tb\nc") << QStringLiteral("a b c");
        // Lower-casing U+01F6 gives U+0195, which Latin-ASCII maps to "hv":
        // both spellings must give the one key.
        QTest::addRow("capital hwair") << QStringLiteral("\u01f6") << QStringLiteral("hv");
        QTest::addRow("small hwair") << QStringLiteral("\u0195") << QStringLiteral("hv");
        QTest::addRow("hwair in a word") << QStringLiteral("\u01f6ans") << QStringLiteral("hvans");
    }
    void foldsText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalize::text(input), expected);
    }

    void foldingIsIdempotent()
    {
        for (const QString &s : {QStringLiteral("Ærø"), QStringLiteral("Weiß"), QStringLiteral("Dubœuf"), QStringLiteral("\u01f6"),
                                 QStringLiteral("x \u01f6 \u0391\u01f6")}) {
            QCOMPARE(Normalize::text(Normalize::text(s)), Normalize::text(s));
            QCOMPARE(Normalize::Reference::text(Normalize::Reference::text(s)), Normalize::Reference::text(s));
        }
        QCOMPARE(Normalize::text(QStringLiteral("\u01f6")), Normalize::text(QStringLiteral("\u0195")));
    }

    void normalizesEmails_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("trimmed and lower-cased") << QStringLiteral("  Jean.Dupont@ACME.fr ") << QStringLiteral("jean.dupont@acme.fr");
        QTest::addRow("already normal") << QStringLiteral("a@b.co") << QStringLiteral("a@b.co");
        QTest::addRow("blank") << QStringLiteral("   ") << QString();
    }
    void normalizesEmails()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalize::email(input), expected);
    }

    void canonicalPhones_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::addRow("international with spaces") << QStringLiteral("+33 1 23 45 67 89") << QStringLiteral("FR") << QStringLiteral("+33123456789");
        QTest::addRow("French national with dots") << QStringLiteral("01.23.45.67.89") << QStringLiteral("FR") << QStringLiteral("+33123456789");
        QTest::addRow("00 prefix") << QStringLiteral("0033123456789") << QStringLiteral("FR") << QStringLiteral("+33123456789");
        QTest::addRow("lower-case region") << QStringLiteral("01 23 45 67 89") << QStringLiteral("fr") << QStringLiteral("+33123456789");
        QTest::addRow("international ignores region") << QStringLiteral("+33 1 23 45 67 89") << QStringLiteral("US") << QStringLiteral("+33123456789");
        QTest::addRow("US national") << QStringLiteral("(415) 555-2671") << QStringLiteral("US") << QStringLiteral("+14155552671");
        QTest::addRow("German") << QStringLiteral("030 1234567") << QStringLiteral("DE") << QStringLiteral("+49301234567");
        QTest::addRow("unparseable keeps digits") << QStringLiteral("12") << QStringLiteral("FR") << QStringLiteral("12");
        QTest::addRow("unparseable keeps plus") << QStringLiteral("+999 12") << QStringLiteral("FR") << QStringLiteral("+99912");
        QTest::addRow("no digit") << QStringLiteral("n/a") << QStringLiteral("FR") << QString();
        QTest::addRow("blank") << QString() << QStringLiteral("FR") << QString();
    }
    void canonicalPhones()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QCOMPARE(Normalize::phone(input, region), expected);
    }

    void validPhones_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::addRow("French national") << QStringLiteral("01.23.45.67.89") << QStringLiteral("FR") << true;
        QTest::addRow("international") << QStringLiteral("+33 1 23 45 67 89") << QString() << true;
        QTest::addRow("too short") << QStringLiteral("12") << QStringLiteral("FR") << false;
        QTest::addRow("letters") << QStringLiteral("call me") << QStringLiteral("FR") << false;
        QTest::addRow("empty") << QString() << QStringLiteral("FR") << false;
    }
    void validPhones()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(bool, valid);
        QCOMPARE(Normalize::isValidPhone(input, region), valid);
    }

    void digitsOfATin()
    {
        QCOMPARE(Normalize::digits(QStringLiteral("123 456-789.0")), QStringLiteral("1234567890"));
        QCOMPARE(Normalize::digits(QStringLiteral("abc")), QString());
    }

    void defaultRegionIsTwoLetters()
    {
        QCOMPARE(Normalize::defaultRegion().size(), 2);
        QVERIFY(Normalize::defaultRegion() != QLatin1String("ZZ"));
    }

    void ftsPrefixTerms()
    {
        QCOMPARE(ftsPrefixQuery(QStringLiteral("Łódź dup")), QStringLiteral("\"lodz\"* \"dup\"*"));
        QCOMPARE(ftsPrefixQuery(QStringLiteral("jean.dupont@acme")), QStringLiteral("\"jean\"* \"dupont\"* \"acme\"*"));
        // FTS syntax typed by a user is never passed through.
        QCOMPARE(ftsPrefixQuery(QStringLiteral("a\" OR b*")), QStringLiteral("\"a\"* \"or\"* \"b\"*"));
        QCOMPARE(ftsPrefixQuery(QStringLiteral("  ")), QString());
    }

    // Stored keys: what a lead's row and contact points hold after a save.

    void storesFoldedNameKeys()
    {
        TestWorkspace tw;
        const qint64 id = tw.addLead(LeadBuilder().named(QStringLiteral("Łukasz"), QStringLiteral("Weiß")).company(QStringLiteral("Dubœuf  Vins")).city(QStringLiteral("Ærø")).tin(QStringLiteral("123 456 789")));
        QVERIFY(id);
        QSqlQuery q(tw->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT first_name_key, last_name_key, full_name_key, company_key, city_key, tin_key FROM leads WHERE id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("lukasz"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("weiss"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("lukasz weiss"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("duboeuf vins"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("aero"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("123456789"));
    }

    void storesEmailAndPhoneKeys()
    {
        TestWorkspace tw;
        const qint64 fr = tw->referenceRepository().countryIdByCode(QStringLiteral("FR"));
        QVERIFY(fr);
        Lead lead = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).country(fr)
                        .email(QStringLiteral("  Jean.Dupont@ACME.fr")).email(QStringLiteral("j@Example.COM"))
                        .phone(QStringLiteral("+33 1 23 45 67 89")).phone(QStringLiteral("01.23.45.67.88")).phone(QStringLiteral("0033123456787"));
        lead.billingEmails << QStringLiteral("Billing@ACME.fr");
        const qint64 id = tw.addLead(lead);
        QVERIFY(id);
        QSqlQuery q(tw->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, value, norm_key FROM lead_contact_points WHERE lead_id = %1 ORDER BY kind, position").arg(id)));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') + q.value(2).toString();
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("billing_email|Billing@ACME.fr|billing@acme.fr"),
                           QStringLiteral("email|Jean.Dupont@ACME.fr|jean.dupont@acme.fr"),
                           QStringLiteral("email|j@Example.COM|j@example.com"),
                           QStringLiteral("phone|+33 1 23 45 67 89|+33123456789"),
                           QStringLiteral("phone|01.23.45.67.88|+33123456788"),
                           QStringLiteral("phone|0033123456787|+33123456787"),
                       }));
        // Each key is one indexed lookup.
        QCOMPARE(tw->leadRepository().idsWithContactKey(QStringLiteral("phone"), QStringLiteral("+33123456788")), QList<qint64>{id});
        QCOMPARE(tw->leadRepository().idsWithContactKey(QStringLiteral("email"), QStringLiteral("j@example.com")), QList<qint64>{id});
    }

    void keysFollowAnUpdate()
    {
        TestWorkspace tw;
        const qint64 id = tw.addLead(LeadBuilder().named(QStringLiteral("Anna"), QStringLiteral("Muller")).email(QStringLiteral("old@x.org")));
        Lead lead = *tw->leadRepository().find(id);
        lead.lastName = QStringLiteral("Müller");
        lead.emails = {QStringLiteral("NEW@x.org")};
        QVERIFY(tw->leads().update(lead).ok());
        QCOMPARE(tw->leadRepository().idsWithLastNameKey(QStringLiteral("muller")), QList<qint64>{id});
        QVERIFY(tw->leadRepository().idsWithContactKey(QStringLiteral("email"), QStringLiteral("old@x.org")).isEmpty());
        QCOMPARE(tw->leadRepository().idsWithContactKey(QStringLiteral("email"), QStringLiteral("new@x.org")), QList<qint64>{id});
    }

    void phoneKeyUsesTheLeadsCountry()
    {
        TestWorkspace tw;
        const qint64 de = tw->referenceRepository().countryIdByCode(QStringLiteral("DE"));
        const qint64 id = tw.addLead(LeadBuilder().named(QStringLiteral("Hans"), QStringLiteral("Schmidt")).country(de).phone(QStringLiteral("030 1234567")));
        QVERIFY(id);
        QCOMPARE(tw->leadRepository().idsWithContactKey(QStringLiteral("phone"), QStringLiteral("+49301234567")), QList<qint64>{id});
    }
};

QTEST_GUILESS_MAIN(TestNormalize)
#include "tst_normalize.moc"
