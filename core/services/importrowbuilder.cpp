#include "importrowbuilder.h"

#include "countrynames.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadservice.h"
#include "normalize.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QSet>

namespace {

/// Above this many distinct names the cache starts over: a column of a
/// million distinct partner names must not fill memory.
constexpr qsizetype MaxResolved = 50000;
constexpr qsizetype MaxReferenceRules = 20000;

bool isReferenceField(const LeadField &f)
{
    return f.kind == FieldKind::Reference || f.kind == FieldKind::RefList;
}

/// The values the codec parses without a query.
bool parsesWithoutQuery(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Reference:
    case FieldKind::RefList:
    case FieldKind::Choice: return false;
    default: return true;
    }
}

/// A choice as the usual exports write it ("M.", "Mme", "Herr", "Docteur"),
/// beyond the keys and labels LeadCodec reads: the choice key, or "".
QString choiceSynonym(const QString &fieldKey, const QString &text)
{
    if (fieldKey != QLatin1String("civility"))
        return {};
    static const QHash<QString, QString> civilities = [] {
        QHash<QString, QString> h;
        const std::pair<const char *, const char *> table[] = {
            {"mr", "m|mr|monsieur|mister|messrs|herr|sr|senor|signor|sig"},
            {"mrs", "mme|mrs|madame|frau|sra|senora|signora|sig.ra"},
            {"ms", "ms|miss|mlle|mademoiselle|srta|senorita|signorina"},
            {"dr", "dr|doctor|docteur|doktor"},
            {"prof", "pr|prof|professor|professeur"},
        };
        for (const auto &[key, words] : table)
            for (const QString &w : QString::fromLatin1(words).split(QLatin1Char('|')))
                h.insert(w, QString::fromLatin1(key));
        return h;
    }();
    QString t = Normalize::text(text);
    while (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return civilities.value(t);
}

void appendUnique(QStringList &list, const QStringList &values, bool caseInsensitive)
{
    for (const QString &v : values)
        if (!list.contains(v, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive))
            list << v;
}

} // namespace

ImportRowBuilder::ImportRowBuilder(Workspace &ws, const ImportMapping &mapping, bool dryRun) : m_ws(ws), m_dryRun(dryRun)
{
    // Columns are read in form order, so that a sales direction is known
    // before its product, and a full name comes before the first and last
    // name columns that may refine it.
    const QStringList order = ImportMapping::targetFields();
    QList<std::pair<int, Target>> sorted;
    for (int c = 0; c < mapping.size(); ++c) {
        const QString key = mapping.field(c);
        if (key.isEmpty())
            continue;
        Target t;
        t.column = c;
        if (key != ImportMapping::FullName) {
            t.field = leadField(key);
            if (!t.field || t.field->readOnly)
                continue;
        }
        sorted << std::pair{int(order.indexOf(key)) * 10000 + c, t};
        if (!m_headerOfField.contains(key))
            m_headerOfField.insert(key, mapping.columns().at(c).header);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[rank, t] : sorted)
        m_targets << t;

    for (const LeadField &f : leadFields())
        if (isReferenceField(f))
            m_referenceFields << &f;
    for (const LeadStatus &s : m_ws.statuses().all())
        m_statuses.insert(s.id, s);
    m_newStatusId = m_ws.statuses().idOf(StatusRole::New);
}

ImportRowBuilder::~ImportRowBuilder() = default;

