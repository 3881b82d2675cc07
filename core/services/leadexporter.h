#pragma once

#include "lead.h"
#include "leadfilter.h"
#include "result.h"

#include <QChar>
#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <functional>

class LeadCodec;
struct LeadField;
class Workspace;

/// The file format of an export.
enum class LeadExportFormat {
    Csv,  ///< RFC 4180 text (CsvWriter): every value as text
    Xlsx, ///< an Excel workbook (XlsxWriter): typed cells
};

/// How leads are written to a file.
struct LeadExportOptions
{
    /// CSV, or an Excel workbook; see LeadExporter::formatForPath().
    LeadExportFormat format = LeadExportFormat::Csv;
    /// Lead field keys, in column order; empty: every field (allFields()).
    QStringList fields;
    /// A UTF-8 byte order mark first, for spreadsheet programs (Excel reads
    /// UTF-8 without one in the ANSI code page). CSV only.
    bool bom = true;
    /// CSV only.
    QChar delimiter = QLatin1Char(',');
    /// Cells a spreadsheet would run as formulas (= + - @ TAB CR first:
    /// "=HYPERLINK(…)", a phone "+33 1 23…") are written as text, with a
    /// leading apostrophe (CsvFormula); the import of the file takes it away
    /// again. Off only for a program that wants the raw values. CSV only: a
    /// workbook's text cells are never formulas.
    bool neutraliseFormulas = true;
};

/// Writes the leads a view shows (a LeadFilter: its criteria and its sort)
/// to a CSV file or an Excel workbook: the header is the field keys, each
/// value the text LeadCodec::exportText() gives (references by name, users
/// by login, countries by code, lists comma-separated), which the import
/// reads back to the same values. In a workbook the same values are typed
/// cells (typedCell()): numbers, dates and booleans as such, the rest as
/// text cells. The file appears whole or not at all (CsvWriter and QSaveFile,
/// XlsxWriter), and never over the open database (OutputPath). Leads are
/// read one at a time: only their ids are held.
///
/// A service, not io/: it gathers the leads through the Workspace; the
/// writers it uses only write formats.
class LeadExporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)

public:
    /// Called every few hundred leads with leads written and the total;
    /// returning false cancels (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit LeadExporter(Workspace &ws);

    /// Every lead field key, in form order (id and system fields included).
    static QStringList allFields();
    /// Problems with a list of field keys (unknown ones), naming each.
    static Problems checkFields(const QStringList &fields);
    /// Whether `header` is one an export writes: lead field keys exactly as
    /// written, each once. The import restores the neutralised formulas of
    /// such a file (LeadExportOptions::neutraliseFormulas).
    static bool isExportHeader(const QStringList &header);

    /// The format a file name asks for: Xlsx for ".xlsx" (any case), else Csv.
    static LeadExportFormat formatForPath(const QString &path);
    /// The workbook cell of `value` of `field`: a bool for yes/no fields, a
    /// number for integers and decimals, a QDate, a QDateTime in UTC (the
    /// time a CSV export writes, without its "Z"), a null QVariant for an
    /// unset value, otherwise the text LeadCodec::exportText() gives.
    static QVariant typedCell(const LeadCodec &codec, const LeadField &field, const QVariant &value);

    /// Writes the leads of `filter` in its order (at most `limit`; -1: all)
    /// to `path` and returns how many were written. A cancel is a failure
    /// whose problem has the field "cancelled"; nothing is written then.
    /// `path` may not be the database nor one of its companion files.
    Result<qint64> exportLeads(const LeadFilter &filter, const QString &path, const LeadExportOptions &options = {},
                               qint64 limit = -1, const Progress &progress = {});

private:
    /// Where the rows of an export go: a CSV or an XLSX writer.
    struct RowSink
    {
        std::function<bool(const Lead &)> write;
        std::function<QString()> errorString;
        std::function<void()> cancel;
        std::function<bool()> commit;
    };
    Result<qint64> writeLeads(const QList<qint64> &ids, const RowSink &sink, const Progress &progress);
    Result<qint64> exportXlsx(const LeadFilter &filter, const QString &path, const QList<const LeadField *> &fields,
                              const QStringList &header, qint64 limit, const Progress &progress);

    Workspace &m_ws;
};
