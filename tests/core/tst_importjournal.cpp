// ImportJournal through real imports (ImportService on CSV files, real
// SQLite): the journal row and its counts, the import id on created leads
// (both write paths of BulkLeadWriter), the values an update replaced, and
// the undo: created leads removed, updated leads restored exactly, leads
// changed since refused and left as they are, a second undo refused, and
// all or nothing when the database fails half way.
#include "bulkleadwriter.h"
#include "importjournal.h"
#include "importservice.h"
#include "testhelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestImportJournal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }
    ImportJournal &journal() { return ws().importJournal(); }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return path;
    }

    /// Three new people, as a spreadsheet saves them (CRLF).
    QString newPeople()
    {
        return file(QStringLiteral("event-2026.csv"),
                    "First Name,Last Name,Company,Email,Phone,Tags\r\n"
                    "Ann,Lee,Acme,ann@acme.example,+33 1 23 45 67 01,salon\r\n"
                    "Bob,Ray,Beta,bob@beta.example,+33 1 23 45 67 02,salon\r\n"
                    "Cid,Moe,Gamma,cid@gamma.example,+33 1 23 45 67 03,\r\n");
    }

    ImportSummary import(const QString &path, DuplicatePolicy policy = DuplicatePolicy::Skip)
    {
        ImportOptions options;
        options.onDuplicate = policy;
        auto r = ImportService(ws()).run(path, options);
        if (!r) {
            qWarning("import failed: %s", qPrintable(r.errorText()));
            return {};
        }
        return r.value();
    }

    qint64 count(const QString &sql) { return sqlValue(ws(), sql).toLongLong(); }
    qint64 leadCount() { return count(QStringLiteral("SELECT COUNT(*) FROM leads")); }

    std::optional<Lead> byEmail(const QString &email)
    {
        const QList<qint64> ids = ws().leadRepository().idsWithContactKey(QStringLiteral("email"), email);
        if (ids.isEmpty())
            return std::nullopt;
        return ws().leadRepository().find(ids.first());
    }

    /// Every value a person or an import can set, for exact comparisons.
    static QVariantMap values(const Lead &lead)
    {
        QVariantMap out;
        for (const LeadField &f : leadFields())
            if (!f.readOnly)
                out.insert(f.key, f.get(lead));
        return out;
    }

    void later(int minutes)
    {
        m_tw->setNow(ws().now().addSecs(60 * minutes));
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void importWritesItsJournalRow()
    {
        const ImportSummary s = import(newPeople());
        QCOMPARE(s.counts.imported, 3);
        QVERIFY(s.importId > 0);
        const QList<ImportEntry> list = journal().list();
        QCOMPARE(list.size(), 1);
        const ImportEntry &e = list.first();
        QCOMPARE(e.id, s.importId);
        QCOMPARE(e.file, QStringLiteral("event-2026.csv")); // the name, not the path
        QCOMPARE(e.userLogin, QStringLiteral("tester"));
        QCOMPARE(e.at, ws().now());
        QCOMPARE(e.imported, 3);
        QCOMPARE(e.updated, 0);
        QCOMPARE(e.skipped, 0);
        QCOMPARE(e.rejected, 0);
        QCOMPARE(e.leadsLeft, 3);
        QVERIFY(!e.isReverted());
        // Every created lead carries the import's id: no second row per lead.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM leads WHERE import_id = %1").arg(s.importId)), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_updates")), 0);
    }

    void countsOfSkippedAndRejectedRows()
    {
        QVERIFY(m_tw->addLead(LeadBuilder().named("Ann", "Lee").email("ann@acme.example")));
        const ImportSummary s = import(file(QStringLiteral("mixed.csv"), "First Name,Last Name,Email\n"
                                                                          "Ann,Lee,ann@acme.example\n"
                                                                          ",,not-an-email\n"
                                                                          "Dan,Fox,dan@fox.example\n"));
        QCOMPARE(s.counts, (ImportCounts{3, 1, 0, 1, 1}));
        const ImportEntry e = journal().find(s.importId).value();
        QCOMPARE(e.imported, 1);
        QCOMPARE(e.skipped, 1);
        QCOMPARE(e.rejected, 1);
    }

    void importThatWroteNothingLeavesNoEntry()
    {
        const ImportSummary s = import(file(QStringLiteral("bad.csv"), "First Name,Last Name,Email\n,,bad\n"));
        QCOMPARE(s.counts.rejected, 1);
        QCOMPARE(s.importId, 0);
        QVERIFY(journal().list().isEmpty());
    }

    void dryRunWritesNoJournal()
    {
        ImportOptions options;
        QVERIFY(ImportService(ws()).preview(newPeople(), options));
        QVERIFY(journal().list().isEmpty());
    }

    void bothWritePathsCarryTheImportId_data()
    {
        QTest::addColumn<bool>("fast");
        QTest::addRow("sqlite3 statements") << true;
        QTest::addRow("portable") << false;
    }

    void bothWritePathsCarryTheImportId()
    {
        QFETCH(bool, fast);
        if (fast && TestWorkspace::onPostgres())
            QSKIP("the sqlite3 statements are SQLite's");
        Transaction tx(ws().database());
        QVERIFY(tx.isActive());
        const qint64 importId = journal().start(QStringLiteral("x.csv"), QStringLiteral("hubspot")).value();
        BulkLeadWriter writer(ws().database());
        writer.setFastPathEnabled(fast);
        QVERIFY(writer.begin(2));
        QVERIFY(writer.setImportId(importId)); // after begin: the entry is written in the load's transaction
        Lead lead = LeadBuilder().named("Eve", "Ink").email("eve@ink.example");
        lead.createdAt = lead.updatedAt = ws().now();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        const qint64 a = writer.add(lead).value();
        QVERIFY(writer.setImportId(0));
        const qint64 b = writer.add(lead).value();
        QVERIFY(writer.finish());
        QVERIFY(tx.commit());
        QCOMPARE(writer.usesFastPath(), fast);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT import_id FROM leads WHERE id = %1").arg(a)).toLongLong(), importId);
        QVERIFY(sqlValue(ws(), QStringLiteral("SELECT import_id FROM leads WHERE id = %1").arg(b)).isNull());
        QCOMPARE(journal().find(importId)->source, QStringLiteral("hubspot"));
    }

    void journalOnlyInsideATransaction()
    {
        QVERIFY(!journal().start(QStringLiteral("x.csv"), QString()));
    }

    void editsKeepTheImportId()
    {
        const ImportSummary s = import(newPeople());
        Lead ann = *byEmail(QStringLiteral("ann@acme.example"));
        ann.city = QStringLiteral("Lyon");
        QVERIFY(ws().leads().update(ann));
        QVERIFY(ws().leads().assign({ann.id}, ws().currentUserId()));
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT import_id FROM leads WHERE id = %1").arg(ann.id)).toLongLong(), s.importId);
    }

    void revertRemovesTheCreatedLeads()
    {
        const qint64 kept = m_tw->addLead(LeadBuilder().named("Old", "Timer").email("old@timer.example"));
        const ImportSummary s = import(newPeople());
        QCOMPARE(leadCount(), 4);
        QSignalSpy reset(&ws(), &Workspace::leadsReset);
        later(5);
        auto r = journal().revert(s.importId);
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->removed, 3);
        QCOMPARE(r->restored, 0);
        QVERIFY(r->refused.isEmpty());
        QCOMPARE(reset.count(), 1);
        // The lead and everything on it: contact points, tags, search entry.
        QCOMPARE(leadCount(), 1);
        QVERIFY(ws().leadRepository().exists(kept));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_contact_points WHERE lead_id <> %1").arg(kept)), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_tags")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM leads_fts")), 1);
        LeadFilter all;
        QCOMPARE(ws().leadRepository().count(all), 1); // the sort marks' count follows
        const ImportEntry e = journal().find(s.importId).value();
        QCOMPARE(e.revertedAt, ws().now());
        QCOMPARE(e.leadsLeft, 0);
    }

    void revertRestoresTheUpdatedValuesExactly()
    {
        const qint64 vip = ws().references().add(RefKind::Tag, QStringLiteral("vip"))->id;
        Lead before = LeadBuilder().named("", "Lee").email("ann@acme.example").tag(vip);
        before.description = QStringLiteral("<p>met in 2024</p>");
        const qint64 id = m_tw->addLead(before);
        const Lead original = *ws().leadRepository().find(id);
        const int historyBefore = int(ws().leads().history(id).size());

        later(1);
        const ImportSummary s = import(file(QStringLiteral("update.csv"),
                                            "First Name,Last Name,Company,Email,Phone,Mobile,Tags\n"
                                            "Ann,Lee,Acme,ann@acme.example;ann.lee@home.example,+33 1 23 45 67 01;+33 6 11 22 33 44,"
                                            "+33 6 00 00 00 01,salon;vip\n"),
                                       DuplicatePolicy::Update);
        QCOMPARE(s.counts.updated, 1);
        const Lead updated = *ws().leadRepository().find(id);
        QCOMPARE(updated.firstName, QStringLiteral("Ann"));
        QCOMPARE(updated.emails.size(), 2);
        QCOMPARE(updated.phones.size(), 2);
        QCOMPARE(updated.tagIds.size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_updates WHERE import_id = %1 AND lead_id = %2")
                           .arg(s.importId)
                           .arg(id)),
                 1);
        QCOMPARE(journal().find(s.importId)->updatesLeft, 1);

        later(5);
        auto r = journal().revert(s.importId);
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->restored, 1);
        QCOMPARE(r->removed, 0);
        const Lead restored = *ws().leadRepository().find(id);
        QCOMPARE(values(restored), values(original));
        QCOMPARE(restored.emails, QStringList{QStringLiteral("ann@acme.example")});
        QVERIFY(restored.phones.isEmpty());
        QCOMPARE(restored.tagIds, QList<qint64>{vip});
        QCOMPARE(restored.updatedAt, ws().now());
        // Stored keys and search follow the restored values.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_contact_points WHERE lead_id = %1").arg(id)), 1);
        QVERIFY(ws().leadRepository().idsWithContactKey(QStringLiteral("email"), QStringLiteral("ann.lee@home.example")).isEmpty());
        // The timeline says the import was undone, field by field.
        QStringList undone;
        for (const Activity &a : ws().leads().history(id).mid(historyBefore))
            if (a.text.contains(QStringLiteral("Import #%1 undone").arg(s.importId)))
                undone << a.field;
        QVERIFY2(undone.contains(QStringLiteral("first_name")) && undone.contains(QStringLiteral("email"))
                     && undone.contains(QStringLiteral("tags")),
                 qPrintable(undone.join(',')));
    }

    void aLeadCreatedAndUpdatedByTheSameImportIsRemoved()
    {
        const ImportSummary s = import(file(QStringLiteral("twice.csv"), "First Name,Last Name,Company,Email\n"
                                                                          "Ann,Lee,,ann@acme.example\n"
                                                                          "Ann,Lee,Acme,ann@acme.example\n"),
                                       DuplicatePolicy::Update);
        QCOMPARE(s.counts.imported, 1);
        QCOMPARE(s.counts.updated, 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_updates")), 0);
        later(5);
        auto r = journal().revert(s.importId);
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->removed, 1);
        QVERIFY(r->refused.isEmpty());
        QCOMPARE(leadCount(), 0);
    }

    void leadsChangedSinceAreRefusedAndKept()
    {
        const qint64 existing = m_tw->addLead(LeadBuilder().named("Zoe", "Kim").email("zoe@kim.example"));
        const qint64 untouched = m_tw->addLead(LeadBuilder().named("Yan", "Ode").email("yan@ode.example"));
        later(1);
        const ImportSummary s = import(file(QStringLiteral("mix.csv"), "First Name,Last Name,Company,Email\n"
                                                                        "Ann,Lee,Acme,ann@acme.example\n"
                                                                        "Bob,Ray,Beta,bob@beta.example\n"
                                                                        "Cid,Moe,Gamma,cid@gamma.example\n"
                                                                        "Zoe,Kim,Zeta,zoe@kim.example\n"
                                                                        "Yan,Ode,Omega,yan@ode.example\n"),
                                       DuplicatePolicy::Update);
        QCOMPARE(s.counts.imported, 3);
        QCOMPARE(s.counts.updated, 2);

        later(10);
        // A created lead edited, another given a comment; an updated lead edited.
        Lead ann = *byEmail(QStringLiteral("ann@acme.example"));
        ann.city = QStringLiteral("Lyon");
        QVERIFY(ws().leads().update(ann));
        const qint64 bob = byEmail(QStringLiteral("bob@beta.example"))->id;
        later(1);
        QVERIFY(ws().leads().addComment(bob, QStringLiteral("called back")));
        Lead zoe = *ws().leadRepository().find(existing);
        zoe.city = QStringLiteral("Paris");
        QVERIFY(ws().leads().update(zoe));

        later(10);
        auto r = journal().revert(s.importId);
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->removed, 1);  // Cid
        QCOMPARE(r->restored, 1); // Yan
        QCOMPARE(r->refused.size(), 3);
        QHash<qint64, RevertRefusal> refused;
        for (const RevertRefusal &x : r->refused)
            refused.insert(x.leadId, x);
        QVERIFY(refused.contains(ann.id));
        QCOMPARE(refused.value(ann.id).leadName, QStringLiteral("Ann Lee"));
        QVERIFY2(refused.value(ann.id).reason.contains(QStringLiteral("edited")), qPrintable(refused.value(ann.id).reason));
        QVERIFY2(refused.value(bob).reason.contains(QStringLiteral("timeline")), qPrintable(refused.value(bob).reason));
        QVERIFY2(refused.value(existing).reason.contains(QStringLiteral("edited")), qPrintable(refused.value(existing).reason));

        // The refused leads are exactly as they were left.
        QCOMPARE(ws().leadRepository().find(ann.id)->city, QStringLiteral("Lyon"));
        QVERIFY(ws().leadRepository().exists(bob));
        const Lead z = *ws().leadRepository().find(existing);
        QCOMPARE(z.city, QStringLiteral("Paris"));
        QCOMPARE(z.company, QStringLiteral("Zeta")); // the import's value stays with the edit
        QVERIFY(!byEmail(QStringLiteral("cid@gamma.example")));
        QVERIFY(ws().leadRepository().find(untouched)->company.isEmpty());
        QVERIFY(journal().find(s.importId)->isReverted());
    }

    void mergedOrConvertedLeadsAreRefused()
    {
        const ImportSummary s = import(newPeople());
        const qint64 ann = byEmail(QStringLiteral("ann@acme.example"))->id;
        const qint64 bob = byEmail(QStringLiteral("bob@beta.example"))->id;
        later(5);
        // Merged with SQL as a merge leaves it (merged_into set, no edit).
        sqlInsert(ws(), QStringLiteral("UPDATE leads SET merged_into = %1 WHERE id = %2").arg(ann).arg(bob));
        auto r = journal().revert(s.importId);
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->removed, 1);
        QCOMPARE(r->refused.size(), 2);
        QStringList reasons;
        for (const RevertRefusal &x : r->refused)
            reasons << x.reason;
        QVERIFY2(reasons.join('|').contains(QStringLiteral("merged into lead #%1").arg(ann)), qPrintable(reasons.join('|')));
        QVERIFY2(reasons.join('|').contains(QStringLiteral("merged into it")), qPrintable(reasons.join('|')));
        QCOMPARE(leadCount(), 2);
    }

    void aSecondRevertAndAnUnknownImportAreRefused()
    {
        const ImportSummary s = import(newPeople());
        later(5);
        QVERIFY(journal().revert(s.importId));
        auto again = journal().revert(s.importId);
        QVERIFY(!again);
        QVERIFY(!hasFailure(again.problems()));
        QVERIFY2(again.errorText().contains(QStringLiteral("already undone")), qPrintable(again.errorText()));
        auto unknown = journal().revert(4242);
        QVERIFY(!unknown);
        QVERIFY(!hasFailure(unknown.problems()));
        QVERIFY2(unknown.errorText().contains(QStringLiteral("#4242")), qPrintable(unknown.errorText()));
    }

    void revertIsAllOrNothing()
    {
        const qint64 existing = m_tw->addLead(LeadBuilder().named("", "Kim").email("zoe@kim.example"));
        later(1);
        const ImportSummary s = import(file(QStringLiteral("mix.csv"), "First Name,Last Name,Email\n"
                                                                        "Ann,Lee,ann@acme.example\n"
                                                                        "Zoe,Kim,zoe@kim.example\n"),
                                       DuplicatePolicy::Update);
        QCOMPARE(s.counts.imported, 1);
        QCOMPARE(s.counts.updated, 1);
        later(5);
        // The database refuses the last write of the undo (marking it undone).
        QVERIFY(injectFailure(ws(), QStringLiteral("BEFORE UPDATE OF reverted_at ON imports")));
        auto r = journal().revert(s.importId);
        QVERIFY(!r);
        QCOMPARE(leadCount(), 2);
        QVERIFY(byEmail(QStringLiteral("ann@acme.example")));
        QCOMPARE(ws().leadRepository().find(existing)->firstName, QStringLiteral("Zoe"));
        QVERIFY(!journal().find(s.importId)->isReverted());

        // Once the database writes again, the same undo goes through.
        QVERIFY(removeFailure(ws(), QStringLiteral("BEFORE UPDATE OF reverted_at ON imports")));
        auto ok = journal().revert(s.importId);
        QVERIFY2(ok, qPrintable(ok.errorText()));
        QCOMPARE(ok->removed, 1);
        QCOMPARE(ok->restored, 1);
        QVERIFY(ws().leadRepository().find(existing)->firstName.isEmpty());
    }

    void listIsNewestFirst()
    {
        const qint64 first = import(newPeople()).importId;
        later(1);
        const qint64 second = import(file(QStringLiteral("more.csv"), "First Name,Last Name,Email\nDan,Fox,dan@fox.example\n")).importId;
        const QList<ImportEntry> list = journal().list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, second);
        QCOMPARE(list.at(1).id, first);
        QCOMPARE(list.at(0).file, QStringLiteral("more.csv"));
    }
};

QTEST_GUILESS_MAIN(TestImportJournal)
#include "tst_importjournal.moc"
