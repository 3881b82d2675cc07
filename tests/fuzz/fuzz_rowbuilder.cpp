// ImportRowBuilder, the import's row → lead step, on a real workspace
// (fuzzworkspace.h), with a header, a mapping, defaults, a value map and
// rows all taken from the input. No crash, no assertion, no hang, and:
//  - every problem of a row names a lead field, and reason() says something;
//  - the duplicate keys are the normalised emails and phones of the lead;
//  - the split validation (ImportRowBuilder::validate) gives what
//    LeadService::validate gives on the lead, before and after
//    createPending() and prepareForCreate();
//  - a lead prepareForCreate() finds nothing wrong with is stored by the
//    import's BulkLeadWriter and reads back with the same values;
//  - fillBlanks() keeps every value of the lead it fills, and its emails.
//
// The input is text (see corpus/rowbuilder/): a first byte of flags (bit 0
// dry run, bit 1 --create-missing, bit 2 no duplicate keys, bits 4-7 the
// export shape, 0 for none), then lines. The first line is the header, cells
// separated by tabs; "Header>field" maps a column to that field, other
// headers are auto-matched. A line "#status<TAB>owner<TAB>source<TAB>tag,tag"
// sets the defaults; "=field<TAB>value<TAB>map|create|empty<TAB>target" a
// choice of the value map; any other line is a row (cells by tabs, padded or
// cut to the header's width, as the import only builds rows of that width).
#include "fuzzworkspace.h"

#include "bulkleadwriter.h"
#include "importmapping.h"
#include "importrowbuilder.h"
#include "importsources.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "normalize.h"

#include <cstdint>
#include <cstdlib>

