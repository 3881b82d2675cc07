// ReferenceService: names unique after case and accent folding, tag colours,
// country codes, products under a sales direction, removal refused while
// leads use an entry, inline creation, lookups, and the cities repository.
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestHelpers;

Q_DECLARE_METATYPE(RefKind)

class TestReferenceService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    ReferenceService &refs() { return ws().references(); }

    /// A valid item of the list (products get a direction, countries a code).
    ReferenceItem itemFor(RefKind kind, const QString &name, const QString &code = QStringLiteral("XA"))
    {
        ReferenceItem item{0, name};
        if (kind == RefKind::Country)
            item.code = code;
        if (kind == RefKind::Product) {
            auto dir = refs().resolve(RefKind::SalesDirection, QStringLiteral("Default direction"), false);
            item.parentId = dir ? dir.value() : refs().add(RefKind::SalesDirection, QStringLiteral("Default direction")).value().id;
        }
        return item;
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void everyListAddsAndRefusesFoldedTwins_data()
    {
        QTest::addColumn<RefKind>("kind");
        for (const RefListInfo &info : referenceLists())
            QTest::addRow("%s", info.key) << info.kind;
    }
    void everyListAddsAndRefusesFoldedTwins()
    {
        QFETCH(RefKind, kind);
        const QString field = QString::fromLatin1(refListInfo(kind)->key);
        QSignalSpy changed(&ws(), &Workspace::referencesChanged);
        auto added = refs().add(kind, itemFor(kind, QStringLiteral("  Électricité Générale ")));
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        QCOMPARE(added->name, QStringLiteral("Électricité Générale"));
        QVERIFY(added->id > 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().first().value<RefKind>(), kind);
        QCOMPARE(refs().nameOf(kind, added->id), QStringLiteral("Électricité Générale"));

        auto twin = refs().add(kind, itemFor(kind, QStringLiteral("electricite  GENERALE"), QStringLiteral("XB")));
        QVERIFY(!twin.ok());
        QCOMPARE(twin.problems().first().field, field);
        QVERIFY(twin.errorText().contains(QStringLiteral("already exists")));

        QVERIFY(!refs().add(kind, itemFor(kind, QStringLiteral("   "))).ok());
        QVERIFY(!refs().add(kind, itemFor(kind, QString(201, QLatin1Char('x')), QStringLiteral("XC"))).ok());
    }

    void functionsFoldedAsTheSpecSays_data()
    {
        QTest::addColumn<RefKind>("kind");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addRow("function with spaces and case") << RefKind::Function << QStringLiteral("Sales Manager") << QStringLiteral("sales  manager");
        QTest::addRow("industry with accents") << RefKind::Industry << QStringLiteral("Électricité") << QStringLiteral("electricite");
        QTest::addRow("tag with sharp s") << RefKind::Tag << QStringLiteral("Weiß") << QStringLiteral("WEISS");
        QTest::addRow("department with a ligature") << RefKind::Department << QStringLiteral("Cœur") << QStringLiteral("coeur");
    }
    void functionsFoldedAsTheSpecSays()
    {
        QFETCH(RefKind, kind);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const qint64 id = refs().add(kind, first).value().id;
        QVERIFY(!refs().add(kind, second).ok());
        // and both spellings find it
        QCOMPARE(refs().resolve(kind, second, false).value(), id);
        QCOMPARE(refs().resolve(kind, first, false).value(), id);
    }

    void renameChecksTheOthers()
    {
        const qint64 a = refs().add(RefKind::Industry, QStringLiteral("Energy")).value().id;
        refs().add(RefKind::Industry, QStringLiteral("Transport")).value();
        QVERIFY(!refs().update(RefKind::Industry, ReferenceItem{a, QStringLiteral("TRANSPORT")}).ok());
        // its own name in another case is fine, and the cache follows
        QCOMPARE(refs().nameOf(RefKind::Industry, a), QStringLiteral("Energy"));
        QVERIFY(refs().update(RefKind::Industry, ReferenceItem{a, QStringLiteral("ENERGY")}).ok());
        QCOMPARE(refs().nameOf(RefKind::Industry, a), QStringLiteral("ENERGY"));
        QVERIFY(!refs().update(RefKind::Industry, ReferenceItem{4242, QStringLiteral("Ghost")}).ok());
    }

    void tagColours_data()
    {
        QTest::addColumn<QString>("color");
        QTest::addColumn<bool>("ok");
        QTest::addRow("lower case") << QStringLiteral("#a1b2c3") << true;
        QTest::addRow("upper case") << QStringLiteral("#A1B2C3") << true;
        QTest::addRow("none: the default") << QString() << true;
        QTest::addRow("five digits") << QStringLiteral("#12345") << false;
        QTest::addRow("seven digits") << QStringLiteral("#1234567") << false;
        QTest::addRow("no hash") << QStringLiteral("123456") << false;
        QTest::addRow("a name") << QStringLiteral("red") << false;
        QTest::addRow("not hex") << QStringLiteral("#gg0000") << false;
    }
    void tagColours()
    {
        QFETCH(QString, color);
        QFETCH(bool, ok);
        auto added = refs().add(RefKind::Tag, ReferenceItem{0, QStringLiteral("Hot"), color});
        QCOMPARE(added.ok(), ok);
        if (ok) {
            QCOMPARE(refs().colorOf(added->id), color.isEmpty() ? QStringLiteral("#808080") : color);
        } else {
            QCOMPARE(added.problems().first().field, QStringLiteral("color"));
            QVERIFY(added.errorText().contains(color));
            QVERIFY(refs().list(RefKind::Tag).isEmpty());
        }
    }

    void countryCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ok");
        QTest::addRow("free code, lower case") << QStringLiteral("xa") << true;
        QTest::addRow("taken code") << QStringLiteral("FR") << false;
        QTest::addRow("taken code, lower case") << QStringLiteral("de") << false;
        QTest::addRow("digit") << QStringLiteral("X1") << false;
        QTest::addRow("three letters") << QStringLiteral("XAB") << false;
        QTest::addRow("none") << QString() << false;
    }
    void countryCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, ok);
        ReferenceItem item{0, QStringLiteral("Atlantis")};
        item.code = code;
        auto added = refs().add(RefKind::Country, item);
        QCOMPARE(added.ok(), ok);
        if (ok) {
            QCOMPARE(added->code, code.toUpper());
            QCOMPARE(refs().resolve(RefKind::Country, code, false).value(), added->id);
        } else {
            QCOMPARE(added.problems().first().field, QStringLiteral("code"));
        }
    }

    void countriesResolveByCodeOrName()
    {
        const qint64 fr = ws().referenceRepository().countryIdByCode(QStringLiteral("FR"));
        QVERIFY(fr);
        QCOMPARE(refs().resolve(RefKind::Country, QStringLiteral("fr"), false).value(), fr);
        QCOMPARE(refs().resolve(RefKind::Country, QStringLiteral("FRANCE"), false).value(), fr);
        QCOMPARE(refs().resolve(RefKind::Country, QStringLiteral(" Frànce "), false).value(), fr);
        QCOMPARE(refs().find(RefKind::Country, fr)->code, QStringLiteral("FR"));
        QVERIFY(!refs().resolve(RefKind::Country, QStringLiteral("Narnia"), true).ok());
    }

    void productsBelongToASalesDirection()
    {
        const qint64 fleet = refs().add(RefKind::SalesDirection, QStringLiteral("Fleet")).value().id;
        const qint64 energy = refs().add(RefKind::SalesDirection, QStringLiteral("Energy")).value().id;
        auto orphan = refs().add(RefKind::Product, QStringLiteral("Vans"));
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.problems().first().field, QStringLiteral("sales_direction"));
        QVERIFY(!refs().add(RefKind::Product, ReferenceItem{0, QStringLiteral("Vans"), {}, {}, 4242}).ok());

        const qint64 vans = refs().add(RefKind::Product, ReferenceItem{0, QStringLiteral("Vans"), {}, {}, fleet}).value().id;
        QCOMPARE(refs().find(RefKind::Product, vans)->parentId, fleet);
        // The same name under another direction is another product.
        const qint64 energyVans = refs().add(RefKind::Product, ReferenceItem{0, QStringLiteral("vans"), {}, {}, energy}).value().id;
        QVERIFY(energyVans != vans);
        QVERIFY(!refs().add(RefKind::Product, ReferenceItem{0, QStringLiteral("VANS"), {}, {}, fleet}).ok());
        QCOMPARE(refs().resolve(RefKind::Product, QStringLiteral("Vans"), false, energy).value(), energyVans);
        QCOMPARE(refs().resolve(RefKind::Product, QStringLiteral("Vans"), false, fleet).value(), vans);
    }

    void removal()
    {
        const qint64 id = refs().add(RefKind::Industry, QStringLiteral("Mining")).value().id;
        QSignalSpy changed(&ws(), &Workspace::referencesChanged);
        QVERIFY(refs().remove(RefKind::Industry, id).ok());
        QVERIFY(!refs().find(RefKind::Industry, id));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!refs().remove(RefKind::Industry, id).ok());
    }

    void removalRefusedWhileUsed_data()
    {
        QTest::addColumn<RefKind>("kind");
        QTest::addRow("industry") << RefKind::Industry;
        QTest::addRow("function") << RefKind::Function;
        QTest::addRow("source") << RefKind::Source;
        QTest::addRow("tag") << RefKind::Tag;
        QTest::addRow("marketing list") << RefKind::MarketingList;
        QTest::addRow("sales direction") << RefKind::SalesDirection;
        QTest::addRow("product") << RefKind::Product;
        QTest::addRow("sales direction through its product") << RefKind::None;
        QTest::addRow("loss reason") << RefKind::LossReason;
        QTest::addRow("country") << RefKind::Country;
    }
    void removalRefusedWhileUsed()
    {
        QFETCH(RefKind, kind);
        const qint64 direction = refs().add(RefKind::SalesDirection, QStringLiteral("Fleet")).value().id;
        Lead lead = LeadBuilder().named({}, QStringLiteral("User"));
        qint64 id = 0;
        RefKind removed = kind;
        switch (kind) {
        case RefKind::Industry: lead.industryId = id = refs().add(kind, QStringLiteral("Mining")).value().id; break;
        case RefKind::Function: lead.functionId = id = refs().add(kind, QStringLiteral("CEO")).value().id; break;
        case RefKind::Source: lead.sourceId = id = refs().list(kind).first().id; break;
        case RefKind::Tag: id = refs().add(kind, QStringLiteral("Hot")).value().id; lead.tagIds = {id}; break;
        case RefKind::MarketingList: id = refs().add(kind, QStringLiteral("News")).value().id; lead.marketingListIds = {id}; break;
        case RefKind::SalesDirection: lead.salesDirectionId = id = direction; break;
        case RefKind::Product:
            lead.salesDirectionId = direction;
            lead.productId = id = refs().add(kind, ReferenceItem{0, QStringLiteral("Vans"), {}, {}, direction}).value().id;
            break;
        case RefKind::None: {
            // The lead names the product only; its direction is still in use.
            const qint64 product = refs().add(RefKind::Product, ReferenceItem{0, QStringLiteral("Vans"), {}, {}, direction}).value().id;
            lead.salesDirectionId = direction;
            lead.productId = product;
            removed = RefKind::SalesDirection;
            id = direction;
            break;
        }
        case RefKind::LossReason: id = refs().list(kind).first().id; break;
        case RefKind::Country: lead.countryId = id = ws().referenceRepository().countryIdByCode(QStringLiteral("IT")); break;
        default: QFAIL("unexpected kind");
        }
        const qint64 leadId = m_tw->addLead(lead);
        QVERIFY(leadId);
        if (kind == RefKind::None) // the lead keeps its product, but says nothing of the direction
            QVERIFY(sqlInsert(ws(), QStringLiteral("UPDATE leads SET sales_direction_id = NULL WHERE id = %1").arg(leadId)) >= 0);
        if (kind == RefKind::LossReason) // set by the lose workflow
            sqlInsert(ws(), QStringLiteral("UPDATE leads SET lost_reason_id = %1 WHERE id = %2").arg(id).arg(leadId));

        const VoidResult r = refs().remove(removed, id);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().field, QString::fromLatin1(refListInfo(removed)->key));
        QVERIFY2(r.errorText().contains(QStringLiteral("1 lead")), qPrintable(r.errorText()));
        QVERIFY(refs().find(removed, id));

        // A lead in the trash still uses it (it comes back whole); once no
        // lead uses it, it goes.
        QVERIFY(ws().leads().remove({leadId}).ok());
        QVERIFY(!refs().remove(removed, id).ok());
        QVERIFY(ws().leads().emptyTrash().ok());
        QVERIFY2(refs().remove(removed, id).ok(), qPrintable(QString::number(int(kind))));
    }

    void inlineCreation_data()
    {
        QTest::addColumn<RefKind>("kind");
        QTest::addColumn<bool>("restrict");
        QTest::addColumn<bool>("creates");
        QTest::addRow("function") << RefKind::Function << false << true;
        QTest::addRow("function, restricted") << RefKind::Function << true << false;
        QTest::addRow("tag") << RefKind::Tag << false << true;
        QTest::addRow("marketing list") << RefKind::MarketingList << false << true;
        QTest::addRow("industry") << RefKind::Industry << false << false;
        QTest::addRow("source") << RefKind::Source << false << false;
        QTest::addRow("loss reason") << RefKind::LossReason << false << false;
    }
    void inlineCreation()
    {
        QFETCH(RefKind, kind);
        QFETCH(bool, restrict);
        QFETCH(bool, creates);
        QVERIFY(ws().options().set(QStringLiteral("restrict_functions"), restrict ? QStringLiteral("yes") : QStringLiteral("no")).ok());
        QCOMPARE(refs().allowsInlineCreation(kind), creates);
        const int before = refs().list(kind).size();
        auto id = refs().resolve(kind, QStringLiteral("Brand new entry"), true);
        QCOMPARE(id.ok(), creates);
        QCOMPARE(refs().list(kind).size(), before + (creates ? 1 : 0));
        if (creates) {
            QCOMPARE(refs().nameOf(kind, id.value()), QStringLiteral("Brand new entry"));
            // a second time finds it
            QCOMPARE(refs().resolve(kind, QStringLiteral("brand NEW entry"), true).value(), id.value());
        } else {
            QCOMPARE(id.problems().first().field, QString::fromLatin1(refListInfo(kind)->key));
            QVERIFY(id.errorText().contains(QStringLiteral("Brand new entry")));
            if (restrict)
                QVERIFY(id.errorText().contains(QStringLiteral("restricted")));
        }
        // Without createMissing nothing is ever created.
        QVERIFY(!refs().resolve(kind, QStringLiteral("Another one"), false).ok());
    }

    void resolveBlankIsNone()
    {
        QCOMPARE(refs().resolve(RefKind::Industry, QStringLiteral("  "), true).value(), 0);
    }

    void listsAreSortedByFoldedName()
    {
        for (const QString &n : {QStringLiteral("beta"), QStringLiteral("Ålpha"), QStringLiteral("Gamma")})
            QVERIFY(refs().add(RefKind::Category, n).ok());
        QStringList names;
        for (const ReferenceItem &i : refs().list(RefKind::Category))
            names << i.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Ålpha"), QStringLiteral("beta"), QStringLiteral("Gamma")}));
    }

    void cities()
    {
        const qint64 pl = ws().referenceRepository().countryIdByCode(QStringLiteral("PL"));
        City lodz;
        lodz.name = QStringLiteral("Łódź");
        lodz.postalCode = QStringLiteral("90-001");
        lodz.countryId = pl;
        lodz.latitude = 51.76;
        lodz.longitude = 19.45;
        auto added = refs().addCity(lodz);
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        QCOMPARE(added->name, QStringLiteral("Łódź"));
        QCOMPARE(added->latitude, std::optional<double>(51.76));
        QVERIFY(!refs().addCity(lodz).ok()); // same name, code and country
        lodz.postalCode = QStringLiteral("90-002");
        QVERIFY(refs().addCity(lodz).ok());   // another postal code
        QVERIFY(!refs().addCity(City{}).ok());
        QCOMPARE(refs().cityCount(), 2);
        QCOMPARE(refs().findCities(QStringLiteral("lod")).size(), 2);
        QCOMPARE(refs().findCities(QStringLiteral("ŁÓD"), 1).size(), 1);
        QVERIFY(refs().findCities(QStringLiteral("war")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReferenceService)
#include "tst_referenceservice.moc"
