// import leads / industries / cities and export leads: CSV in and out.
#include "access.h"
#include "cli.h"
#include "importrowbuilder.h"
#include "importservice.h"
#include "leadcodec.h"
#include "leadexporter.h"
#include "leadfield.h"
#include "leadfilter.h"
#include "referenceimportservice.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString Usage = QStringLiteral("usage");

/// ",", ";", "|", "tab" (or "\t"), and their names.
bool parseDelimiter(const QString &text, QChar *out)
{
    const QString t = text.toLower();
    if (t == QLatin1String("tab") || t == QLatin1String("\\t") || t == QLatin1String("\t"))
        *out = QLatin1Char('\t');
    else if (t == QLatin1String("comma"))
        *out = QLatin1Char(',');
    else if (t == QLatin1String("semicolon"))
        *out = QLatin1Char(';');
    else if (t == QLatin1String("pipe"))
        *out = QLatin1Char('|');
    else if (t.size() == 1 && t != QLatin1String("\"") && t != QLatin1String("\r") && t != QLatin1String("\n")
             && t.at(0).unicode() < 0x80)
        *out = t.at(0);
    else
        return false;
    return true;
}

bool parseEncoding(const QString &text, QString *out)
{
    TextEncoding e;
    if (!textEncodingFromName(text, &e))
        return false;
    *out = encodingName(e);
    return true;
}

/// A rejected row for stderr: "line N: reason" (the reasons of malformed
/// rows name their line already).
QString rejectedLine(const RejectedRow &r)
{
    const QString prefix = QStringLiteral("line %1: ").arg(r.line);
    return r.reason.startsWith(prefix) ? r.reason : prefix + r.reason;
}

/// Takes an option's value; "" and *bad set when given without one.
bool takeValue(QStringList &args, const QString &name, QString *value, QString *bad)
{
    bool missing = false;
    if (Cli::takeOption(args, name, value, &missing))
        return true;
    if (missing)
        *bad = QStringLiteral("%1 needs a value.").arg(name);
    return false;
}

/// --delimiter and --encoding as given.
struct FormatArgs
{
    QString delimiter;
    QString encoding;
    bool hasDelimiter = false;
    bool hasEncoding = false;
};

QString takeFormatArgs(QStringList &args, FormatArgs *out)
{
    QString bad;
    out->hasDelimiter = takeValue(args, QStringLiteral("--delimiter"), &out->delimiter, &bad);
    out->hasEncoding = takeValue(args, QStringLiteral("--encoding"), &out->encoding, &bad);
    return bad;
}

/// The detected format of `file` with the overrides applied; none when
/// nothing is overridden (the reader detects).
QString formatFor(const QString &file, const FormatArgs &a, std::optional<CsvFormat> *format)
{
    if (!a.hasDelimiter && !a.hasEncoding)
        return {};
    CsvFormat f;
    if (auto info = ImportService::inspect(file, TableOptions{}, 0))
        f = info->format;
    if (a.hasDelimiter && !parseDelimiter(a.delimiter, &f.delimiter))
        return QStringLiteral("--delimiter takes one character, or comma, semicolon, tab or pipe.");
    if (a.hasEncoding && !parseEncoding(a.encoding, &f.encoding))
        return QStringLiteral("--encoding is UTF-8, UTF-16LE, UTF-16BE, Windows-1252, ISO-8859-1 or ISO-8859-15.");
    *format = f;
    return {};
}

/// The single FILE argument, once every option is taken out.
QString takeFile(QStringList &args, QString *file)
{
    for (const QString &a : std::as_const(args))
        if (a.startsWith(QLatin1String("--")))
            return QStringLiteral("Unknown option \"%1\".").arg(a);
    if (args.size() != 1)
        return args.isEmpty() ? QStringLiteral("Name the CSV file.") : QStringLiteral("Unexpected argument \"%1\".").arg(args.at(1));
    *file = args.first();
    return {};
}

