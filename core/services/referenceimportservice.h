#pragma once

#include "csvformat.h"
#include "rejectreport.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class Workspace;

/// How to import a reference file.
struct ReferenceImportOptions
{
    /// The CSV's delimiter and encoding; none: detected. (GeoNames dumps
    /// are always UTF-8 and tab-separated.)
    std::optional<CsvFormat> format;
    /// Where the rejected rows are written (CSV: line, reason, cells); empty: nowhere.
    QString reportPath;
};

/// What a reference import did: read = imported + rejected. An entry that
/// exists already (names compared without case and accents; a city by name,
/// postal code and country) is rejected with the reason "already exists",
/// so that the three counts of `quarry-cli import industries|cities` tell
/// everything.
struct ReferenceImportSummary
{
    qint64 read = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    bool cancelled = false;
    QString reportPath;
    QList<RejectedRow> firstRejected;
};

/// Fills reference lists from files, all or nothing (one transaction):
/// - industries from a one-column CSV, with or without a header row;
/// - cities from a CSV with a header (name, postal code, region, country,
///   and optionally latitude and longitude, headers in English or French;
///   without a recognised header the columns are taken in that order), the
///   country by ISO code or by name;
/// - cities from a GeoNames dump (cities500.txt, allCountries.txt: 19
///   tab-separated columns, no header): name (column 2), latitude (5),
///   longitude (6), country code (9), admin1 code as the region (11); no
///   postal code.
/// Each entry goes through ReferenceService, so the same rules apply as in
/// the configuration pages.
class ReferenceImportService
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceImportService)

public:
    /// Bytes read and file size; returning false cancels (nothing changes).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ReferenceImportService(Workspace &ws);

    Result<ReferenceImportSummary> importIndustries(const QString &path, const ReferenceImportOptions &options = {},
                                                    const Progress &progress = {});
    /// A CSV of cities or a GeoNames dump (told apart by looksLikeGeoNames()).
    Result<ReferenceImportSummary> importCities(const QString &path, const ReferenceImportOptions &options = {},
                                                const Progress &progress = {});

    /// Whether the file's first line has GeoNames' 19 tab-separated columns
    /// starting with a numeric id.
    static bool looksLikeGeoNames(const QString &path);

private:
    Result<ReferenceImportSummary> importGeoNames(const QString &path, const ReferenceImportOptions &options,
                                                  const Progress &progress);
    Result<ReferenceImportSummary> importCityCsv(const QString &path, const ReferenceImportOptions &options,
                                                 const Progress &progress);
    Workspace &m_ws;
};
