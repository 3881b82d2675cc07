#include "referenceimportservice.h"

#include "countrynames.h"
#include "csvreader.h"
#include "inputfile.h"
#include "normalize.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <memory>

namespace {

/// Rows between two progress reports.
constexpr int ProgressEvery = 500;
constexpr int GeoNamesColumns = 19;
/// A GeoNames line is a few KiB (its alternate names included): a longer one
/// means the file is something else.
constexpr qint64 GeoNamesMaxLine = 1024 * 1024;

/// A header as compared: folded, letters and digits only.
QString headerKey(const QString &header)
{
    QString out;
    for (QChar c : Normalize::text(header))
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

bool isIndustryHeader(const QString &cell)
{
    static const QStringList words{"industry", "industries", "industrysector", "industrysectors", "sector", "sectors",
                                   "name", "secteur", "secteurs", "secteurdactivite", "secteursdactivite", "industrie",
                                   "industries", "nom", "libelle", "label"};
    return words.contains(headerKey(cell));
}

/// The column of each city part in a header row, -1 when absent.
struct CityColumns
{
    int name = -1, postalCode = -1, region = -1, country = -1, latitude = -1, longitude = -1;

    static CityColumns fromHeader(const QStringList &header)
    {
        static const QList<std::pair<int CityColumns::*, QStringList>> words = {
            {&CityColumns::name, {"name", "city", "cityname", "town", "ville", "commune", "nom", "nomdelaville", "localite"}},
            {&CityColumns::postalCode, {"postalcode", "postcode", "zip", "zipcode", "codepostal", "cp"}},
            {&CityColumns::region, {"region", "state", "province", "stateprovince", "county", "departement", "admin1", "etat"}},
            {&CityColumns::country, {"country", "countrycode", "countryname", "iso", "isocode", "pays", "codepays"}},
            {&CityColumns::latitude, {"latitude", "lat"}},
            {&CityColumns::longitude, {"longitude", "lon", "lng", "long"}},
        };
        CityColumns c;
        for (int i = 0; i < header.size(); ++i) {
            const QString key = headerKey(header.at(i));
            for (const auto &[member, names] : words)
                if (c.*member < 0 && names.contains(key)) {
                    c.*member = i;
                    break;
                }
        }
        return c;
    }
    /// Without a recognised header: name, postal code, region, country.
    static CityColumns positional() { return CityColumns{0, 1, 2, 3, -1, -1}; }
};

std::optional<double> number(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const double v = t.toDouble(ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

/// One reference import: its transaction, report and counts.
class ReferenceImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceImportService)

public:
    ReferenceImportSession(Workspace &ws, const ReferenceImportOptions &options) : m_ws(ws), m_options(options) {}
    ~ReferenceImportSession()
    {
        if (m_inTransaction)
            m_ws.database().rollback();
        if (m_report)
            m_report->cancel();
    }

    VoidResult start(const QStringList &header)
    {
        m_report = std::make_unique<RejectReport>(m_options.reportPath, header, m_ws.database().path());
        if (!m_report->open())
            return VoidResult::failure(QStringLiteral("report"), m_report->errorString());
        if (!m_ws.database().begin())
            return m_ws.database().beginFailure();
        m_inTransaction = true;
        return {};
    }

    void accepted()
    {
        ++summary.read;
        ++summary.imported;
    }
    void rejected(qint64 line, const QString &reason, const QStringList &cells)
    {
        ++summary.read;
        ++summary.rejected;
        m_report->add(line, reason, cells);
    }
    /// False when the caller cancels.
    bool report(const ReferenceImportService::Progress &progress, qint64 done, qint64 total)
    {
        if (!progress || summary.read % ProgressEvery != 0)
            return true;
        if (progress(done, total))
            return true;
        summary.cancelled = true;
        return false;
    }

    Result<ReferenceImportSummary> finish()
    {
        m_inTransaction = false;
        if (summary.cancelled) {
            m_ws.database().rollback();
            m_report->cancel();
            return summary;
        }
        if (VoidResult c = m_ws.database().commit(); !c) {
            m_report->cancel();
            return c.problems();
        }
        summary.firstRejected = m_report->firstRows();
        if (m_report->commit())
            summary.reportPath = m_options.reportPath;
        return summary;
    }

    ReferenceImportSummary summary;

private:
    Workspace &m_ws;
    const ReferenceImportOptions &m_options;
    std::unique_ptr<RejectReport> m_report;
    bool m_inTransaction = false;
};

ReferenceImportService::ReferenceImportService(Workspace &ws) : m_ws(ws) {}

Result<ReferenceImportSummary> ReferenceImportService::importIndustries(const QString &path, const ReferenceImportOptions &options,
                                                                        const Progress &progress)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    CsvReader reader(path);
    if (!reader.isOpen())
        return Result<ReferenceImportSummary>::failure(QStringLiteral("file"), reader.errorString());
    if (options.format)
        reader.setFormat(*options.format);
    TableRecord record;
    bool pending = reader.readRecord(&record);
    QStringList header{QStringLiteral("name")};
    // The header row is optional: a first cell naming the column is one.
    if (pending && record.isValid() && record.fields.size() >= 1 && isIndustryHeader(record.fields.first())) {
        header = record.fields;
        pending = reader.readRecord(&record);
    }
    ReferenceImportSession session(m_ws, options);
    if (VoidResult r = session.start(header); !r)
        return r.problems();
    for (; pending; pending = reader.readRecord(&record)) {
        if (!record.isValid()) {
            session.rejected(record.lineNumber, record.error, record.fields);
        } else {
            auto added = m_ws.references().add(RefKind::Industry, record.fields.first());
            if (added)
                session.accepted();
            else
                session.rejected(record.lineNumber, added.problems().first().message, record.fields);
        }
        if (!session.report(progress, reader.bytesRead(), reader.totalBytes()))
            break;
    }
    if (!reader.errorString().isEmpty() && !session.summary.cancelled)
        return Result<ReferenceImportSummary>::failure(QStringLiteral("file"), reader.errorString());
    return session.finish();
}

bool ReferenceImportService::looksLikeGeoNames(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = f.readLine(64 * 1024).trimmed().split('\t');
    if (fields.size() != GeoNamesColumns || fields.first().isEmpty())
        return false;
    for (char c : fields.first())
        if (c < '0' || c > '9')
            return false;
    return true;
}

Result<ReferenceImportSummary> ReferenceImportService::importCities(const QString &path, const ReferenceImportOptions &options,
                                                                    const Progress &progress)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    // A regular file only: sniffing a pipe for GeoNames would block, a device
    // would never end.
    if (VoidResult r = InputFile::check(path); !r)
        return r.problems();
    return looksLikeGeoNames(path) ? importGeoNames(path, options, progress) : importCityCsv(path, options, progress);
}

