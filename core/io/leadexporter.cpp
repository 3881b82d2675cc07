#include "leadexporter.h"

#include "csvwriter.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrepository.h"
#include "outputpath.h"
#include "workspace.h"

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
    if (header.isEmpty())
        return false;
    QSet<QString> seen;
    for (const QString &key : header) {
        const LeadField *f = leadField(key);
        if (!f || f->key != key || seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
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

    CsvWriter writer(path);
    writer.setBom(options.bom);
    writer.setDelimiter(options.delimiter);
    writer.setNeutraliseFormulas(options.neutraliseFormulas);
    if (!writer.open() || !writer.writeRecord(header))
        return Result<qint64>::failure(QStringLiteral("file"), writer.errorString());

    // Ids only (8 bytes a lead), in the filter's order: the leads themselves
    // are read one at a time.
    LeadRepository &repo = m_ws.leadRepository();
    const QList<qint64> ids = repo.ids(filter, 0, limit);
    const LeadCodec &codec = m_ws.codec();
    qint64 written = 0;
    QStringList cells;
    for (qint64 id : ids) {
        const auto lead = repo.find(id);
        if (!lead)
            continue; // deleted since the ids were read
        cells.clear();
        for (const LeadField *f : std::as_const(fields))
            cells << codec.exportText(*f, f->get(*lead));
        if (!writer.writeRecord(cells))
            return Result<qint64>::failure(QStringLiteral("file"), writer.errorString());
        ++written;
        if (progress && written % ProgressEvery == 0 && !progress(written, ids.size())) {
            writer.cancel();
            return Result<qint64>::failure(QStringLiteral("cancelled"), tr("The export was cancelled; no file was written."));
        }
    }
    if (!writer.commit())
        return Result<qint64>::failure(QStringLiteral("file"), writer.errorString());
    if (progress)
        progress(written, ids.size());
    return written;
}
