// The logic bugs the fuzz targets found, as plain Qt tests (each input is
// also kept in corpus/<name>/crash-*, which the replay checks).
#include "importmapping.h"
#include "importrowbuilder.h"
#include "leadcodec.h"
#include "normalize.h"
#include "testworkspace.h"

#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_email, corpus/email/crash-lone-surrogate-no-split: splitList used
    // a regular expression, which matches nothing in a text that is not
    // valid UTF-16; a cell of emails or tags with a lone surrogate (a UTF-16
    // file can carry one) came back as one item, separators included.
    void splitListSplitsTextWithALoneSurrogate()
    {
        const QString text = QStringLiteral("a@x.com; b@y.com ::: c@z.com,") + QChar(0xdc00) + QStringLiteral("d@w.com\ne");
        const QStringList items = splitList(text);
        QCOMPARE(items, (QStringList{QStringLiteral("a@x.com"), QStringLiteral("b@y.com"), QStringLiteral("c@z.com"),
                                     QChar(0xdc00) + QStringLiteral("d@w.com"), QStringLiteral("e")}));
        QCOMPARE(splitList(QStringLiteral(" a :::: b ,, ;\n")), (QStringList{QStringLiteral("a"), QStringLiteral(": b")}));
    }

    // fuzz_rowbuilder, corpus/rowbuilder/crash-case-folded-emails-dropped:
    // the import united the email columns of a row by comparing without
    // case, which folds more than the key duplicates compare
    // (Normalize::email): "ſara@…" and "sara@…" have two keys, and the
    // second address was dropped.
    void importKeepsEveryEmailOfItsOwnKey()
    {
        TestWorkspace ws;
        const ImportMapping mapping(QList<ImportColumn>{{QStringLiteral("Last"), QStringLiteral("last_name")},
                                                        {QStringLiteral("E-mail"), QStringLiteral("email")},
                                                        {QStringLiteral("E-mail 2"), QStringLiteral("email")},
                                                        {QStringLiteral("E-mail 3"), QStringLiteral("email")}});
        ImportRowBuilder builder(ws.ws(), mapping, false);
        const QString longS = QChar(0x017f) + QStringLiteral("ara@example.com");
        const BuiltRow row = builder.build({QStringLiteral("Fold"), longS, QStringLiteral("sara@example.com"),
                                            QStringLiteral("SARA@example.com, ") + longS.toUpper()});
        QCOMPARE(row.lead.emails, (QStringList{longS, QStringLiteral("sara@example.com")}));
        QCOMPARE(row.emailKeys, (QStringList{Normalize::email(longS), QStringLiteral("sara@example.com")}));
    }

    // fuzz_rowbuilder, corpus/rowbuilder/crash-default-tag-control-character:
    // the import's tags for all rows were checked for length only; one with
    // a control character passed setDefaults() (a dry run said nothing) and
    // the real import then failed on creating it.
    void defaultTagsAreCheckedAsTheListChecksThem()
    {
        TestWorkspace ws;
        ImportRowBuilder builder(ws.ws(), ImportMapping(), true);
        ImportDefaults defaults;
        defaults.tags = {QStringLiteral("Expo\x01 2026")};
        Problems problems = builder.setDefaults(defaults);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("tags"));
        QVERIFY2(problems.first().message.contains(QStringLiteral("control character")), qPrintable(problems.first().message));
        defaults.tags = {QString(201, QLatin1Char('x'))};
        problems = builder.setDefaults(defaults);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("tags"));
        defaults.tags = {QStringLiteral("Expo 2026")};
        QVERIFY(builder.setDefaults(defaults).isEmpty());
        QCOMPARE(builder.defaultNotes(), QStringList{QStringLiteral("The tag \"Expo 2026\" will be created.")});
    }

    // fuzz_fold, corpus/fold/crash-micro-sign-greek-punctuation: the
    // per-character table folded "µ" alone, but its fold passes through the
    // Greek "μ", whose rules then turn the ";" before it into "?": the fast
    // path and the transliterator gave two keys for one text.
    void microSignFoldsAsTheTransliteratorFoldsIt()
    {
        for (const QString &text : {QStringLiteral("e\x02 ;\x1c\x7f\u00b5"), QStringLiteral("Dosage; \u00b5g"),
                                    QStringLiteral("\u00b5-Tech;")}) {
            QCOMPARE(Normalize::text(text), Normalize::Reference::text(text));
            QCOMPARE(Normalize::text(Normalize::text(text)), Normalize::text(text));
        }
        QCOMPARE(Normalize::text(QStringLiteral("Ærø; Łódź")), QStringLiteral("aero; lodz")); // the table still
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
