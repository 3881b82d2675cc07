#include "leadexporter.h"

#include "csvwriter.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrepository.h"
#include "outputpath.h"
#include "workspace.h"
#include "xlsxwriter.h"

#include <QSet>

namespace {
/// Leads between two progress reports.
constexpr int ProgressEvery = 200;
} // namespace

LeadExporter::LeadExporter(Workspace &ws) : m_ws(ws) {}

QStringList LeadExporter::allFields()
{
    QStringList keys;
    for (const LeadField &f : leadFields())
        keys << f.key;
    return keys;
}

Problems LeadExporter::checkFields(const QStringList &fields)
{
    Problems problems;
    for (const QString &key : fields)
        if (!leadField(key.trimmed()))
            problems << Problem{key, tr("\"%1\" is not a lead field.").arg(key)};
    return problems;
}

bool LeadExporter::isExportHeader(const QStringList &header)
{
    return isFieldKeyHeader(header);
}

LeadExportFormat LeadExporter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? LeadExportFormat::Xlsx : LeadExportFormat::Csv;
}

QVariant LeadExporter::typedCell(const LeadCodec &codec, const LeadField &field, const QVariant &value)
{
    switch (field.kind) {
    case FieldKind::Bool: return value.toBool();
    case FieldKind::Int: return value.isNull() ? QVariant() : QVariant(value.toLongLong());
    case FieldKind::Decimal: return value.isNull() ? QVariant() : QVariant(value.toDouble());
    case FieldKind::Date: return value.toDate().isValid() ? QVariant(value.toDate()) : QVariant();
    case FieldKind::DateTime: {
        const QDateTime at = value.toDateTime();
        // The UTC time the CSV export writes, as a wall time: a cell has no zone.
        return at.isValid() ? QVariant(QDateTime(at.toUTC().date(), at.toUTC().time())) : QVariant();
    }
    default: {
        const QString text = codec.exportText(field, value);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

Result<qint64> LeadExporter::exportLeads(const LeadFilter &filter, const QString &path, const LeadExportOptions &options,
                                         qint64 limit, const Progress &progress)
{
    if (Problems p = checkFields(options.fields); !p.isEmpty())
        return p;
    if (VoidResult r = OutputPath::check(path, m_ws.database().path()); !r)
        return r.problems();
    QList<const LeadField *> fields;
    QStringList header;
    for (const QString &key : options.fields.isEmpty() ? allFields() : options.fields) {
        fields << leadField(key.trimmed());
        header << fields.last()->key;
    }

    if (options.format == LeadExportFormat::Xlsx)
        return exportXlsx(filter, path, fields, header, limit, progress);

    CsvWriter writer(path);
    writer.setBom(options.bom);
    writer.setDelimiter(options.delimiter);
    writer.setNeutraliseFormulas(options.neutraliseFormulas);
    if (!writer.open() || !writer.writeRecord(header))
        return Result<qint64>::failure(QStringLiteral("file"), writer.errorString());

    // Ids only (8 bytes a lead), in the filter's order: the leads themselves
    // are read one at a time.
    const QList<qint64> ids = m_ws.leadRepository().ids(filter, 0, limit);
    const LeadCodec &codec = m_ws.codec();
    QStringList cells;
    RowSink sink;
    sink.write = [&](const Lead &lead) {
        cells.clear();
        for (const LeadField *f : std::as_const(fields))
            cells << codec.exportText(*f, f->get(lead));
        return writer.writeRecord(cells);
    };
    sink.errorString = [&] { return writer.errorString(); };
    sink.cancel = [&] { writer.cancel(); };
    sink.commit = [&] { return writer.commit(); };
    return writeLeads(ids, sink, progress);
}

/// Every lead of `ids` through the sink, with progress and cancel: the one
/// loop of the CSV and the XLSX export.
Result<qint64> LeadExporter::writeLeads(const QList<qint64> &ids, const RowSink &sink, const Progress &progress)
{
    LeadRepository &repo = m_ws.leadRepository();
    qint64 written = 0;
    for (qint64 id : ids) {
        const auto lead = repo.find(id);
        if (!lead)
            continue; // deleted since the ids were read
        if (!sink.write(*lead))
            return Result<qint64>::failure(QStringLiteral("file"), sink.errorString());
        ++written;
        if (progress && written % ProgressEvery == 0 && !progress(written, ids.size())) {
            sink.cancel();
            return Result<qint64>::failure(QStringLiteral("cancelled"), tr("The export was cancelled; no file was written."));
        }
    }
    if (!sink.commit())
        return Result<qint64>::failure(QStringLiteral("file"), sink.errorString());
    if (progress)
        progress(written, ids.size());
    return written;
}

Result<qint64> LeadExporter::exportXlsx(const LeadFilter &filter, const QString &path, const QList<const LeadField *> &fields,
                                        const QStringList &header, qint64 limit, const Progress &progress)
{
    LeadRepository &repo = m_ws.leadRepository();
    const QList<qint64> ids = repo.ids(filter, 0, limit);
    if (ids.size() >= XlsxWriter::maxRows())
        return Result<qint64>::failure(QStringLiteral("file"),
                                       tr("%1 leads do not fit in an Excel sheet (%2 rows at most): export them as CSV, or fewer.")
                                           .arg(ids.size())
                                           .arg(XlsxWriter::maxRows() - 1));
    XlsxWriter writer(path);
    writer.setSheetName(tr("Leads"));
    for (int c = 0; c < fields.size(); ++c) {
        const LeadField *f = fields[c];
        double width = qMax(10.0, f->key.size() + 2.0);
        switch (f->kind) {
        case FieldKind::Bool: width = qMax(width, 8.0); break;
        case FieldKind::Int:
        case FieldKind::Decimal: width = qMax(width, 12.0); break;
        case FieldKind::Date: width = qMax(width, 12.0); break;
        case FieldKind::DateTime: width = qMax(width, 20.0); break;
        case FieldKind::Html: width = qMax(width, 40.0); break;
        default: width = qMax(width, 18.0); break;
        }
        writer.setColumnWidth(c, width);
    }
    if (!writer.open(m_ws.database().path()) || !writer.writeHeader(header))
        return Result<qint64>::failure(QStringLiteral("file"), writer.errorString());
    const LeadCodec &codec = m_ws.codec();
    QVariantList cells;
    RowSink sink;
    sink.write = [&](const Lead &lead) {
        cells.clear();
        for (const LeadField *f : fields)
            cells << typedCell(codec, *f, f->get(lead));
        return writer.writeRow(cells);
    };
    sink.errorString = [&] { return writer.errorString(); };
    sink.cancel = [&] { writer.cancel(); };
    sink.commit = [&] { return writer.commit(); };
    return writeLeads(ids, sink, progress);
}
