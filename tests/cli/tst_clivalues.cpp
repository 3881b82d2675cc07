// quarry-cli and the shape of values: NaN, infinities, control characters
// and overlong text refused with exit 1 naming the field, and a control
// character stored by older versions printed as a visible escape, never raw.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "testdatabase.h"

namespace {
using CliRunner::Run;

bool holdsControl(const QString &text, bool allowNewlines)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 || (u >= 0x7F && u <= 0x9F)) && !(allowNewlines && u == u'\n'))
            return true;
    }
    return false;
}
} // namespace

class TestCliValues : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args)
    {
        return CliRunner::run(m_dir.filePath(QStringLiteral("data-home")), m_db, args);
    }

    static QString describe(const Run &r) { return QString::fromUtf8(CliRunner::describe(r)); }

    /// Writes what an older Quarry stored, straight into the file (or the
    /// team database: char() is chr() there).
    void storeRaw(QString sql)
    {
        {
            const bool pg = TestWorkspace::onPostgres();
            QSqlDatabase db = rawDatabase(m_db, QStringLiteral("raw"));
            if (pg)
                sql.replace(QStringLiteral("char("), QStringLiteral("chr("));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_db = testDatabase(m_dir.path(), QStringLiteral("values-%1.sqlite").arg(++counter));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    }
    void cleanup() { dropTestDatabase(m_db); }

    void refusesValues_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addRow("ESC sequence in last name") << QStringList{QStringLiteral("last_name=A\x1b[31mB")} << "last_name"
                                                   << "Last name holds a control character (U+001B) at position 2.";
        QTest::addRow("ESC in description") << QStringList{QStringLiteral("last_name=X"), QStringLiteral("description=<p>\x1b[2J</p>")}
                                            << "description" << "U+001B";
        QTest::addRow("estimated amount nan") << QStringList{QStringLiteral("last_name=X"), QStringLiteral("estimated_amount=nan")}
                                              << "estimated_amount" << "is not a number";
        QTest::addRow("estimated amount inf") << QStringList{QStringLiteral("last_name=X"), QStringLiteral("estimated_amount=inf")}
                                              << "estimated_amount" << "is out of range";
        QTest::addRow("budget 1e999") << QStringList{QStringLiteral("last_name=X"), QStringLiteral("budget_set=yes"), QStringLiteral("budget=1e999")}
                                      << "budget" << "is out of range";
        QTest::addRow("company of 201") << QStringList{QString(QStringLiteral("company=") + QString(201, QLatin1Char('c')))} << "company"
                                        << "Company is longer than 200 characters (201).";
    }
    void refusesValues()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Run r = cli(QStringList{QStringLiteral("lead"), QStringLiteral("add")} + assignments);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(field + QStringLiteral(": ")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        QVERIFY2(!holdsControl(r.err, true), qPrintable(describe(r)));
        QCOMPARE(cli({QStringLiteral("leads")}).out.count(QLatin1Char('\n')), 2); // headers and rule: nothing stored
    }

    void refusesControlCharactersInComments()
    {
        const Run added = cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Dupont")});
        QCOMPARE(added.code, 0);
        const Run r = cli({QStringLiteral("lead"), QStringLiteral("comment"), QStringLiteral("1"), QStringLiteral("hi\x1b[8m")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("text: ")), qPrintable(describe(r)));
        // a comment on several lines is fine
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("comment"), QStringLiteral("1"), QStringLiteral("one\ntwo")}).code, 0);
    }

    void printsStoredControlCharactersEscaped()
    {
        const Run added = cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Dupont"), QStringLiteral("city=Lyon"),
                               QStringLiteral("requirements=first\nsecond")});
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        // As older versions stored them: ESC, BEL and the one-character CSI.
        storeRaw(QStringLiteral("UPDATE leads SET last_name = 'Du' || char(27) || '[31mpont', "
                                "city = 'Ly' || char(7) || 'on' || char(155) || '2J' WHERE id = 1"));

        const Run shown = cli({QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(shown.code, 0);
        QVERIFY2(!holdsControl(shown.out, true), qPrintable(describe(shown)));
        QVERIFY2(shown.out.contains(QStringLiteral("Du\\x1b[31mpont")), qPrintable(describe(shown)));
        QVERIFY2(shown.out.contains(QStringLiteral("Ly\\x07on\\x9b2J")), qPrintable(describe(shown)));
        QVERIFY2(shown.out.contains(QStringLiteral("first\nsecond")), qPrintable(describe(shown))); // line feeds stay

        const Run listed = cli({QStringLiteral("leads")});
        QCOMPARE(listed.code, 0);
        QVERIFY2(!holdsControl(listed.out, true), qPrintable(describe(listed)));
        QVERIFY2(listed.out.contains(QStringLiteral("\\x1b[31mpont")), qPrintable(describe(listed)));

        // --json keeps the value as it is, escaped by JSON.
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(json.code, 0);
        QVERIFY(!holdsControl(json.out, true));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("last_name")).toString(), QStringLiteral("Du\x1b[31mpont"));
    }
};

QTEST_GUILESS_MAIN(TestCliValues)
#include "tst_clivalues.moc"