Problems ImportRowBuilder::setDefaults(const ImportDefaults &defaults)
{
    Problems problems;
    m_defaultStatus = m_defaultOwner = m_defaultSource = 0;
    m_defaultTags.clear();
    m_missingTags.clear();
    if (!defaults.status.trimmed().isEmpty()) {
        const auto s = m_ws.statuses().findByName(defaults.status);
        if (!s)
            problems << Problem{QStringLiteral("status"), tr("There is no status \"%1\".").arg(defaults.status.trimmed())};
        else if (s->role == StatusRole::Converted || s->role == StatusRole::Lost)
            problems << Problem{QStringLiteral("status"), tr("A new lead cannot start as \"%1\": convert or lose it instead.").arg(s->name)};
        else
            m_defaultStatus = s->id;
    }
    if (!defaults.assignedTo.trimmed().isEmpty()) {
        const auto u = m_ws.users().resolve(defaults.assignedTo);
        if (!u)
            problems << Problem{QStringLiteral("assigned_to"), tr("There is no user \"%1\".").arg(defaults.assignedTo.trimmed())};
        else if (!u->active)
            problems << Problem{QStringLiteral("assigned_to"), tr("%1 is not an active user.").arg(u->name)};
        else
            m_defaultOwner = u->id;
    }
    if (!defaults.source.trimmed().isEmpty()) {
        auto id = m_ws.references().resolve(RefKind::Source, defaults.source, false);
        if (!id)
            problems << Problem{QStringLiteral("source"), id.problems().first().message};
        else
            m_defaultSource = id.value();
    }
    for (const QString &name : defaults.tags) {
        const QString t = name.trimmed();
        if (t.isEmpty())
            continue;
        if (t.size() > 200) {
            problems << Problem{QStringLiteral("tags"), tr("The name of a tag is limited to 200 characters.")};
            continue;
        }
        auto id = m_ws.references().resolve(RefKind::Tag, t, false);
        if (id && !m_defaultTags.contains(id.value()))
            m_defaultTags << id.value();
        else if (!id && !m_missingTags.contains(t, Qt::CaseInsensitive))
            m_missingTags << t;
    }
    return problems;
}

Problems ImportRowBuilder::createDefaultTags()
{
    Problems problems;
    if (m_dryRun)
        return problems;
    for (const QString &name : std::as_const(m_missingTags)) {
        auto id = m_ws.references().resolve(RefKind::Tag, name, true);
        if (!id)
            problems << id.problems();
        else if (!m_defaultTags.contains(id.value()))
            m_defaultTags << id.value();
    }
    m_missingTags.clear();
    return problems;
}

QStringList ImportRowBuilder::defaultNotes() const
{
    QStringList notes;
    for (const QString &name : m_missingTags)
        notes << tr("The tag \"%1\" will be created.").arg(name);
    return notes;
}

BuiltRow ImportRowBuilder::build(const QStringList &cells)
{
    BuiltRow row;
    for (const Target &t : std::as_const(m_targets)) {
        const QString &text = cells.at(t.column);
        if (text.trimmed().isEmpty())
            continue; // a blank cell sets nothing: the lead keeps its default
        if (!t.field)
            splitFullName(text, row.lead);
        else
            parseCell(t, text, row);
    }
    Lead &lead = row.lead;
    if (m_defaultStatus)
        lead.statusId = m_defaultStatus;
    if (m_defaultOwner)
        lead.assignedTo = m_defaultOwner;
    if (m_defaultSource)
        lead.sourceId = m_defaultSource;
    for (qint64 tag : std::as_const(m_defaultTags))
        if (!lead.tagIds.contains(tag))
            lead.tagIds << tag;

    if (!m_duplicateKeys)
        return row;
    const QString region = regionOf(lead.countryId);
    for (const QString &e : std::as_const(lead.emails))
        if (const QString key = Normalize::email(e); !key.isEmpty() && !row.emailKeys.contains(key))
            row.emailKeys << key;
    for (const QString &p : std::as_const(lead.phones))
        if (const QString key = Normalize::phone(p, region); !key.isEmpty() && !row.phoneKeys.contains(key))
            row.phoneKeys << key;
    return row;
}

void ImportRowBuilder::parseCell(const Target &t, const QString &text, BuiltRow &row)
{
    const LeadField &f = *t.field;
    Lead &lead = row.lead;
    auto fail = [&](const Problems &problems) {
        for (const Problem &p : problems)
            row.problems << Problem{f.key, p.message};
    };
    if (parsesWithoutQuery(f.kind)) {
        auto value = m_ws.codec().parse(f, text, lead, false);
        if (!value)
            return fail(value.problems());
        if (f.kind == FieldKind::EmailList || f.kind == FieldKind::PhoneList) {
            // Several columns fill one list; the same address twice (any case) once.
            QStringList list = f.get(lead).toStringList();
            appendUnique(list, value.value().toStringList(), f.kind == FieldKind::EmailList);
            f.set(lead, list);
        } else {
            f.set(lead, value.value());
        }
        return;
    }
    if (f.kind == FieldKind::RefList) {
        QList<qint64> ids = f.get(lead).value<QList<qint64>>();
        for (const QString &item : splitList(text)) {
            const Resolved &r = resolve(f, item, lead);
            if (!r.problems.isEmpty())
                fail(r.problems);
            if (!r.note.isEmpty() && !row.notes.contains(r.note))
                row.notes << r.note;
            for (qint64 id : r.value.value<QList<qint64>>())
                if (!ids.contains(id))
                    ids << id;
        }
        f.set(lead, QVariant::fromValue(ids));
        return;
    }
    const Resolved &r = resolve(f, text, lead);
    if (!r.problems.isEmpty())
        return fail(r.problems);
    if (!r.note.isEmpty())
        row.notes << r.note;
    f.set(lead, r.value);
}

