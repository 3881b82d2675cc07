// AttachmentService: files on a lead kept inside the database (one file
// holds everything), listed without their data, read back byte for byte,
// removed, and refused over the size limit of the CRM options.
#include "attachmentservice.h"
#include "conversionservice.h"
#include "optionsservice.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestAttachments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    qint64 m_lead = 0;

    static QByteArray binary()
    {
        QByteArray data;
        for (int i = 0; i < 1000; ++i)
            data.append(char(i % 256)); // NUL bytes and every other byte value
        return data;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_lead = m_tw->addLead(LeadBuilder().named(QStringLiteral("Alan"), QStringLiteral("Turing")));
        QVERIFY(m_lead);
    }
    void cleanup() { m_tw.reset(); }

    void addsListsReadsAndRemoves()
    {
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto added = ws().attachments().add(m_lead, QStringLiteral("/home/someone/specs.bin"), binary(), QStringLiteral("application/x-test"));
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(added->fileName, QStringLiteral("specs.bin")); // the name, not the path
        QCOMPARE(added->size, qint64(1000));
        QCOMPARE(added->addedBy, ws().currentUserId());
        QCOMPARE(added->addedAt, ws().now());

        const QList<Attachment> list = ws().attachments().forLead(m_lead);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().fileName, QStringLiteral("specs.bin"));
        QCOMPARE(list.first().mime, QStringLiteral("application/x-test"));
        QCOMPARE(list.first().size, qint64(1000));
        QVERIFY(list.first().data.isEmpty()); // lists never carry the data

        auto read = ws().attachments().read(added->id);
        QVERIFY(read.ok());
        QCOMPARE(read->data, binary());

        // Inside the database file itself.
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT length(data) FROM attachments WHERE id = %1").arg(added->id)).toLongLong(), qint64(1000));
        m_tw->reopen();
        QCOMPARE(ws().attachments().read(added->id)->data, binary());

        QVERIFY(ws().attachments().remove(added->id).ok());
        QVERIFY(ws().attachments().forLead(m_lead).isEmpty());
        QVERIFY(!ws().attachments().read(added->id).ok());
        QVERIFY(!ws().attachments().remove(added->id).ok());
        const QList<Activity> history = ws().leads().history(m_lead);
        QCOMPARE(std::count_if(history.cbegin(), history.cend(), [](const Activity &a) { return a.kind == Activity::Kind::Attachment; }), 2);
    }

    void guessesTheType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mime");
        QTest::addRow("text") << "notes.txt" << QByteArray("hello") << "text/plain";
        QTest::addRow("pdf") << "quote.pdf" << QByteArray("%PDF-1.4\n") << "application/pdf";
        QTest::addRow("png by content") << "logo" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "image/png";
    }
    void guessesTheType()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, mime);
        auto added = ws().attachments().add(m_lead, name, data);
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        QCOMPARE(added->mime, mime);
    }

    void emptyFileIsKept()
    {
        auto added = ws().attachments().add(m_lead, QStringLiteral("empty.txt"), QByteArray());
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        QCOMPARE(ws().attachments().read(added->id)->size, qint64(0));
    }

    void sizeLimit_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("under the limit") << 99 << true;
        QTest::addRow("at the limit") << 100 << true;
        QTest::addRow("over the limit") << 101 << false;
    }
    void sizeLimit()
    {
        QFETCH(int, size);
        QFETCH(bool, accepted);
        QVERIFY(ws().options().set(QStringLiteral("attachment_max_bytes"), QStringLiteral("100")).ok());
        QCOMPARE(ws().options().attachmentMaxBytes(), qint64(100));
        auto added = ws().attachments().add(m_lead, QStringLiteral("big.bin"), QByteArray(size, 'x'));
        QCOMPARE(added.ok(), accepted);
        if (!accepted) {
            QCOMPARE(added.problems().first().field, QStringLiteral("file"));
            QVERIFY(added.errorText().contains(QStringLiteral("big.bin")));
            QVERIFY(added.errorText().contains(QStringLiteral("100 bytes")));
            QVERIFY(ws().attachments().forLead(m_lead).isEmpty());
        }
    }

    void addsAFileFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("brochure.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Our offer");
        f.close();
        auto added = ws().attachments().addFile(m_lead, path);
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        QCOMPARE(added->fileName, QStringLiteral("brochure.txt"));
        QCOMPARE(ws().attachments().read(added->id)->data, QByteArray("Our offer"));

        auto missing = ws().attachments().addFile(m_lead, dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorText().contains(QStringLiteral("nope.txt")));

        QVERIFY(ws().options().set(QStringLiteral("attachment_max_bytes"), QStringLiteral("5")).ok());
        auto big = ws().attachments().addFile(m_lead, path);
        QVERIFY(!big.ok());
        QVERIFY(big.errorText().contains(QStringLiteral("brochure.txt")));
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("an endless device") << QStringLiteral("/dev/zero");
        QTest::addRow("a folder") << QDir::tempPath();
    }
    void refusesWhatIsNotARegularFile()
    {
        // /dev/zero reports a size of 0 and never ends: read whole, it ended
        // in std::bad_alloc.
        QFETCH(QString, path);
        auto added = ws().attachments().addFile(m_lead, path);
        QVERIFY(!added.ok());
        QCOMPARE(added.problems().first().field, QStringLiteral("file"));
        QVERIFY2(added.errorText().contains(QStringLiteral("not a regular file")), qPrintable(added.errorText()));
        QVERIFY(ws().attachments().forLead(m_lead).isEmpty());
    }

    void aStoredLimitPastTheCapIsCapped()
    {
        // A limit stored before the cap (or written to the file by hand)
        // does not make addFile read more than the cap.
        QSqlQuery q(ws().database().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO crm_options(key, value) VALUES('attachment_max_bytes', '9223372036854775807') "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
        QCOMPARE(ws().options().attachmentMaxBytes(), std::numeric_limits<qint64>::max());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(OptionsService::AttachmentMaxBytesCap + 1)); // sparse: no disk used
        f.close();
        auto added = ws().attachments().addFile(m_lead, f.fileName());
        QVERIFY(!added.ok());
        QVERIFY2(added.errorText().contains(QStringLiteral("limited to")), qPrintable(added.errorText()));
    }

    void savesToAFileButNeverTheDatabase()
    {
        auto added = ws().attachments().add(m_lead, QStringLiteral("data.bin"), binary());
        QVERIFY(added.ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.bin"));
        QVERIFY(ws().attachments().saveTo(added.value(), out).ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), binary());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const VoidResult r = ws().attachments().saveTo(added.value(), ws().database().path() + suffix);
            QVERIFY(!r.ok());
            QCOMPARE(r.problems().first().field, QStringLiteral("file"));
        }
        m_tw->reopen();
        QCOMPARE(ws().attachments().forLead(m_lead).size(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("field");
        QTest::addRow("no file name") << "no name" << "file_name";
        QTest::addRow("unknown lead") << "unknown" << "id";
        QTest::addRow("converted lead") << "converted" << "lead";
    }
    void refused()
    {
        QFETCH(QString, situation);
        QFETCH(QString, field);
        qint64 lead = m_lead;
        QString name = QStringLiteral("a.txt");
        if (situation == QLatin1String("no name"))
            name = QStringLiteral("  ");
        else if (situation == QLatin1String("unknown"))
            lead = 9999;
        else if (situation == QLatin1String("converted"))
            QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(m_lead)).ok());
        auto added = ws().attachments().add(lead, name, QByteArray("x"));
        QVERIFY(!added.ok());
        QCOMPARE(added.problems().first().field, field);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM attachments")).toLongLong(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