namespace {

/// Resolves countries by code or name once each, and adds cities.
class CityAdder
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceImportService)

public:
    explicit CityAdder(Workspace &ws) : m_ws(ws) {}

    /// The reason the city is refused, or "" when it was added.
    QString add(const QString &name, const QString &postalCode, const QString &region, const QString &country,
                const QString &latitude, const QString &longitude)
    {
        City city;
        city.name = name.trimmed();
        city.postalCode = postalCode.trimmed();
        city.region = region.trimmed();
        const QString c = country.trimmed();
        if (!c.isEmpty()) {
            auto it = m_countries.constFind(c);
            if (it == m_countries.constEnd()) {
                auto id = m_ws.references().resolve(RefKind::Country, c, false);
                if (!id) // "Allemagne", "DEU", "USA": the list knows the code.
                    if (const QString code = CountryNames::codeFor(c); !code.isEmpty())
                        id = m_ws.references().resolve(RefKind::Country, code, false);
                it = m_countries.insert(c, id ? id.value() : 0);
            }
            if (*it == 0)
                return tr("There is no country with the code or name \"%1\".").arg(c);
            city.countryId = *it;
        }
        bool okLat = true, okLon = true;
        city.latitude = number(latitude, &okLat);
        city.longitude = number(longitude, &okLon);
        if (!okLat || !okLon || (city.latitude && (*city.latitude < -90 || *city.latitude > 90))
            || (city.longitude && (*city.longitude < -180 || *city.longitude > 180)))
            return tr("The coordinates \"%1\", \"%2\" are not a latitude and a longitude.").arg(latitude, longitude);
        auto added = m_ws.references().addCity(city);
        return added ? QString() : added.problems().first().message;
    }

private:
    Workspace &m_ws;
    QHash<QString, qint64> m_countries;
};

} // namespace

