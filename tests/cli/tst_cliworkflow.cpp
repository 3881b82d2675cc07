// quarry-cli lead workflows end to end, through the built binary: lead
// convert / lose / reopen, duplicates, merge and merge undo, events, emails,
// attachments and tickets from scripts, with their --json shapes and exit
// codes (0 done, 1 refused by a rule, 2 wrong usage).
#include "testdatabase.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json;
    bool jsonOk = false;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
};

QList<qint64> idList(const QJsonArray &a)
{
    QList<qint64> out;
    for (const QJsonValue &v : a)
        out << v.toInteger();
    return out;
}

} // namespace

class TestCliWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;

    Run exec(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data-home")));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(QUARRY_CLI_PATH), QStringList{QStringLiteral("--database"), m_db} + args);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        if (args.contains(QStringLiteral("--json"))) {
            QJsonParseError error;
            r.json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            r.jsonOk = error.error == QJsonParseError::NoError;
        }
        return r;
    }
    Run json(const QStringList &args) { return exec(QStringList{QStringLiteral("--json")} + args); }
    static QByteArray describe(const Run &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out.left(1500), r.err.left(1500)).toUtf8();
    }
    qint64 addLead(const QStringList &assignments)
    {
        const Run r = json(QStringList{QStringLiteral("lead"), QStringLiteral("add")} + assignments);
        if (r.code != 0 || !r.jsonOk) {
            qWarning("lead add failed: %s", describe(r).constData());
            return 0;
        }
        return r.object().value(QStringLiteral("id")).toInteger();
    }
    QString id(qint64 n) { return QString::number(n); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(QUARRY_CLI_PATH)), QUARRY_CLI_PATH);
    }
    void init() { m_db = testDatabase(m_dir.path(), QStringLiteral("workflow-%1.sqlite").arg(++m_counter)); }
    void cleanup() { dropTestDatabase(m_db); }

    void convert()
    {
        const qint64 lead = addLead({"title=Fleet renewal", "first_name=Jeanne", "last_name=Dupré", "company=Transports Dupré",
                                     "email=jeanne@dupre.fr", "estimated_amount=15000", "estimated_close_date=2026-06-30"});
        QVERIFY(lead);
        Run r = json({"lead", "convert", id(lead), "--partner", "new", "--contact", "new", "--opportunity", "yes"});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        const QJsonObject o = r.object();
        QCOMPARE(o.keys(), (QStringList{"contacts", "lead", "opportunity", "partner"}));
        QCOMPARE(o.value("lead").toInteger(), lead);
        QVERIFY(o.value("partner").toInteger() > 0);
        QCOMPARE(o.value("contacts").toArray().size(), 1);
        QVERIFY(o.value("opportunity").toInteger() > 0);

        r = json({"partner", "show", QString::number(o.value("partner").toInteger())});
        QVERIFY2(r.code == 0, describe(r));
        QCOMPARE(r.object().value("name").toString(), QStringLiteral("Transports Dupré"));
        QCOMPARE(r.object().value("type").toString(), QStringLiteral("prospect"));
        QCOMPARE(r.object().value("opportunities").toArray().first().toObject().value("expected_amount").toDouble(), 15000.0);

        r = json({"lead", "show", id(lead)});
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("Converted"));
        // Read-only now, and not converted twice.
        QCOMPARE(exec({"lead", "set", id(lead), "title=changed"}).code, 1);
        r = exec({"lead", "convert", id(lead)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already converted")));

        // No opportunity: null; existing partner and no contact.
        const qint64 second = addLead({"company=Transports Dupré", "last_name=Other"});
        r = json({"lead", "convert", id(second), "--partner", QString::number(o.value("partner").toInteger()), "--contact", "none"});
        QVERIFY2(r.code == 0, describe(r));
        QVERIFY(r.object().value("opportunity").isNull());
        QVERIFY(r.object().value("contacts").toArray().isEmpty());
    }

    void convertRefusals()
    {
        const qint64 lead = addLead({"company=Acme"});
        QCOMPARE(exec({"lead", "convert", id(lead), "--partner", "maybe"}).code, 2);
        QCOMPARE(exec({"lead", "convert", id(lead), "--opportunity", "perhaps"}).code, 2);
        QCOMPARE(exec({"lead", "convert", "abc"}).code, 2);
        QCOMPARE(exec({"lead", "convert", id(lead), "--partner", "999"}).code, 1);
        Run r = exec({"lead", "convert", id(lead), "--partner-status", "Won"});
        QCOMPARE(r.code, 1); // the option is off
        QVERIFY(r.err.contains(QStringLiteral("Manage statuses on prospect partner")));
        r = exec({"lead", "convert", id(lead), "--contact", "new"});
        QCOMPARE(r.code, 1); // no person to make a contact of
        QCOMPARE(exec({"lead", "convert", id(lead), "--partner-status", "Sold"}).code, 1);

        // With prospect statuses managed, a prospect set to Won is a customer.
        QCOMPARE(exec({"option", "set", "manage_prospect_statuses", "yes"}).code, 0);
        r = json({"lead", "convert", id(lead), "--partner-status", "Won"});
        QVERIFY2(r.code == 0, describe(r));
        r = json({"partner", "show", QString::number(r.object().value("partner").toInteger())});
        QCOMPARE(r.object().value("type").toString(), QStringLiteral("customer"));
        QCOMPARE(r.object().value("prospect_status").toString(), QStringLiteral("Won"));
    }

    void loseAndReopen()
    {
        const qint64 lead = addLead({"first_name=Paul", "last_name=Martin"});
        Run r = exec({"lead", "lose", id(lead)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Too expensive"))); // the reasons are listed
        QCOMPARE(exec({"lead", "lose", id(lead), "--reason", "Bored"}).code, 1);
        r = json({"lead", "lose", id(lead), "--reason", "too expensive", "--comment", "Budget cut"});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("Lost"));
        QCOMPARE(r.object().value("lost_reason").toString(), QStringLiteral("Too expensive"));
        QCOMPARE(r.object().value("lost_comment").toString(), QStringLiteral("Budget cut"));
        QCOMPARE(exec({"lead", "lose", id(lead), "--reason", "No budget"}).code, 1); // already lost
        QCOMPARE(exec({"lead", "reopen", id(lead), "--status", "Lost"}).code, 1);
        r = json({"lead", "reopen", id(lead), "--status", "Nurturing"});
        QVERIFY2(r.code == 0, describe(r));
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("Nurturing"));
        QVERIFY(r.object().value("lost_reason").isNull());
        QCOMPARE(exec({"lead", "reopen", id(lead)}).code, 1); // not lost any more
    }

    void duplicatesAndMerge()
    {
        const qint64 a = addLead({"first_name=Jean", "last_name=Dupont", "company=Acme SA", "email=jean@acme.fr", "phone=+33 1 23 45 67 89",
                                  "country=FR"});
        const qint64 b = addLead({"first_name=JEAN", "last_name=DUPONT", "company=ACME  sa", "email= Jean@ACME.fr ", "phone=01.23.45.67.89",
                                  "country=FR"});
        const qint64 c = addLead({"first_name=Jéan", "last_name=Dupont", "email=jd@perso.fr,JEAN@acme.fr", "phone=0033123456789", "country=FR"});
        const qint64 d = addLead({"first_name=Marie", "last_name=Curie", "company=Radium", "email=jd@perso.fr"});
        const qint64 e = addLead({"first_name=Zoë", "last_name=Ærø", "company=Radium"});
        QVERIFY(a && b && c && d && e);

        Run r = json({"duplicates", "--fields", "phone"});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        QCOMPARE(r.object().keys(), QStringList{"groups"});
        QCOMPARE(r.object().value("groups").toArray().size(), 1);
        QCOMPARE(idList(r.object().value("groups").toArray().first().toArray()), (QList<qint64>{a, b, c}));
        r = json({"duplicates", "--fields", "email"});
        QCOMPARE(idList(r.object().value("groups").toArray().first().toArray()), (QList<qint64>{a, b, c, d}));
        r = json({"duplicates", "--fields", "company"});
        const QJsonArray groups = r.object().value("groups").toArray();
        QCOMPARE(groups.size(), 2); // sorted by first id
        QCOMPARE(idList(groups.at(0).toArray()), (QList<qint64>{a, b}));
        QCOMPARE(idList(groups.at(1).toArray()), (QList<qint64>{d, e}));
        r = json({"duplicates", "--fields", "email", "--ids", QStringLiteral("%1,%2").arg(a).arg(d)});
        QVERIFY(r.object().value("groups").toArray().isEmpty());
        QCOMPARE(exec({"duplicates", "--fields", "shoe_size"}).code, 2);
        r = exec({"duplicates", "--fields", "phone"});
        QVERIFY(r.out.contains(QStringLiteral("Jean Dupont"))); // a table for people

        // Not a duplicate: no longer proposed.
        QCOMPARE(exec({"duplicates", "--not-duplicate", QStringLiteral("%1,%2").arg(d).arg(e)}).code, 0);
        r = json({"duplicates", "--fields", "company"});
        QCOMPARE(r.object().value("groups").toArray().size(), 1);

        // Merge, then the merged lead names where it went.
        r = json({"merge", id(a), id(b), id(c)});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        QCOMPARE(r.object().value("id").toInteger(), a);
        const qint64 mergeId = r.object().value("merge_id").toInteger();
        QVERIFY(mergeId > 0);
        QCOMPARE(r.object().value("email").toArray().size(), 2); // jean@acme.fr once, jd@perso.fr
        r = exec({"lead", "show", id(b)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("merged into lead #%1").arg(a)), qPrintable(r.err));
        r = json({"leads"});
        QCOMPARE(r.array().size(), 3);
        r = json({"merges", id(a)});
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(exec({"merge", id(a)}).code, 2);
        QCOMPARE(exec({"merge", id(a), id(b)}).code, 1); // already merged

        // Undo.
        r = json({"merge", "undo", QString::number(mergeId)});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        QCOMPARE(idList(r.object().value("restored").toArray()), (QList<qint64>{b, c}));
        QCOMPARE(exec({"lead", "show", id(b)}).code, 0);
        QCOMPARE(json({"leads"}).array().size(), 5);
        QCOMPARE(exec({"merge", "undo", QString::number(mergeId)}).code, 1);
    }

    void eventsEmailsAttachmentsTickets()
    {
        const qint64 lead = addLead({"first_name=Ada", "last_name=Lovelace", "company=Engines", "email=ada@engines.uk", "do_not_call=yes"});
        QVERIFY(lead);
        Run r = exec({"event", "add", id(lead), "--type", "call", "--subject", "Intro", "--at", "2030-03-05T10:00"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Do not call")));
        r = json({"event", "add", id(lead), "--type", "meeting", "--subject", "Demo", "--at", "2030-03-05T10:00:00Z", "--duration", "45"});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        const qint64 event = r.object().value("id").toInteger();
        QCOMPARE(r.object().value("duration").toInt(), 45);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("planned"));
        QCOMPARE(json({"lead", "show", id(lead)}).object().value("next_event_at").toString(), QStringLiteral("2030-03-05T10:00:00.000Z"));
        QCOMPARE(exec({"event", "add", id(lead), "--type", "party", "--subject", "x", "--at", "2030-03-05T10:00"}).code, 2);
        QCOMPARE(exec({"event", "add", id(lead), "--subject", "x"}).code, 2);
        r = json({"event", "done", QString::number(event)});
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("done"));
        r = json({"events", id(lead)});
        QCOMPARE(r.array().size(), 1);
        QVERIFY(json({"lead", "show", id(lead)}).object().value("next_event_at").isNull());

        r = json({"email", "send", id(lead), "--subject", "Hello {first_name}", "--body", "Dear {first_name} of {company}"});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        QCOMPARE(r.object().value("to").toArray().first().toString(), QStringLiteral("ada@engines.uk"));
        QCOMPARE(r.object().value("subject").toString(), QStringLiteral("Hello Ada"));
        QVERIFY(r.object().value("mailto").toString().startsWith(QStringLiteral("mailto:ada@engines.uk?subject=Hello%20Ada")));
        QCOMPARE(json({"emails", id(lead)}).array().size(), 1);
        QCOMPARE(exec({"template", "add", "Welcome", "--subject", "Welcome {first_name}", "--body", "Hi"}).code, 0);
        r = json({"email", "send", id(lead), "--template", "welcome", "--to", "boss@engines.uk"});
        QCOMPARE(r.object().value("subject").toString(), QStringLiteral("Welcome Ada"));
        QCOMPARE(exec({"lead", "set", id(lead), "do_not_email=yes"}).code, 0);
        r = exec({"email", "send", id(lead), "--subject", "Again"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Do not email")));

        const QString file = m_dir.filePath(QStringLiteral("specs.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Analytical engine specs\n");
        f.close();
        r = json({"attach", id(lead), file});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        const qint64 attachment = r.object().value("id").toInteger();
        QCOMPARE(r.object().value("file_name").toString(), QStringLiteral("specs.txt"));
        QCOMPARE(r.object().value("size").toInteger(), qint64(24));
        QCOMPARE(json({"attachments", id(lead)}).array().size(), 1);
        const QString copy = m_dir.filePath(QStringLiteral("copy.txt"));
        QCOMPARE(exec({"attachment", "get", QString::number(attachment), copy}).code, 0);
        QFile c(copy);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), QByteArray("Analytical engine specs\n"));
        QCOMPARE(exec({"option", "set", "attachment_max_bytes", "10"}).code, 0);
        r = exec({"attach", id(lead), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("specs.txt")));
        QCOMPARE(exec({"attachment", "remove", QString::number(attachment)}).code, 0);
        QVERIFY(json({"attachments", id(lead)}).array().isEmpty());

        r = json({"ticket", "add", id(lead), "--subject", "Engine stalls"});
        QVERIFY2(r.code == 0 && r.jsonOk, describe(r));
        const qint64 ticket = r.object().value("id").toInteger();
        QVERIFY(r.object().value("open").toBool());
        QCOMPARE(json({"tickets", id(lead), "--open"}).array().size(), 1);
        QCOMPARE(exec({"ticket", "close", QString::number(ticket)}).code, 0);
        QCOMPARE(json({"tickets", id(lead), "--open"}).array().size(), 0);
        QCOMPARE(json({"tickets", id(lead), "--closed"}).array().size(), 1);
        QCOMPARE(exec({"ticket", "add", id(lead)}).code, 1); // no subject

        QCOMPARE(exec({"lead", "comment", id(lead), "Prefers mornings"}).code, 0);
        QCOMPARE(exec({"lead", "comment", id(lead), "  "}).code, 1);
        r = json({"lead", "history", id(lead)});
        QStringList kinds;
        for (const QJsonValue &v : r.array())
            kinds << v.toObject().value("kind").toString();
        for (const char *kind : {"event", "email", "attachment", "ticket", "comment"})
            QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cliworkflow.moc"
