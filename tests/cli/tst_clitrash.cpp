// quarry-cli and the trash: lead delete puts leads in it (leads --menu trash
// lists them, lead show names it), lead restore brings them back with their
// timeline, trash empty removes them for good (an admin only); and the bulk
// changes (lead take, lead assign, lead status ID … NAME) do the allowed part,
// exit 1 and name each lead left as it was.
#include "testdatabase.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::Run;

class TestCliTrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return CliRunner::finish(CliRunner::start(m_dir.filePath(QStringLiteral("data-home")), m_db, args, env));
    }
    qint64 add(const QString &last)
    {
        const Run r = cli({"--json", "lead", "add", "last_name=" + last, "email=" + last.toLower() + "@trash.test"});
        return r.object().value(QStringLiteral("id")).toInteger();
    }
    QList<qint64> listed(const QString &menu, const QString &search = {})
    {
        QStringList args{"--json", "leads", "--menu", menu};
        if (!search.isEmpty())
            args << "--search" << search;
        QList<qint64> out;
        for (const QJsonValue &v : cli(args).array())
            out << v.toObject().value(QStringLiteral("id")).toInteger();
        return out;
    }

private slots:
    void init()
    {
        m_db = testDatabase(m_dir.path(), QStringLiteral("trash.sqlite"));
        QFile::remove(m_db);
        QCOMPARE(cli({"init"}).code, 0);
    }
    void cleanup() { dropTestDatabase(m_db); }

    void deleteRestoreAndEmpty()
    {
        const qint64 a = add(QStringLiteral("Alpha"));
        const qint64 b = add(QStringLiteral("Beta"));
        QVERIFY(a > 0 && b > 0);
        QCOMPARE(cli({"lead", "comment", QString::number(a), "Called twice"}).code, 0);

        Run r = cli({"--json", "lead", "delete", QString::number(a)});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.object().value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(listed(QStringLiteral("all")), QList<qint64>{b});
        QCOMPARE(listed(QStringLiteral("all"), QStringLiteral("alpha")), QList<qint64>{});
        QCOMPARE(listed(QStringLiteral("trash")), QList<qint64>{a});
        const QJsonArray trash = cli({"--json", "leads", "--menu", "trash"}).array();
        QVERIFY(!trash.first().toObject().value(QStringLiteral("deleted_at")).toString().isEmpty());
        QCOMPARE(cli({"--json", "stats"}).object().value(QStringLiteral("leads")).toInt(), 1);
        // In the trash: shown as such, not changed.
        r = cli({"lead", "show", QString::number(a)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("trash")), qPrintable(r.err));
        QCOMPARE(cli({"lead", "set", QString::number(a), "city=Lyon"}).code, 1);
        QCOMPARE(cli({"lead", "delete", QString::number(a)}).code, 1);

        r = cli({"--json", "lead", "restore", QString::number(a)});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.object().value(QStringLiteral("restored")).toInt(), 1);
        QCOMPARE(listed(QStringLiteral("all"), QStringLiteral("alpha")), QList<qint64>{a});
        const QJsonArray history = cli({"--json", "lead", "history", QString::number(a)}).array();
        QStringList texts;
        for (const QJsonValue &v : history)
            texts << v.toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(texts.contains(QStringLiteral("Called twice")) && texts.contains(QStringLiteral("Restored from the trash.")),
                 qPrintable(texts.join('|')));
        QCOMPARE(cli({"lead", "restore", QString::number(a)}).code, 1);

        // Emptied by an admin (the first user is one); a second user is not.
        QCOMPARE(cli({"lead", "delete", QString::number(a), QString::number(b)}).code, 0);
        QCOMPARE(cli({"user", "add", "bob"}).code, 0);
        r = CliRunner::finish(CliRunner::start(m_dir.filePath(QStringLiteral("data-home")), m_db,
                                               {"--user", "bob", "trash", "empty"}));
        QCOMPARE(r.code, 1);
        QCOMPARE(listed(QStringLiteral("trash")).size(), 2);
        r = cli({"--json", "trash", "empty", QString::number(b)});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.object().value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(listed(QStringLiteral("trash")), QList<qint64>{a});
        QCOMPARE(cli({"lead", "restore", QString::number(b)}).code, 1);
        QCOMPARE(cli({"--json", "trash", "empty", "--expired"}).object().value(QStringLiteral("removed")).toInt(), 0);
        QCOMPARE(cli({"lead", "delete"}).code, 2);
        QCOMPARE(cli({"leads", "--menu", "bin"}).code, 2);
    }

    void aBulkChangeDoesTheAllowedPart()
    {
        QList<qint64> ids;
        for (const char *name : {"One", "Two", "Three", "Four", "Five"})
            ids << add(QString::fromLatin1(name));
        QCOMPARE(cli({"lead", "lose", QString::number(ids.at(1)), "--reason", "Too expensive"}).code, 0);
        QCOMPARE(cli({"lead", "delete", QString::number(ids.at(3))}).code, 0);

        QStringList args{"--json", "lead", "take"};
        for (qint64 id : ids)
            args << QString::number(id);
        Run r = cli(args);
        QCOMPARE(r.code, 1); // done in part
        QCOMPARE(r.object().value(QStringLiteral("updated")).toInt(), 4);
        const QJsonArray refused = r.object().value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value(QStringLiteral("id")).toInteger(), ids.at(3));
        QVERIFY2(r.err.contains(QStringLiteral("#%1").arg(ids.at(3))), qPrintable(r.err));

        // A status change over several leads: the lost one stays lost.
        const QString open = cli({"--json", "statuses"}).array().at(1).toObject().value(QStringLiteral("name")).toString();
        r = cli({"--json", "lead", "status", QString::number(ids.at(0)), QString::number(ids.at(1)), QString::number(ids.at(2)), open});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.object().value(QStringLiteral("updated")).toInt(), 2);
        QCOMPARE(r.object().value(QStringLiteral("refused")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(),
                 ids.at(1));
        const QJsonObject first = cli({"--json", "lead", "show", QString::number(ids.at(0))}).object();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), open);
        // Every lead allowed: exit 0, no "refused".
        r = cli({"--json", "lead", "status", QString::number(ids.at(0)), QString::number(ids.at(2)), open});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.object().contains(QStringLiteral("refused")));
    }
};

QTEST_GUILESS_MAIN(TestCliTrash)
#include "tst_clitrash.moc"