namespace {

Problems sorted(Problems p)
{
    std::sort(p.begin(), p.end(), [](const Problem &a, const Problem &b) {
        return std::pair(a.field, a.message) < std::pair(b.field, b.message);
    });
    return p;
}

QString listProblems(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.field + QStringLiteral(": ") + p.message;
    return out.join(QStringLiteral(" | "));
}

void checkSplitValidation(ImportRowBuilder &builder, Workspace &ws, const Lead &lead, const char *when)
{
    const Problems whole = sorted(ws.leads().validate(lead));
    const Problems split = sorted(builder.validate(lead));
    if (whole != split)
        qFatal("split validation %s differs: builder [%s], LeadService [%s]", when, qPrintable(listProblems(split)),
               qPrintable(listProblems(whole)));
}

void checkKeys(const BuiltRow &row)
{
    for (const QString &key : row.emailKeys) {
        bool found = false;
        for (const QString &e : row.lead.emails)
            found = found || Normalize::email(e) == key;
        if (!found || key.isEmpty() || row.emailKeys.count(key) != 1)
            qFatal("email key [%s] is not the key of one email of the row", qPrintable(key));
    }
    for (const QString &key : row.phoneKeys)
        if (key.isEmpty() || row.phoneKeys.count(key) != 1)
            qFatal("phone key [%s] empty or twice", qPrintable(key));
    if (!row.lead.emails.isEmpty() && row.emailKeys.isEmpty()) {
        for (const QString &e : row.lead.emails)
            if (!Normalize::email(e).isEmpty())
                qFatal("the email [%s] of the row has no key", qPrintable(e));
    }
}

/// Every address of the email columns is on the lead, each key once: the
/// columns are united on the keys duplicates compare (Normalize::email).
void checkEmailsKept(const ImportMapping &mapping, const QStringList &cells, const Lead &lead)
{
    QStringList keys;
    for (const QString &e : lead.emails)
        keys << Normalize::email(e);
    if (QSet<QString>(keys.cbegin(), keys.cend()).size() != keys.size())
        qFatal("the lead keeps two emails of one key: %s", qPrintable(lead.emails.join(QStringLiteral(" | "))));
    const ImportSource *source = ImportSource::byId(mapping.source());
    for (int c = 0; c < mapping.size(); ++c) {
        if (mapping.field(c) != QLatin1String("email") || cells.at(c).trimmed().isEmpty())
            continue;
        if (source && source->isPlaceholder(mapping.columns().at(c).header.trimmed(), cells.at(c)))
            continue;
        for (const QString &item : splitList(cells.at(c)))
            if (!keys.contains(Normalize::email(item)))
                qFatal("the address [%s] of column %d is not on the lead (%s)", qPrintable(item), c,
                       qPrintable(lead.emails.join(QStringLiteral(" | "))));
    }
}

/// fillBlanks(existing, incoming) never replaces nor blanks a value of
/// `existing` and keeps its emails and phones first.
void checkFillBlanks(ImportRowBuilder &builder, const Lead &existing, const Lead &incoming)
{
    const Lead filled = builder.fillBlanks(existing, incoming);
    for (const LeadField &f : leadFields()) {
        if (f.readOnly || f.isBlank(existing))
            continue;
        if (f.kind == FieldKind::RefList) {
            const QList<qint64> was = f.get(existing).value<QList<qint64>>();
            const QList<qint64> now = f.get(filled).value<QList<qint64>>();
            if (now.mid(0, was.size()) != was)
                qFatal("fillBlanks dropped a value of %s", qPrintable(f.key));
        } else if (f.kind == FieldKind::EmailList || f.kind == FieldKind::PhoneList) {
            const QStringList was = f.get(existing).toStringList();
            const QStringList now = f.get(filled).toStringList();
            if (now.mid(0, was.size()) != was)
                qFatal("fillBlanks dropped a value of %s", qPrintable(f.key));
        } else if (f.get(filled) != f.get(existing)) {
            qFatal("fillBlanks replaced the value of %s", qPrintable(f.key));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 8192)
        return 0;
    const uint8_t flags = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QStringList headerCells = lines.first().split(QLatin1Char('\t'));
    if (headerCells.size() > 64)
        return 0;

    FuzzWorkspace::Input input;
    Workspace &ws = input.ws();

    QStringList headers;
    QList<ImportColumn> named;
    for (const QString &cell : headerCells) {
        const qsizetype gt = cell.lastIndexOf(QLatin1Char('>'));
        headers << (gt < 0 ? cell : cell.left(gt));
        if (gt >= 0)
            named << ImportColumn{cell.left(gt), cell.mid(gt + 1)};
    }
    ImportMapping mapping = ImportMapping(named).appliedTo(headers);
    const QList<ImportSource> &sources = ImportSource::all();
    const int sourceIndex = flags >> 4;
    if (sourceIndex > 0 && sourceIndex <= sources.size())
        mapping.setSource(sources.at(sourceIndex - 1).id);
    // The import refuses a mapping check() finds wrong before any row.
    const bool mappingOk = mapping.check().isEmpty();

    ImportDefaults defaults;
    QList<QStringList> rows;
    for (qsizetype i = 1; i < lines.size() && rows.size() < 64; ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1Char('#'))) {
            const QStringList parts = line.mid(1).split(QLatin1Char('\t'));
            defaults.status = parts.value(0);
            defaults.assignedTo = parts.value(1);
            defaults.source = parts.value(2);
            defaults.tags = parts.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (line.startsWith(QLatin1Char('='))) {
            const QStringList parts = line.mid(1).split(QLatin1Char('\t'));
            const QString action = parts.value(2);
            ImportValueChoice choice;
            choice.action = action == QLatin1String("map")      ? ImportValueChoice::Action::Map
                            : action == QLatin1String("create") ? ImportValueChoice::Action::Create
                                                                : ImportValueChoice::Action::Empty;
            choice.target = parts.value(3);
            mapping.setValueChoice(parts.value(0), parts.value(1), choice);
        } else {
            QStringList cells = line.split(QLatin1Char('\t'));
            while (cells.size() < mapping.size())
                cells << QString();
            while (cells.size() > mapping.size())
                cells.removeLast();
            rows << cells;
        }
    }
    if (!mappingOk)
        return 0;

    const bool dryRun = flags & 1;
    ImportRowBuilder builder(ws, mapping, dryRun);
    builder.setCreateMissing(flags & 2);
    builder.setDuplicateKeys(!(flags & 4));
    const Problems defaultProblems = builder.setDefaults(defaults);
    if (!defaultProblems.isEmpty())
        return 0; // the import stops here: nothing is built
    if (Problems p = builder.createDefaultTags(); !p.isEmpty())
        qFatal("creating the default tags failed: %s", qPrintable(listProblems(p)));
    builder.defaultNotes();

    BulkLeadWriter writer(ws.database());
    if (VoidResult r = writer.begin(0, BulkLeadWriter::IndexPolicy::Keep); !r)
        qFatal("the writer does not begin: %s", qPrintable(r.errorText()));
    Lead previous;
    for (const QStringList &cells : std::as_const(rows)) {
        BuiltRow row = builder.build(cells);
        for (const Problem &p : row.problems)
            if (!leadField(p.field))
                qFatal("a problem of the row names no lead field: [%s] %s", qPrintable(p.field), qPrintable(p.message));
        if (!row.problems.isEmpty() && builder.reason(row.problems).isEmpty())
            qFatal("a refused row has no reason");
        if (!(flags & 4))
            checkKeys(row);
        checkEmailsKept(mapping, cells, row.lead);
        for (int c = 0; c < mapping.size(); ++c)
            if (const LeadField *f = leadField(mapping.field(c)); f && builder.mayCreate(*f))
                builder.automaticChoice(*f, cells.at(c));
        checkSplitValidation(builder, ws, row.lead, "on the built row");
        checkFillBlanks(builder, previous, row.lead);
        if (!row.problems.isEmpty())
            continue;

        // What the import does with an accepted row, in a savepoint.
        Transaction savepoint(ws.database());
        if (!savepoint.isActive())
            qFatal("no savepoint");
        if (!dryRun) {
            if (Problems p = builder.createPending(row); hasFailure(p))
                qFatal("createPending failed: %s", qPrintable(listProblems(p)));
            if (!row.toCreate.isEmpty())
                qFatal("createPending left values to create");
        }
        Lead lead = row.lead;
        const Problems prepared = builder.prepareForCreate(lead);
        checkSplitValidation(builder, ws, lead, "on the prepared lead");
        if (prepared.isEmpty() && !dryRun) {
            // Stored as the import stores it, and read back the same.
            auto id = writer.add(lead);
            if (!id)
                qFatal("the import's writer refuses a lead the builder accepts: %s", qPrintable(id.errorText()));
            const std::optional<Lead> stored = ws.leadRepository().find(id.value());
            if (!stored)
                qFatal("the lead stored as #%lld does not read back", id.value());
            for (const LeadField &f : leadFields())
                if (!f.readOnly && f.get(*stored) != f.get(lead))
                    qFatal("the stored lead's %s reads back as [%s], built as [%s]", qPrintable(f.key),
                           qPrintable(f.get(*stored).toString()), qPrintable(f.get(lead).toString()));
            if (VoidResult c = savepoint.commit(); !c)
                qFatal("the row's savepoint does not release: %s", qPrintable(c.errorText()));
            builder.confirmCreated();
        } else {
            builder.forgetCreated(); // the savepoint rolls back
        }
        previous = row.lead;
    }
    return 0;
}