int importLeads(Cli &cli, QStringList args)
{
    ImportOptions options;
    QString bad, value, file;
    if (takeValue(args, QStringLiteral("--mapping"), &value, &bad)) {
        auto mapping = ImportMapping::load(value);
        if (!mapping)
            return cli.fail(mapping.problems(), Exit::Failed);
        options.mapping = mapping.value();
    }
    if (takeValue(args, QStringLiteral("--on-duplicate"), &value, &bad) && !duplicatePolicyFromKey(value, &options.onDuplicate))
        return cli.usage(QStringLiteral("--on-duplicate is skip, update or create."));
    takeValue(args, QStringLiteral("--report"), &options.reportPath, &bad);
    takeValue(args, QStringLiteral("--status"), &options.defaults.status, &bad);
    takeValue(args, QStringLiteral("--assign"), &options.defaults.assignedTo, &bad);
    takeValue(args, QStringLiteral("--source"), &options.defaults.source, &bad);
    if (takeValue(args, QStringLiteral("--tags"), &value, &bad))
        options.defaults.tags = splitList(value);
    takeValue(args, QStringLiteral("--sheet"), &options.sheet, &bad);
    if (takeValue(args, QStringLiteral("--header-row"), &value, &bad)) {
        bool ok = false;
        options.headerRow = value.toLongLong(&ok);
        if (!ok || options.headerRow < 1)
            return cli.usage(QStringLiteral("--header-row takes the line number of the header (1 or more)."));
    }
    options.createMissing = Cli::takeFlag(args, QStringLiteral("--create-missing"));
    FormatArgs format;
    if (bad.isEmpty())
        bad = takeFormatArgs(args, &format);
    if (bad.isEmpty())
        bad = takeFile(args, &file);
    if (bad.isEmpty())
        bad = formatFor(file, format, &options.format);
    if (!bad.isEmpty())
        return cli.usage(bad);

    // A role that may not import is refused by a rule (exit 1); what fails
    // afterwards (the file, the database) fails the import (exit 3).
    if (Problems no = cli.ws.access().check(Access::Action::Import); !no.isEmpty())
        return cli.fail(no);
    auto result = ImportService(cli.ws).run(file, options);
    if (!result)
        return cli.fail(result.problems(), Exit::Failed);
    const ImportCounts &c = result->counts;
    QString text = QStringLiteral("Read %1 rows: %2 imported, %3 updated, %4 skipped, %5 rejected.")
                       .arg(c.read)
                       .arg(c.imported)
                       .arg(c.updated)
                       .arg(c.skipped)
                       .arg(c.rejected);
    if (!result->source.isEmpty())
        text.prepend(QStringLiteral("Recognised: %1.\n").arg(ImportMapping::sourceName(result->source)));
    if (result->headerLine > 1)
        text += QStringLiteral("\nHeader on line %1; the lines above it were skipped.").arg(result->headerLine);
    if (result->noteLines > 0)
        text += QStringLiteral("\n%1 line(s) of one cell (a title or a footer) were not read as rows.").arg(result->noteLines);
    if (!result->unmappedColumns.isEmpty())
        text += QStringLiteral("\nColumns not imported: %1").arg(Cli::visible(result->unmappedColumns.join(QStringLiteral(", "))));
    QJsonArray unmapped, leftEmpty;
    for (const QString &h : result->unmappedColumns)
        unmapped << h;
    const ImportRowBuilder rules(cli.ws, ImportMapping(), true);
    for (const LeftEmptyCount &v : result->leftEmpty) {
        leftEmpty << QJsonObject{{QStringLiteral("field"), v.fieldKey}, {QStringLiteral("value"), v.value}, {QStringLiteral("rows"), v.rows}};
        const LeadField *f = leadField(v.fieldKey);
        if (leftEmpty.size() <= 10)
            text += QStringLiteral("\n%1 \"%2\" matches nothing: left empty on %3 row(s) (%4).")
                        .arg(ImportMapping::targetLabel(v.fieldKey), Cli::visible(v.value))
                        .arg(v.rows)
                        .arg(f && rules.mayCreate(*f) ? QStringLiteral("map it with --mapping, or --create-missing")
                                                      : QStringLiteral("map it to an existing one with --mapping"));
    }
    if (c.rejected > 0 && !result->reportPath.isEmpty())
        text += QStringLiteral("\nRejected rows: %1").arg(result->reportPath);
    cli.print(QJsonObject{{QStringLiteral("import"), result->importId ? QJsonValue(result->importId) : QJsonValue()},
                          {QStringLiteral("read"), c.read},
                          {QStringLiteral("imported"), c.imported},
                          {QStringLiteral("updated"), c.updated},
                          {QStringLiteral("skipped"), c.skipped},
                          {QStringLiteral("rejected"), c.rejected},
                          {QStringLiteral("source"), result->source},
                          {QStringLiteral("header_line"), result->headerLine},
                          {QStringLiteral("unmapped_columns"), unmapped},
                          {QStringLiteral("left_empty"), leftEmpty}},
              text);
    if (c.rejected > 0 && result->reportPath.isEmpty()) {
        for (const RejectedRow &r : result->firstRejected)
            cli.err << Cli::visible(rejectedLine(r)) << '\n';
        if (c.rejected > result->firstRejected.size())
            cli.err << "… and " << (c.rejected - result->firstRejected.size()) << " more (use --report FILE).\n";
        cli.err.flush();
    }
    return c.rejected > 0 ? Exit::Refused : Exit::Done;
}

