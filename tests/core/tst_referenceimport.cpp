// ReferenceImportService: industries from a one-column CSV, cities from a
// CSV and from a GeoNames dump; existing entries rejected; all or nothing.
#include "csvreader.h"
#include "referenceimportservice.h"
#include "testhelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestReferenceImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }
    static QString data(const QString &name) { return QStringLiteral(QUARRY_TEST_DATA_DIR "/import/") + name; }
    QString reportPath() const { return m_dir.filePath(QStringLiteral("rejected.csv")); }

    QStringList names(RefKind kind)
    {
        QStringList out;
        for (const ReferenceItem &i : ws().references().list(kind))
            out << i.name;
        out.sort();
        return out;
    }

    std::optional<City> city(const QString &name)
    {
        const QList<City> found = ws().references().findCities(name, 5);
        for (const City &c : found)
            if (c.name == name)
                return c;
        return std::nullopt;
    }

    QString countryCode(qint64 id) { return id ? ws().references().find(RefKind::Country, id)->code : QString(); }

    static QList<QStringList> readCsv(const QString &path)
    {
        QList<QStringList> out;
        CsvReader reader(path);
        TableRecord r;
        while (reader.readRecord(&r))
            out << r.fields;
        return out;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QFile::remove(reportPath());
    }
    void cleanup() { m_tw.reset(); }

    void industriesWithAHeader()
    {
        QVERIFY(ws().references().add(RefKind::Industry, QStringLiteral("Énergie")));
        auto r = ReferenceImportService(ws()).importIndustries(data("industries.csv"), {{}, reportPath()});
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->read, 7);
        QCOMPARE(r->imported, 4);
        QCOMPARE(r->rejected, 3);
        QStringList expected{"Énergie", "Food, beverages", "Manufacturing", "Public sector", "Services"};
        expected.sort();
        QCOMPARE(names(RefKind::Industry), expected);
        // The blank name, "services" (Services is above) and Énergie (there before).
        const QList<QStringList> report = readCsv(reportPath());
        QCOMPARE(report.size(), 4);
        QCOMPARE(report.at(0), (QStringList{"line", "reason", "Industry"}));
        QCOMPARE(report.at(1).at(0), QStringLiteral("6"));
        QCOMPARE(report.at(2).at(0), QStringLiteral("7"));
        QVERIFY2(report.at(2).at(1).contains(QStringLiteral("already exists")), qPrintable(report.at(2).at(1)));
        QCOMPARE(report.at(2).at(2), QStringLiteral("services"));
        QCOMPARE(report.at(3).at(2), QStringLiteral("Énergie"));
    }

    void industriesWithoutAHeader()
    {
        auto r = ReferenceImportService(ws()).importIndustries(data("industries-noheader.csv"));
        QVERIFY(r);
        QCOMPARE(r->read, 3);
        QCOMPARE(r->imported, 3);
        QCOMPARE(names(RefKind::Industry), (QStringList{"Agriculture", "Construction", "Retail"}));
        // A second time, every one exists already.
        auto again = ReferenceImportService(ws()).importIndustries(data("industries-noheader.csv"));
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->rejected, 3);
    }

    void citiesFromACsv()
    {
        auto r = ReferenceImportService(ws()).importCities(data("cities.csv"), {{}, reportPath()});
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->read, 6);
        QCOMPARE(r->imported, 3);
        QCOMPARE(r->rejected, 3);
        const auto lyon = city(QStringLiteral("Lyon"));
        QVERIFY(lyon);
        QCOMPARE(lyon->postalCode, QStringLiteral("69001"));
        QCOMPARE(lyon->region, QStringLiteral("Auvergne-Rhône-Alpes"));
        QCOMPARE(countryCode(lyon->countryId), QStringLiteral("FR"));
        QCOMPARE(countryCode(city(QStringLiteral("Bordeaux"))->countryId), QStringLiteral("FR")); // by name
        QCOMPARE(countryCode(city(QStringLiteral("Genève"))->countryId), QStringLiteral("CH"));
        QStringList reasons;
        for (const RejectedRow &row : r->firstRejected)
            reasons << QString::number(row.line) + QLatin1Char(' ') + row.reason;
        QCOMPARE(reasons.size(), 3);
        QVERIFY(reasons.at(0).startsWith(QStringLiteral("5 ")));
        QVERIFY2(reasons.at(1).startsWith(QStringLiteral("6 ")) && reasons.at(1).contains(QStringLiteral("Atlantis")),
                 qPrintable(reasons.at(1)));
        QVERIFY2(reasons.at(2).startsWith(QStringLiteral("7 ")) && reasons.at(2).contains(QStringLiteral("already exists")),
                 qPrintable(reasons.at(2)));
        QCOMPARE(readCsv(reportPath()).size(), 4);
    }

    void countriesByCodeOrNameInSeveralLanguages()
    {
        const QString path = m_dir.filePath(QStringLiteral("countries.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ville;Code postal;Région;Pays\n"
                "Berlin;10115;;Allemagne\nMünchen;80331;;Deutschland\nKöln;50667;;DEU\nBruxelles;1000;;Belgique\n"
                "New York;10001;NY;USA\nLondon;EC1A;;United Kingdom\nLeeds;LS1;;UK\nGenève;1201;;ch\nNowhere;1;;Narnia\n");
        f.close();
        auto r = ReferenceImportService(ws()).importCities(path);
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->imported, 8);
        QCOMPARE(r->rejected, 1);
        QVERIFY(r->firstRejected.first().reason.contains(QStringLiteral("Narnia")));
        const QStringList expected{"DE", "DE", "DE", "BE", "US", "GB", "GB", "CH"};
        const QStringList cities{"Berlin", "München", "Köln", "Bruxelles", "New York", "London", "Leeds", "Genève"};
        for (int i = 0; i < cities.size(); ++i)
            QCOMPARE(countryCode(city(cities.at(i))->countryId), expected.at(i));
    }

    void citiesFromAGeoNamesDump()
    {
        QVERIFY(ReferenceImportService::looksLikeGeoNames(data("cities500-sample.txt")));
        QVERIFY(!ReferenceImportService::looksLikeGeoNames(data("cities.csv")));
        auto r = ReferenceImportService(ws()).importCities(data("cities500-sample.txt"), {{}, reportPath()});
        QVERIFY2(r, qPrintable(r.errorText()));
        QCOMPARE(r->read, 21);
        QCOMPARE(r->imported, 19);
        QCOMPARE(r->rejected, 2); // country XX, and Paris twice
        QCOMPARE(ws().references().cityCount(), 19);
        const auto se = city(QStringLiteral("Saint-Étienne"));
        QVERIFY(se);
        QCOMPARE(se->region, QStringLiteral("84"));
        QVERIFY(se->postalCode.isEmpty());
        QCOMPARE(countryCode(se->countryId), QStringLiteral("FR"));
        QVERIFY(se->latitude && qAbs(*se->latitude - 45.43389) < 1e-9);
        QVERIFY(se->longitude && qAbs(*se->longitude - 4.39) < 1e-9);
        QVERIFY(city(QStringLiteral("Łódź")));
        QVERIFY(city(QStringLiteral("Amsterdam"))); // a quote inside the alternate names is text
        QCOMPARE(r->firstRejected.at(0).line, 20);
        QCOMPARE(r->firstRejected.at(1).line, 21);
        const QList<QStringList> report = readCsv(reportPath());
        QCOMPARE(report.size(), 3);
        QCOMPARE(report.at(0).size(), 2 + 19);
        QCOMPARE(report.at(1).at(3), QStringLiteral("Nowhere"));
    }

    void aCancelLeavesTheListsAsTheyWere()
    {
        // 1,200 cities: the import reports progress every 500 and is cancelled.
        const QString path = m_dir.filePath(QStringLiteral("many.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,postal code,region,country\n");
        for (int i = 0; i < 1200; ++i)
            f.write(QStringLiteral("Town %1,%2,,FR\n").arg(i).arg(10000 + i).toUtf8());
        f.close();
        int calls = 0;
        auto r = ReferenceImportService(ws()).importCities(path, {{}, reportPath()}, [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(r);
        QVERIFY(r->cancelled);
        QCOMPARE(ws().references().cityCount(), 0);
        QVERIFY(!QFile::exists(reportPath()));
        QCOMPARE(ws().database().transactionDepth(), 0);
        auto again = ReferenceImportService(ws()).importCities(path);
        QVERIFY(again);
        QCOMPARE(again->imported, 1200);
        QCOMPARE(ws().references().cityCount(), 1200);
    }

    void aMissingFileFails()
    {
        QVERIFY(!ReferenceImportService(ws()).importCities(m_dir.filePath(QStringLiteral("none.txt"))));
        QVERIFY(!ReferenceImportService(ws()).importIndustries(m_dir.filePath(QStringLiteral("none.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestReferenceImport)
#include "tst_referenceimport.moc"
