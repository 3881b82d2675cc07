// No lost update: two connections editing one lead. A save writes only the
// fields its caller changed; a field someone else changed since the caller
// read the lead is refused and named (who, when, to what); each write of the
// row moves its version on by one.
#include "testhelpers.h"

#include <QTest>

using namespace TestHelpers;

class TestNoLostUpdate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<Workspace> m_other; // another program on the same database, as Bob
    qint64 m_lead = 0;
    Workspace &mine() { return m_tw->ws(); }
    Workspace &theirs() { return *m_other; }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        User bob;
        bob.login = QStringLiteral("bob");
        bob.name = QStringLiteral("Bob Martin");
        bob.role = Role::Manager;
        QVERIFY(mine().users().add(bob));
        auto other = Workspace::open(m_tw->path(), QStringLiteral("bob"));
        QVERIFY2(other, qPrintable(other.errorText()));
        m_other = std::move(other).value();
        m_lead = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).company(QStringLiteral("Acme")).city(
            QStringLiteral("Paris")));
        QVERIFY(m_lead);
    }
    void cleanup()
    {
        m_other.reset();
        m_tw.reset();
    }

    void everyWriteMovesTheVersionOn()
    {
        Lead l = mine().leads().get(m_lead).value();
        QCOMPARE(l.version, qint64(1));
        Lead e = l;
        e.city = QStringLiteral("Lyon");
        auto saved = mine().leads().update(e, l);
        QVERIFY(saved);
        QCOMPARE(saved->lead.version, qint64(2));
        QCOMPARE(mine().leads().get(m_lead)->version, qint64(2));
        QVERIFY(mine().leads().takeInCharge({m_lead}));
        QCOMPARE(mine().leads().get(m_lead)->version, qint64(3));
        QVERIFY(mine().leads().remove({m_lead}));
        QVERIFY(mine().leads().restore({m_lead}));
        QCOMPARE(mine().leads().get(m_lead)->version, qint64(5));
        // Each change on the timeline carries the version it made.
        const QStringList since = mine().leads().changesSince(m_lead, 1);
        QVERIFY2(since.size() == 2 && since.first().startsWith(QStringLiteral("city by tester")), qPrintable(since.join('|')));
    }

    void onlyTheFieldsChangedAreWritten()
    {
        const Lead read = mine().leads().get(m_lead).value();
        // Bob changes the company and the city meanwhile.
        Lead b = theirs().leads().get(m_lead).value();
        const Lead bRead = b;
        b.company = QStringLiteral("Acme SA");
        b.city = QStringLiteral("Nantes");
        QVERIFY(theirs().leads().update(b, bRead));
        // This user changes the website only: Bob's values stay.
        Lead e = read;
        e.website = QStringLiteral("acme.fr");
        auto saved = mine().leads().update(e, read);
        QVERIFY2(saved, qPrintable(saved.errorText()));
        const Lead now = *mine().leadRepository().find(m_lead);
        QCOMPARE(now.website, QStringLiteral("acme.fr"));
        QCOMPARE(now.company, QStringLiteral("Acme SA"));
        QCOMPARE(now.city, QStringLiteral("Nantes"));
        QCOMPARE(now.version, qint64(3));
    }

    void aFieldBothChangedIsRefusedAndNamed()
    {
        const Lead read = mine().leads().get(m_lead).value();
        Lead b = theirs().leads().get(m_lead).value();
        const Lead bRead = b;
        b.city = QStringLiteral("Nantes");
        QVERIFY(theirs().leads().update(b, bRead));
        Lead e = read;
        e.city = QStringLiteral("Lille");
        e.website = QStringLiteral("acme.fr");
        const QList<FieldConflict> clash = mine().leads().conflicts(read, e);
        QCOMPARE(clash.size(), 1);
        QCOMPARE(clash.first().field, QStringLiteral("city"));
        QCOMPARE(clash.first().user, QStringLiteral("Bob Martin"));
        QCOMPARE(clash.first().theirs, QStringLiteral("Nantes"));
        QCOMPARE(clash.first().mine, QStringLiteral("Lille"));
        auto refused = mine().leads().update(e, read);
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().field, QStringLiteral("city"));
        QVERIFY2(refused.errorText().contains(QStringLiteral("Bob Martin")) && refused.errorText().contains(QStringLiteral("Nantes")),
                 qPrintable(refused.errorText()));
        // Nothing of the save was written, the website neither.
        const Lead now = *mine().leadRepository().find(m_lead);
        QCOMPARE(now.city, QStringLiteral("Nantes"));
        QCOMPARE(now.website, QString());
        QCOMPARE(now.version, qint64(2));
        // Keep mine: saved again from what is stored now, the user's values win.
        auto kept = mine().leads().update(e, now);
        QVERIFY(kept);
        QCOMPARE(mine().leadRepository().find(m_lead)->city, QStringLiteral("Lille"));
    }

    void theSameChangeOnBothSidesIsNoConflict()
    {
        const Lead read = mine().leads().get(m_lead).value();
        Lead b = theirs().leads().get(m_lead).value();
        const Lead bRead = b;
        b.city = QStringLiteral("Nantes");
        QVERIFY(theirs().leads().update(b, bRead));
        Lead e = read;
        e.city = QStringLiteral("Nantes");
        QVERIFY(mine().leads().conflicts(read, e).isEmpty());
        QVERIFY(mine().leads().update(e, read));
    }

    void aStaleLeadWithoutBaseIsRefusedOnWhatChangedSince()
    {
        Lead stale = mine().leads().get(m_lead).value();
        Lead b = theirs().leads().get(m_lead).value();
        const Lead bRead = b;
        b.city = QStringLiteral("Nantes");
        QVERIFY(theirs().leads().update(b, bRead));
        // An old copy saved whole would put Paris back: refused instead.
        stale.website = QStringLiteral("acme.fr");
        auto refused = mine().leads().update(stale);
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().field, QStringLiteral("city"));
        QCOMPARE(mine().leadRepository().find(m_lead)->city, QStringLiteral("Nantes"));
    }
};

QTEST_GUILESS_MAIN(TestNoLostUpdate)
#include "tst_nolostupdate.moc"