int importReference(Cli &cli, QStringList args, bool cities)
{
    ReferenceImportOptions options;
    QString bad, file;
    takeValue(args, QStringLiteral("--report"), &options.reportPath, &bad);
    FormatArgs format;
    if (bad.isEmpty())
        bad = takeFormatArgs(args, &format);
    if (bad.isEmpty())
        bad = takeFile(args, &file);
    if (bad.isEmpty())
        bad = formatFor(file, format, &options.format);
    if (!bad.isEmpty())
        return cli.usage(bad);

    ReferenceImportService service(cli.ws);
    auto result = cities ? service.importCities(file, options) : service.importIndustries(file, options);
    if (!result)
        return cli.fail(result.problems(), Exit::Failed);
    const ReferenceImportSummary &s = result.value();
    QString text = QStringLiteral("Read %1 %2: %3 imported, %4 rejected.")
                       .arg(s.read)
                       .arg(cities ? QStringLiteral("cities") : QStringLiteral("industries"))
                       .arg(s.imported)
                       .arg(s.rejected);
    if (s.rejected > 0 && !s.reportPath.isEmpty())
        text += QStringLiteral("\nRejected rows: %1").arg(s.reportPath);
    cli.print(QJsonObject{{QStringLiteral("read"), s.read},
                          {QStringLiteral("imported"), s.imported},
                          {QStringLiteral("rejected"), s.rejected}},
              text);
    if (s.rejected > 0 && s.reportPath.isEmpty()) {
        for (const RejectedRow &r : s.firstRejected)
            cli.err << Cli::visible(rejectedLine(r)) << '\n';
        cli.err.flush();
    }
    return s.rejected > 0 ? Exit::Refused : Exit::Done;
}

int exportLeads(Cli &cli, QStringList args)
{
    LeadFilter filter;
    qint64 limit = -1;
    if (const QString problem = takeLeadFilter(cli, args, &filter, &limit); !problem.isEmpty())
        return cli.usage(problem);
    LeadExportOptions options;
    QString bad, value, file, format;
    if (takeValue(args, QStringLiteral("--columns"), &value, &bad)) {
        options.fields = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &f : options.fields)
            f = f.trimmed();
        if (Problems p = LeadExporter::checkFields(options.fields); !p.isEmpty())
            return cli.usage(describe(p));
    }
    const bool delimiter = takeValue(args, QStringLiteral("--delimiter"), &value, &bad);
    if (delimiter && !parseDelimiter(value, &options.delimiter))
        return cli.usage(QStringLiteral("--delimiter takes one character, or comma, semicolon, tab or pipe."));
    const bool noBom = Cli::takeFlag(args, QStringLiteral("--no-bom"));
    const bool rawCells = Cli::takeFlag(args, QStringLiteral("--raw-cells"));
    options.bom = !noBom;
    options.neutraliseFormulas = !rawCells;
    const bool formatGiven = takeValue(args, QStringLiteral("--format"), &format, &bad);
    if (!bad.isEmpty())
        return cli.usage(bad);
    if (const QString problem = takeFile(args, &file); !problem.isEmpty())
        return cli.usage(problem);
    // The format: as asked, else from the file name (.xlsx: a workbook).
    options.format = LeadExporter::formatForPath(file);
    if (formatGiven) {
        if (format.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
            options.format = LeadExportFormat::Csv;
        else if (format.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
            options.format = LeadExportFormat::Xlsx;
        else
            return cli.usage(QStringLiteral("--format takes csv or xlsx."));
    }
    if (options.format == LeadExportFormat::Xlsx && (delimiter || noBom || rawCells))
        return cli.usage(QStringLiteral("--delimiter, --no-bom and --raw-cells apply to CSV only: a workbook has typed cells, "
                                        "and its text cells are never formulas."));

    // A refused FILE (the database itself, say) exits 3 like a failed write:
    // nothing was written, nothing changed.
    auto result = LeadExporter(cli.ws).exportLeads(filter, file, options, limit);
    if (!result)
        return cli.fail(result.problems(), Exit::Failed);
    cli.print(QJsonObject{{QStringLiteral("exported"), result.value()}},
              QStringLiteral("%1 leads exported to %2.").arg(result.value()).arg(file));
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("import"), QStringLiteral("leads")},
     QStringLiteral("FILE [--mapping FILE.json] [--on-duplicate skip|update|create] [--report FILE] [--status NAME] "
                    "[--assign LOGIN] [--source NAME] [--tags A,B] [--create-missing] [--header-row N] [--sheet NAME] "
                    "[--delimiter C] [--encoding E]"),
     QStringLiteral("import leads from CSV/TSV, .xlsx, .ods or .vcf"), importLeads},
    {{QStringLiteral("import"), QStringLiteral("industries")}, QStringLiteral("FILE [--report FILE] [--delimiter C] [--encoding E]"),
     QStringLiteral("import industries (one column)"), [](Cli &cli, QStringList args) { return importReference(cli, args, false); }},
    {{QStringLiteral("import"), QStringLiteral("cities")}, QStringLiteral("FILE [--report FILE] [--delimiter C] [--encoding E]"),
     QStringLiteral("import cities (CSV or GeoNames dump)"), [](Cli &cli, QStringList args) { return importReference(cli, args, true); }},
    {{QStringLiteral("export"), QStringLiteral("leads")},
     QStringLiteral("FILE [--format csv|xlsx] [--status S] [--menu M] [--search T] [--sort F[:desc]] [--limit N] [--columns F,…] "
                    "[--no-bom] [--delimiter C] [--raw-cells]"),
     QStringLiteral("export leads to CSV, or to an Excel workbook with typed cells (--format xlsx, the default for a FILE "
                    "ending in .xlsx); in CSV, cells starting with = + - @ are written as text, '=…, for spreadsheets "
                    "(--raw-cells writes them as they are)"),
     exportLeads},
};

} // namespace