const ImportRowBuilder::Resolved &ImportRowBuilder::resolve(const LeadField &f, const QString &text, const Lead &context)
{
    const qint64 parent = f.ref == RefKind::Product ? context.salesDirectionId : 0;
    const QString key = f.key + QChar(0x1f) + QString::number(parent) + QChar(0x1f) + text.trimmed();
    auto it = m_resolved.constFind(key);
    if (it != m_resolved.constEnd())
        return *it;
    if (m_resolved.size() >= MaxResolved)
        m_resolved.clear();

    Resolved r;
    const QString synonym = f.kind == FieldKind::Choice ? choiceSynonym(f.key, text) : QString();
    auto value = m_ws.codec().parse(f, synonym.isEmpty() ? text : synonym, context, !m_dryRun);
    if (!value && f.ref == RefKind::Country && f.kind == FieldKind::Reference) {
        // "Allemagne", "DEU", "USA": the list knows the code.
        const QString code = CountryNames::codeFor(text);
        if (!code.isEmpty() && code != text.trimmed())
            if (auto byCode = m_ws.codec().parse(f, code, context, !m_dryRun))
                value = byCode;
    }
    if (value) {
        r.value = value.value();
    } else if (m_dryRun && (f.kind == FieldKind::Reference || f.kind == FieldKind::RefList)
               && m_ws.references().allowsInlineCreation(f.ref)) {
        // The import would create it: the preview says so.
        r.value = f.kind == FieldKind::RefList ? QVariant::fromValue(QList<qint64>{}) : QVariant(qint64(0));
        r.note = tr("%1 \"%2\" will be created.").arg(f.translatedLabel(), text.trimmed());
    } else {
        r.problems = value.problems();
    }
    return *m_resolved.insert(key, r);
}

void ImportRowBuilder::splitFullName(const QString &text, Lead &lead)
{
    const QString t = text.simplified();
    QString first, last;
    if (const qsizetype comma = t.indexOf(QLatin1Char(',')); comma >= 0) {
        last = t.left(comma).trimmed(); // "Dupont, Jean"
        first = t.mid(comma + 1).trimmed();
    } else if (const qsizetype space = t.indexOf(QLatin1Char(' ')); space >= 0) {
        first = t.left(space); // "Jean de La Fontaine": the particle stays with the name
        last = t.mid(space + 1);
    } else {
        last = t;
    }
    lead.firstName = first;
    lead.lastName = last;
}

Problems ImportRowBuilder::prepareForCreate(Lead &lead)
{
    Problems problems;
    if (lead.statusId == 0)
        lead.statusId = m_newStatusId;
    if (const auto it = m_statuses.constFind(lead.statusId); it != m_statuses.constEnd()
        && (it->role == StatusRole::Converted || it->role == StatusRole::Lost))
        problems << Problem{QStringLiteral("status"), tr("A new lead cannot start as \"%1\": convert or lose it instead.").arg(it->name)};
    m_ws.leads().prepareNew(lead);
    const QDateTime now = m_ws.now();
    lead.id = 0;
    lead.createdAt = now;
    lead.updatedAt = now;
    lead.createdBy = m_ws.currentUserId();
    problems << validate(lead);
    return problems;
}

