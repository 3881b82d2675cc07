// LeadCodec: lead field values as people read them, as scripts read them
// (JSON), as CSV holds them, and back from typed text, with problems that
// name the field.
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace TestHelpers;

class TestLeadCodec : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    LeadCodec &codec() { return ws().codec(); }
    const LeadField &field(const char *key) { return *leadField(QString::fromLatin1(key)); }
    qint64 m_industry = 0, m_fleet = 0, m_vans = 0, m_hot = 0, m_alice = 0, m_fr = 0, m_acme = 0;

    QVariant parsed(const char *key, const QString &text, bool createMissing = false, const Lead &context = {})
    {
        auto r = codec().parse(field(key), text, context, createMissing);
        return r ? r.value() : QVariant(QStringLiteral("<refused>"));
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_industry = ws().references().add(RefKind::Industry, QStringLiteral("Électricité")).value().id;
        m_fleet = ws().references().add(RefKind::SalesDirection, QStringLiteral("Fleet")).value().id;
        m_vans = ws().references().add(RefKind::Product, ReferenceItem{0, QStringLiteral("Vans"), {}, {}, m_fleet}).value().id;
        m_hot = ws().references().add(RefKind::Tag, ReferenceItem{0, QStringLiteral("Hot"), QStringLiteral("#ff0000")}).value().id;
        m_alice = addUser(ws(), QStringLiteral("alice"), QStringLiteral("Alice Martin"));
        m_fr = ws().referenceRepository().countryIdByCode(QStringLiteral("FR"));
        m_acme = addPartner(ws(), QStringLiteral("Acme"));
    }
    void cleanup() { m_tw.reset(); }

    void splitsLists()
    {
        QCOMPARE(splitList(QStringLiteral(" a@x.fr, b@y.fr;c@z.fr\n ,, ")),
                 (QStringList{QStringLiteral("a@x.fr"), QStringLiteral("b@y.fr"), QStringLiteral("c@z.fr")}));
        QVERIFY(splitList(QStringLiteral("  ")).isEmpty());
    }

    void displayText()
    {
        QCOMPARE(codec().displayText(field("last_name"), QStringLiteral("Dupont")), QStringLiteral("Dupont"));
        QCOMPARE(codec().displayText(field("description"), QStringLiteral("<p>Hello&nbsp;<b>big</b><br>world &amp; co</p>")),
                 QStringLiteral("Hello big world & co"));
        QCOMPARE(codec().displayText(field("do_not_call"), true), QStringLiteral("yes"));
        QCOMPARE(codec().displayText(field("do_not_call"), false), QStringLiteral("no"));
        QCOMPARE(codec().displayText(field("score"), 4), QStringLiteral("4"));
        QCOMPARE(codec().displayText(field("budget"), 1234.5), QStringLiteral("1234.5"));
        QCOMPARE(codec().displayText(field("budget"), 12.0), QStringLiteral("12"));
        QCOMPARE(codec().displayText(field("budget"), QVariant()), QString());
        QCOMPARE(codec().displayText(field("estimated_close_date"), QDate(2026, 6, 2)), QStringLiteral("2026-06-02"));
        QCOMPARE(codec().displayText(field("industry"), m_industry), QStringLiteral("Électricité"));
        QCOMPARE(codec().displayText(field("industry"), qint64(0)), QString());
        QCOMPARE(codec().displayText(field("assigned_to"), m_alice), QStringLiteral("Alice Martin"));
        QCOMPARE(codec().displayText(field("status"), ws().statuses().idOf(StatusRole::Lost)), QStringLiteral("Lost"));
        QCOMPARE(codec().displayText(field("partner"), m_acme), QStringLiteral("Acme"));
        QCOMPARE(codec().displayText(field("country"), m_fr), QStringLiteral("France"));
        QCOMPARE(codec().displayText(field("civility"), QStringLiteral("mrs")), QStringLiteral("Mrs."));
        QCOMPARE(codec().displayText(field("civility"), QString()), QString());
        QCOMPARE(codec().displayText(field("email"), QStringList{QStringLiteral("a@x.fr"), QStringLiteral("b@x.fr")}),
                 QStringLiteral("a@x.fr, b@x.fr"));
        QCOMPARE(codec().displayText(field("tags"), QVariant::fromValue(QList<qint64>{m_hot})), QStringLiteral("Hot"));
    }

    void leadAsJson()
    {
        Lead lead = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).email(QStringLiteral("j@acme.fr"))
                        .phone(QStringLiteral("+33 1 23 45 67 89")).country(m_fr).assignedTo(m_alice).tag(m_hot).score(3);
        lead.industryId = m_industry;
        lead.civility = QStringLiteral("mr");
        lead.budgetSet = true;
        lead.budget = 5000.0;
        lead.estimatedCloseDate = QDate(2026, 7, 1);
        const qint64 id = m_tw->addLead(lead);
        QVERIFY(id);
        const QJsonObject o = codec().toJson(*ws().leadRepository().find(id));
        for (const LeadField &f : leadFields())
            QVERIFY2(o.contains(f.key), qPrintable(f.key));
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QStringLiteral("Jean Dupont"));
        QVERIFY(o.value(QStringLiteral("merged_into")).isNull());
        QCOMPARE(o.value(QStringLiteral("last_name")).toString(), QStringLiteral("Dupont"));
        QCOMPARE(o.value(QStringLiteral("email")).toArray(), QJsonArray{QStringLiteral("j@acme.fr")});
        QCOMPARE(o.value(QStringLiteral("phone")).toArray(), QJsonArray{QStringLiteral("+33 1 23 45 67 89")});
        QCOMPARE(o.value(QStringLiteral("billing_email")).toArray(), QJsonArray{});
        QCOMPARE(o.value(QStringLiteral("country")).toString(), QStringLiteral("FR"));
        QCOMPARE(o.value(QStringLiteral("assigned_to")).toString(), QStringLiteral("alice"));
        QCOMPARE(o.value(QStringLiteral("created_by")).toString(), QStringLiteral("tester"));
        QCOMPARE(o.value(QStringLiteral("industry")).toString(), QStringLiteral("Électricité"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("To be processed"));
        QCOMPARE(o.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("Hot")});
        QCOMPARE(o.value(QStringLiteral("civility")).toString(), QStringLiteral("mr"));
        QCOMPARE(o.value(QStringLiteral("score")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("budget")).toDouble(), 5000.0);
        QVERIFY(o.value(QStringLiteral("estimated_amount")).isNull());
        QCOMPARE(o.value(QStringLiteral("budget_set")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("do_not_call")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("estimated_close_date")).toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(o.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-03-02T09:00:00.000Z"));
        QVERIFY(o.value(QStringLiteral("partner")).isNull());
        QVERIFY(o.value(QStringLiteral("terms")).isNull());
    }

    void parsesEachKind_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("expected");
        const QVariant refused(QStringLiteral("<refused>"));
        QTest::addRow("text trimmed") << "last_name" << "  Dupont " << QVariant(QStringLiteral("Dupont"));
        QTest::addRow("bool yes") << "do_not_call" << "yes" << QVariant(true);
        QTest::addRow("bool oui") << "do_not_call" << "Oui" << QVariant(true);
        QTest::addRow("bool x") << "do_not_call" << "x" << QVariant(true);
        QTest::addRow("bool 0") << "do_not_call" << "0" << QVariant(false);
        QTest::addRow("bool blank") << "do_not_call" << "" << QVariant(false);
        QTest::addRow("bool maybe") << "do_not_call" << "maybe" << refused;
        QTest::addRow("int") << "score" << " 4 " << QVariant(4);
        QTest::addRow("int blank") << "score" << "" << QVariant(0);
        QTest::addRow("int words") << "score" << "four" << refused;
        QTest::addRow("decimal point") << "budget" << "1234.5" << QVariant(1234.5);
        QTest::addRow("decimal comma") << "budget" << "1 234,5" << QVariant(1234.5);
        QTest::addRow("decimal thousands") << "budget" << "1,234.5" << QVariant(1234.5);
        QTest::addRow("decimal blank") << "budget" << "" << QVariant();
        QTest::addRow("decimal words") << "budget" << "lots" << refused;
        QTest::addRow("date ISO") << "estimated_close_date" << "2026-05-01" << QVariant(QDate(2026, 5, 1));
        QTest::addRow("date European") << "estimated_close_date" << "01/05/2026" << QVariant(QDate(2026, 5, 1));
        QTest::addRow("date dotted") << "estimated_close_date" << "01.05.2026" << QVariant(QDate(2026, 5, 1));
        QTest::addRow("date blank") << "estimated_close_date" << "" << QVariant(QDate());
        QTest::addRow("date nonsense") << "estimated_close_date" << "next week" << refused;
        QTest::addRow("choice key") << "civility" << "mrs" << QVariant(QStringLiteral("mrs"));
        QTest::addRow("choice label") << "civility" << "Mrs." << QVariant(QStringLiteral("mrs"));
        QTest::addRow("choice label, folded") << "terms" << "1 TO 3 months" << QVariant(QStringLiteral("1_3_months"));
        QTest::addRow("choice blank") << "civility" << "" << QVariant(QString());
        QTest::addRow("choice unknown") << "civility" << "sir" << refused;
        QTest::addRow("emails") << "email" << "a@x.fr; b@x.fr" << QVariant(QStringList{QStringLiteral("a@x.fr"), QStringLiteral("b@x.fr")});
        QTest::addRow("phones") << "phone" << "01 23 45 67 89, 06 12 34 56 78"
                                << QVariant(QStringList{QStringLiteral("01 23 45 67 89"), QStringLiteral("06 12 34 56 78")});
        QTest::addRow("status by folded name") << "status" << "NURTURING" << QVariant(qint64(0)); // id checked below
        QTest::addRow("unknown status") << "status" << "Won" << refused;
        QTest::addRow("unknown user") << "assigned_to" << "nobody" << refused;
        QTest::addRow("unknown industry") << "industry" << "Mining" << refused;
        QTest::addRow("unknown partner") << "partner" << "Globex" << refused;
        QTest::addRow("unknown partner id") << "partner" << "4242" << refused;
        QTest::addRow("reference blank") << "industry" << "  " << QVariant(qint64(0));
    }
    void parsesEachKind()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QVariant, expected);
        auto r = codec().parse(*leadField(key), text, Lead{}, false);
        if (expected == QVariant(QStringLiteral("<refused>"))) {
            QVERIFY(!r.ok());
            QCOMPARE(r.problems().first().field, key);
            QVERIFY2(r.errorText().contains(text.trimmed()), qPrintable(r.errorText()));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        if (key == QLatin1String("status"))
            QCOMPARE(r.value().toLongLong(), statusId(ws(), QStringLiteral("Nurturing")));
        else if (expected.typeId() == QMetaType::Double)
            QCOMPARE(r.value().toDouble(), expected.toDouble());
        else if (!expected.isValid())
            QVERIFY(r.value().isNull());
        else
            QCOMPARE(r.value(), expected);
    }

    void refusesNumbersThatAreNotAmounts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        const QString nan = QStringLiteral("is not a number"), range = QStringLiteral("is out of range");
        QTest::addRow("nan") << "estimated_amount" << "nan" << nan;
        QTest::addRow("NaN, capitals") << "estimated_amount" << "NaN" << nan;
        QTest::addRow("-nan") << "budget" << "-nan" << nan;
        QTest::addRow("inf") << "estimated_amount" << "inf" << range;
        QTest::addRow("-inf") << "deal_value" << "-inf" << range;
        QTest::addRow("+inf") << "budget" << "+inf" << range;
        QTest::addRow("1e999, an overflow") << "estimated_amount" << "1e999" << range;
        QTest::addRow("-1e999") << "estimated_amount" << "-1e999" << range;
        QTest::addRow("just beyond 1e15") << "estimated_amount" << "1000000000000001" << range;
        QTest::addRow("nan latitude") << "latitude" << "nan" << nan;
    }
    void refusesNumbersThatAreNotAmounts()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, why);
        auto r = codec().parse(*leadField(key), text, Lead{}, false);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("%1 read as %2").arg(text).arg(r ? r.value().toDouble() : 0)));
        QCOMPARE(r.problems().first().field, key);
        QVERIFY2(r.errorText().contains(leadField(key)->translatedLabel()), qPrintable(r.errorText()));
        QVERIFY2(r.errorText().contains(why), qPrintable(r.errorText()));
        // and through apply(), as `lead add estimated_amount=nan` sends it
        auto applied = codec().apply(Lead{}, {{key, text}}, false);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.problems().first().field, key);
    }

    void takesAmountsUpToTheLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::addRow("1e15, the limit") << "1e15" << 1e15;
        QTest::addRow("-1e15") << "-1e15" << -1e15;
        QTest::addRow("a large real amount") << "250 000 000,50" << 250000000.5;
    }
    void takesAmountsUpToTheLimit()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        auto r = codec().parse(field("estimated_amount"), text, Lead{}, false);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.value().toDouble(), expected);
    }

    void parsesReferencesByName()
    {
        QCOMPARE(parsed("industry", QStringLiteral("electricite")).toLongLong(), m_industry);
        QCOMPARE(parsed("assigned_to", QStringLiteral("alice")).toLongLong(), m_alice);
        QCOMPARE(parsed("assigned_to", QStringLiteral("alice martin")).toLongLong(), m_alice);
        QCOMPARE(parsed("country", QStringLiteral("fr")).toLongLong(), m_fr);
        QCOMPARE(parsed("country", QStringLiteral("France")).toLongLong(), m_fr);
        QCOMPARE(parsed("partner", QStringLiteral("acme")).toLongLong(), m_acme);
        QCOMPARE(parsed("partner", QString::number(m_acme)).toLongLong(), m_acme);
        Lead context;
        context.salesDirectionId = m_fleet;
        QCOMPARE(parsed("product", QStringLiteral("vans"), false, context).toLongLong(), m_vans);
        QCOMPARE(parsed("tags", QStringLiteral("HOT")).value<QList<qint64>>(), QList<qint64>{m_hot});
    }

    void createsWhatMayBeCreatedInline()
    {
        const qint64 fn = parsed("job_title", QStringLiteral("Fleet manager"), true).toLongLong();
        QVERIFY(fn > 0);
        QCOMPARE(ws().references().nameOf(RefKind::Function, fn), QStringLiteral("Fleet manager"));
        const QList<qint64> tags = parsed("tags", QStringLiteral("Hot, New tag, new TAG"), true).value<QList<qint64>>();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.first(), m_hot);
        QCOMPARE(parsed("industry", QStringLiteral("Mining"), true), QVariant(QStringLiteral("<refused>")));

        QVERIFY(ws().options().set(QStringLiteral("restrict_functions"), QStringLiteral("yes")).ok());
        auto r = codec().parse(field("job_title"), QStringLiteral("Chief dreamer"), Lead{}, true);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().field, QStringLiteral("job_title"));
        QVERIFY(r.errorText().contains(QStringLiteral("restricted")));
        QCOMPARE(parsed("job_title", QStringLiteral("fleet MANAGER"), true).toLongLong(), fn);
    }

    void appliesAssignments()
    {
        auto r = codec().apply(Lead{}, {{QStringLiteral("first_name"), QStringLiteral("Jean")},
                                        {QStringLiteral("last_name"), QStringLiteral("Dupont")},
                                        {QStringLiteral("company_name"), QStringLiteral("Acme")},
                                        {QStringLiteral("emails"), QStringLiteral("a@x.fr,b@x.fr")},
                                        {QStringLiteral("sales_direction"), QStringLiteral("Fleet")},
                                        {QStringLiteral("product"), QStringLiteral("Vans")},
                                        {QStringLiteral("owner"), QStringLiteral("alice")},
                                        {QStringLiteral("function"), QStringLiteral("Buyer")}},
                               true);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r->firstName, QStringLiteral("Jean"));
        QCOMPARE(r->company, QStringLiteral("Acme"));
        QCOMPARE(r->emails.size(), 2);
        QCOMPARE(r->salesDirectionId, m_fleet);
        QCOMPARE(r->productId, m_vans); // resolved within the direction set before it
        QCOMPARE(r->assignedTo, m_alice);
        QVERIFY(r->functionId > 0);
        QVERIFY(ws().leads().create(r.value()).ok());
    }

    void applyNamesEveryBadField()
    {
        auto r = codec().apply(Lead{}, {{QStringLiteral("shoe_size"), QStringLiteral("42")},
                                        {QStringLiteral("score"), QStringLiteral("many")},
                                        {QStringLiteral("created_at"), QStringLiteral("2020-01-01")},
                                        {QStringLiteral("last_name"), QStringLiteral("Fine")},
                                        {QStringLiteral("civility"), QStringLiteral("king")}},
                               false);
        QVERIFY(!r.ok());
        QCOMPARE(fieldsOf(r.problems()), (QStringList{QStringLiteral("shoe_size"), QStringLiteral("score"),
                                                      QStringLiteral("created_at"), QStringLiteral("civility")}));
    }

    void exportTextRoundTrips()
    {
        Lead lead = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).email(QStringLiteral("j@acme.fr"))
                        .email(QStringLiteral("k@acme.fr")).country(m_fr).assignedTo(m_alice).tag(m_hot).score(3);
        lead.industryId = m_industry;
        lead.salesDirectionId = m_fleet;
        lead.productId = m_vans;
        lead.civility = QStringLiteral("mr");
        lead.budgetSet = true;
        lead.budget = 5000.25;
        lead.latitude = 48.8566;
        lead.longitude = 2.3522;
        lead.estimatedCloseDate = QDate(2026, 7, 1);
        lead.description = QStringLiteral("<p>Rich <i>text</i></p>");
        lead.partnerId = m_acme;
        const qint64 id = m_tw->addLead(lead);
        QVERIFY(id);
        const Lead stored = *ws().leadRepository().find(id);
        Lead back;
        for (const LeadField &f : leadFields()) {
            if (f.readOnly)
                continue;
            const QString text = codec().exportText(f, f.get(stored));
            auto value = codec().parse(f, text, back, false);
            QVERIFY2(value.ok(), qPrintable(f.key + QStringLiteral(": ") + value.errorText()));
            f.set(back, value.value());
        }
        for (const LeadField &f : leadFields())
            if (!f.readOnly)
                QVERIFY2(f.get(back) == f.get(stored) || codec().displayText(f, f.get(back)) == codec().displayText(f, f.get(stored)),
                         qPrintable(f.key));
        QCOMPARE(codec().exportText(field("assigned_to"), m_alice), QStringLiteral("alice"));
        QCOMPARE(codec().exportText(field("country"), m_fr), QStringLiteral("FR"));
        QCOMPARE(codec().exportText(field("civility"), QStringLiteral("mr")), QStringLiteral("mr"));
    }
};

QTEST_GUILESS_MAIN(TestLeadCodec)
#include "tst_leadcodec.moc"