Result<ReferenceImportSummary> ReferenceImportService::importCityCsv(const QString &path, const ReferenceImportOptions &options,
                                                                     const Progress &progress)
{
    CsvReader reader(path);
    if (!reader.isOpen())
        return Result<ReferenceImportSummary>::failure(QStringLiteral("file"), reader.errorString());
    if (options.format)
        reader.setFormat(*options.format);
    TableRecord record;
    bool pending = reader.readRecord(&record);
    QStringList header{QStringLiteral("name"), QStringLiteral("postal_code"), QStringLiteral("region"), QStringLiteral("country")};
    CityColumns columns = CityColumns::positional();
    if (pending && record.isValid()) {
        const CityColumns named = CityColumns::fromHeader(record.fields);
        if (named.name >= 0) {
            columns = named;
            header = record.fields;
            pending = reader.readRecord(&record);
        }
    }
    ReferenceImportSession session(m_ws, options);
    if (VoidResult r = session.start(header); !r)
        return r.problems();
    CityAdder adder(m_ws);
    auto cell = [&record](int column) { return column >= 0 ? record.fields.value(column) : QString(); };
    for (; pending; pending = reader.readRecord(&record)) {
        QString reason = record.error;
        if (reason.isEmpty() && record.fields.size() != header.size())
            reason = tr("line %1: %n cell(s) where the header has %2.", nullptr, int(record.fields.size()))
                         .arg(record.lineNumber)
                         .arg(header.size());
        if (reason.isEmpty())
            reason = adder.add(cell(columns.name), cell(columns.postalCode), cell(columns.region), cell(columns.country),
                               cell(columns.latitude), cell(columns.longitude));
        if (reason.isEmpty())
            session.accepted();
        else
            session.rejected(record.lineNumber, reason, record.fields);
        if (!session.report(progress, reader.bytesRead(), reader.totalBytes()))
            break;
    }
    if (!reader.errorString().isEmpty() && !session.summary.cancelled)
        return Result<ReferenceImportSummary>::failure(QStringLiteral("file"), reader.errorString());
    return session.finish();
}

Result<ReferenceImportSummary> ReferenceImportService::importGeoNames(const QString &path, const ReferenceImportOptions &options,
                                                                      const Progress &progress)
{
    // GeoNames is plain tab-separated UTF-8 without quoting (a quote inside
    // an alternate name is text): read line by line, not as RFC 4180 CSV.
    if (VoidResult r = InputFile::check(path); !r)
        return r.problems();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ReferenceImportSummary>::failure(QStringLiteral("file"), tr("cannot open %1: %2")
                                                                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    static const QStringList header{"geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
                                    "feature class", "feature code", "country code", "cc2", "admin1 code", "admin2 code",
                                    "admin3 code", "admin4 code", "population", "elevation", "dem", "timezone",
                                    "modification date"};
    ReferenceImportSession session(m_ws, options);
    if (VoidResult r = session.start(header); !r)
        return r.problems();
    CityAdder adder(m_ws);
    qint64 line = 0;
    while (!file.atEnd()) {
        // Bounded: a GeoNames line is a few KiB; one without an end in sight
        // is no GeoNames dump and must not fill memory.
        QByteArray bytes = file.readLine(GeoNamesMaxLine);
        ++line;
        if (!bytes.endsWith('\n') && !file.atEnd()) // cut at the limit
            return Result<ReferenceImportSummary>::failure(
                QStringLiteral("file"), tr("line %1 of %2 is longer than 1 MiB: this is not a GeoNames dump.")
                                            .arg(line)
                                            .arg(QDir::toNativeSeparators(path)));
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.isEmpty())
            continue;
        const QStringList fields = QString::fromUtf8(bytes).split(QLatin1Char('\t'));
        QString reason;
        if (fields.size() != GeoNamesColumns) {
            reason = tr("line %1: %n column(s) where GeoNames has 19.", nullptr, int(fields.size())).arg(line);
        } else {
            const QString name = fields.at(1).trimmed().isEmpty() ? fields.at(2) : fields.at(1);
            reason = adder.add(name, QString(), fields.at(10), fields.at(8), fields.at(4), fields.at(5));
        }
        if (reason.isEmpty())
            session.accepted();
        else
            session.rejected(line, reason, fields);
        if (!session.report(progress, file.pos(), file.size()))
            break;
    }
    return session.finish();
}
