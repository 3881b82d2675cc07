// quarry-cli never writes over its own database: export leads FILE,
// import … --report FILE and attachment get ID FILE refuse the database, its
// -wal, a hard link and a symbolic link to it (exit 3, nothing written), and
// the database still opens afterwards.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "clirunner.h"

namespace {
using CliRunner::Run;
} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run exec(const QStringList &args)
    {
        return CliRunner::run(m_dir.filePath(QStringLiteral("data-home")), m_db, args);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The target as the row names it: the database, a companion, a link.
    QString target(const QString &kind)
    {
        if (kind == QLatin1String("database"))
            return m_db;
        if (kind == QLatin1String("wal"))
            return m_db + QStringLiteral("-wal");
        if (kind == QLatin1String("dotted")) {
            QDir().mkpath(path(QStringLiteral("sub")));
            return path(QStringLiteral("sub/../quarry.sqlite"));
        }
        const QString link = path(QStringLiteral("link-%1.csv").arg(kind));
        QFile::remove(link);
        if (kind == QLatin1String("hardlink"))
            return ::link(QFile::encodeName(m_db).constData(), QFile::encodeName(link).constData()) == 0 ? link : QString();
        return QFile::link(m_db, link) ? link : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("quarry.sqlite"));
        QCOMPARE(exec({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Dupont"),
                       QStringLiteral("email=jean@acme.fr")}).code, 0);
        QFile csv(path(QStringLiteral("in.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("last_name,email\nMartin,not an email\n");
        csv.close();
        QVERIFY(exec({QStringLiteral("attach"), QStringLiteral("1"), path(QStringLiteral("in.csv"))}).code == 0);
    }

    void refusesTheDatabase_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("kind");
        for (const char *command : {"export", "report", "attachment"}) {
            for (const char *kind : {"database", "wal", "dotted", "hardlink", "symlink"})
                QTest::addRow("%s onto the %s", command, kind) << QString::fromLatin1(command) << QString::fromLatin1(kind);
        }
    }

    void refusesTheDatabase()
    {
        QFETCH(QString, command);
        QFETCH(QString, kind);
        const QString file = target(kind);
        QVERIFY(!file.isEmpty());
        Run r;
        if (command == QLatin1String("export"))
            r = exec({QStringLiteral("export"), QStringLiteral("leads"), file});
        else if (command == QLatin1String("report"))
            r = exec({QStringLiteral("import"), QStringLiteral("leads"), path(QStringLiteral("in.csv")),
                      QStringLiteral("--report"), file});
        else
            r = exec({QStringLiteral("attachment"), QStringLiteral("get"), QStringLiteral("1"), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("database")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(r.err));

        // The database is what it was, and opens.
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("SQLite format 3"));
        const Run leads = exec({QStringLiteral("leads")});
        QCOMPARE(leads.code, 0);
        QVERIFY2(leads.out.contains(QStringLiteral("Dupont")), qPrintable(leads.out + leads.err));
    }

    void writesElsewhere()
    {
        // The guard refuses the database, not every file beside it.
        const QString file = path(QStringLiteral("quarry.sqlite.csv"));
        QCOMPARE(exec({QStringLiteral("export"), QStringLiteral("leads"), file}).code, 0);
        QVERIFY(QFileInfo(file).size() > 0);
        const QString got = path(QStringLiteral("got.csv"));
        QCOMPARE(exec({QStringLiteral("attachment"), QStringLiteral("get"), QStringLiteral("1"), got}).code, 0);
        QCOMPARE(QFileInfo(got).size(), QFileInfo(path(QStringLiteral("in.csv"))).size());
    }

    void refusesDevicesAsInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("import leads /dev/zero") << QStringList{"import", "leads", "/dev/zero"};
        QTest::addRow("import industries /dev/zero") << QStringList{"import", "industries", "/dev/zero"};
        QTest::addRow("import cities /dev/zero") << QStringList{"import", "cities", "/dev/zero"};
        QTest::addRow("attach /dev/zero") << QStringList{"attach", "1", "/dev/zero"};
        QTest::addRow("import a folder") << QStringList{"import", "leads", "/tmp"};
    }

    void refusesDevicesAsInput()
    {
        QFETCH(QStringList, args);
        const Run r = exec(args);
        QVERIFY2(r.code == 1 || r.code == 3, qPrintable(QString::number(r.code) + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