Problems ImportRowBuilder::validate(const Lead &lead)
{
    // LeadService::validate() in two halves that together give what it gives
    // on the whole lead: its rules on references (exist, active owner, team,
    // product of the direction, required references…) depend on the
    // references alone and are computed once per distinct set of them; its
    // rules on values run on the lead with its references cleared (the
    // country kept: phone numbers are read in its region). Each half keeps
    // the problems on its own fields.
    QByteArray key;
    key.reserve(int(m_referenceFields.size()) * 8 + 16);
    Lead values = lead;
    for (const LeadField *f : std::as_const(m_referenceFields)) {
        const QVariant v = f->get(lead);
        if (f->kind == FieldKind::RefList) {
            const QList<qint64> ids = v.value<QList<qint64>>();
            const qint64 n = ids.size(); // the count first: the key reads back one way only
            key.append(reinterpret_cast<const char *>(&n), sizeof n);
            key.append(reinterpret_cast<const char *>(ids.constData()), n * qsizetype(sizeof(qint64)));
            if (!ids.isEmpty())
                f->set(values, QVariant::fromValue(QList<qint64>{}));
        } else {
            const qint64 id = v.toLongLong();
            key.append(reinterpret_cast<const char *>(&id), sizeof id);
            if (id != 0 && f->ref != RefKind::Country)
                f->set(values, QVariant(qint64(0)));
        }
    }
    static const QSet<QString> referenceKeys = [] {
        QSet<QString> keys;
        for (const LeadField &f : leadFields())
            if (isReferenceField(f))
                keys.insert(f.key);
        return keys;
    }();

    Problems out;
    auto cached = m_referenceRules.constFind(key);
    if (cached == m_referenceRules.constEnd()) {
        if (m_referenceRules.size() >= MaxReferenceRules)
            m_referenceRules.clear();
        Lead refs;
        for (const LeadField *f : std::as_const(m_referenceFields))
            f->set(refs, f->get(lead));
        Problems onReferences;
        for (const Problem &p : m_ws.leads().validate(refs))
            if (referenceKeys.contains(p.field))
                onReferences << p;
        cached = m_referenceRules.insert(key, onReferences);
    }
    for (const Problem &p : m_ws.leads().validate(values))
        if (!referenceKeys.contains(p.field))
            out << p;
    out << *cached;
    return out;
}

Lead ImportRowBuilder::fillBlanks(Lead existing, const Lead &incoming)
{
    for (const LeadField &f : leadFields()) {
        if (f.readOnly || f.kind == FieldKind::EmailList || f.kind == FieldKind::PhoneList || f.isBlank(incoming))
            continue;
        const QVariant in = f.get(incoming);
        if (f.kind == FieldKind::RefList) {
            QList<qint64> ids = f.get(existing).value<QList<qint64>>();
            for (qint64 id : in.value<QList<qint64>>())
                if (!ids.contains(id))
                    ids << id;
            f.set(existing, QVariant::fromValue(ids));
        } else if (f.isBlank(existing)) {
            f.set(existing, in);
        }
    }
    // Emails and phones last: the country filled above is their region.
    const QString region = regionOf(existing.countryId);
    auto unite = [](QStringList &list, const QStringList &more, const auto &key) {
        QSet<QString> keys;
        for (const QString &v : std::as_const(list))
            keys.insert(key(v));
        for (const QString &v : more)
            if (const QString k = key(v); !keys.contains(k)) {
                keys.insert(k);
                list << v;
            }
    };
    auto emailKey = [](const QString &v) { return Normalize::email(v); };
    auto phoneKey = [&region](const QString &v) { return Normalize::phone(v, region); };
    unite(existing.emails, incoming.emails, emailKey);
    unite(existing.billingEmails, incoming.billingEmails, emailKey);
    unite(existing.phones, incoming.phones, phoneKey);
    return existing;
}

QString ImportRowBuilder::labelOf(const QString &fieldKey) const
{
    const QString header = m_headerOfField.value(fieldKey);
    if (!header.isEmpty())
        return header;
    const LeadField *f = leadField(fieldKey);
    return f ? f->translatedLabel() : fieldKey;
}

QString ImportRowBuilder::reason(const Problems &problems) const
{
    QStringList parts;
    for (const Problem &p : problems) {
        const LeadField *f = leadField(p.field);
        // Cell problems already name their column; rules name the field.
        const QString prefix = f ? labelOf(f->key) : p.field;
        if (prefix.isEmpty() || p.message.startsWith(prefix) || (f && p.message.startsWith(f->translatedLabel())))
            parts << p.message;
        else
            parts << prefix + QStringLiteral(": ") + p.message;
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

QString ImportRowBuilder::regionOf(qint64 countryId)
{
    if (countryId == 0)
        return {};
    auto it = m_regions.constFind(countryId);
    if (it == m_regions.constEnd()) {
        const auto c = m_ws.references().find(RefKind::Country, countryId);
        it = m_regions.insert(countryId, c ? c->code : QString());
    }
    return *it;
}
