#include "importrowbuilder.h"

#include "importsources.h"
#include "countrynames.h"
#include "fieldlimits.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadservice.h"
#include "normalize.h"
#include "optionsservice.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QSet>

#include <algorithm>


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

/// Emails are one address when their keys (Normalize::email, what
/// duplicates compare) are equal: a comparison without case folds more
/// ("ſ" is "s", "ς" is "σ") and dropped an address that has a key of its own.
void appendUnique(QStringList &list, const QStringList &values, bool emails)
{
    for (const QString &v : values) {
        const bool known = emails ? std::any_of(list.cbegin(), list.cend(), [key = Normalize::email(v)](const QString &e) {
            return Normalize::email(e) == key;
        })
                                  : list.contains(v);
        if (!known)
            list << v;
    }
}

} // namespace

ImportRowBuilder::ImportRowBuilder(Workspace &ws, const ImportMapping &mapping, bool dryRun)
    : m_ws(ws), m_mapping(mapping), m_dryRun(dryRun), m_source(ImportSource::byId(mapping.source()))
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
        t.header = mapping.columns().at(c).header.trimmed();
        if (ImportMapping::isPseudoTarget(key)) {
            t.pseudo = key;
        } else {
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

void ImportRowBuilder::setSource(const QString &sourceId)
{
    m_source = ImportSource::byId(sourceId);
}

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
        // The rule ReferenceService::add() applies (length, control
        // characters), here so that the dry run refuses what the import
        // would, before any row.
        if (Problems shape = FieldLimits::checkText(QStringLiteral("tags"), tr("The name of a tag"), t, TextShape::ReferenceName);
            !shape.isEmpty()) {
            problems << shape;
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
        if (m_source && m_source->isPlaceholder(t.header, text))
            continue; // what the tool writes for nothing (Outlook's "0/0/00")
        if (!t.field)
            parsePseudo(t, text, row);
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
    row.lastNameKey = Normalize::text(lead.lastName.trimmed()); // as LeadRecord stores it
    row.companyKey = Normalize::text(lead.company.trimmed());
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
    if (f.key == ImportMapping::Extras) {
        // "Header: value", one line each; a line end inside the cell stays.
        // A column that already holds extras (Quarry's own export, a vCard's
        // lines) is kept as it is.
        const bool holdsExtras = t.header.isEmpty() || t.header == f.key || t.header == f.translatedLabel()
                                 || t.header == QLatin1String(f.label);
        const QString line = holdsExtras ? text.trimmed() : t.header + QStringLiteral(": ") + text.trimmed();
        lead.extras = lead.extras.isEmpty() ? line : lead.extras + QLatin1Char('\n') + line;
        return;
    }
    if (parsesWithoutQuery(f.kind)) {
        auto value = m_ws.codec().parse(f, text, lead, false);
        if (!value)
            return fail(value.problems());
        if (f.kind == FieldKind::EmailList || f.kind == FieldKind::PhoneList) {
            // Several columns fill one list; the same address twice (any case: one key) once.
            QStringList list = f.get(lead).toStringList();
            appendUnique(list, value.value().toStringList(), f.kind == FieldKind::EmailList);
            f.set(lead, list);
        } else {
            f.set(lead, value.value());
        }
        return;
    }
    if (f.kind == FieldKind::RefList) {
        for (const QString &item : splitList(text))
            if (!m_source || !m_source->isPlaceholder(t.header, item)) // Google's "* myContacts"
                addResolved(f, item, resolve(f, item, lead), row);
        return;
    }
    addResolved(f, text, resolve(f, text, lead), row);
}

void ImportRowBuilder::addResolved(const LeadField &f, const QString &text, const Resolved &r, BuiltRow &row)
{
    if (!r.problems.isEmpty()) {
        for (const Problem &p : r.problems)
            row.problems << Problem{f.key, p.message};
        return;
    }
    if (!r.note.isEmpty() && !row.notes.contains(r.note))
        row.notes << r.note;
    if (r.leftEmpty) {
        row.leftEmpty << LeftEmptyValue{f.key, text.trimmed()};
        return;
    }
    if (!r.createName.isEmpty()) {
        const qint64 parent = f.ref == RefKind::Product ? row.lead.salesDirectionId : 0;
        row.toCreate << PendingValue{f.key, r.createName, parent};
        return;
    }
    if (f.kind == FieldKind::RefList) {
        QList<qint64> ids = f.get(row.lead).value<QList<qint64>>();
        for (qint64 id : r.value.value<QList<qint64>>())
            if (!ids.contains(id))
                ids << id;
        f.set(row.lead, QVariant::fromValue(ids));
        return;
    }
    if (r.value.isValid())
        f.set(row.lead, r.value);
}

void ImportRowBuilder::parsePseudo(const Target &t, const QString &text, BuiltRow &row)
{
    Lead &lead = row.lead;
    const QString v = text.simplified();
    if (t.pseudo == ImportMapping::FullName) {
        splitFullName(text, lead);
    } else if (t.pseudo == ImportMapping::NameSuffix) {
        lead.lastName = lead.lastName.isEmpty() ? v : lead.lastName + QLatin1Char(' ') + v;
    } else if (t.pseudo == ImportMapping::Street2) {
        lead.street = lead.street.isEmpty() ? text.trimmed() : lead.street + QLatin1Char('\n') + text.trimmed();
    } else if (t.pseudo == ImportMapping::NamePrefix) {
        // "Dr." is a civility; "Sir" or "Me" is kept, not lost.
        const LeadField *civility = leadField(QStringLiteral("civility"));
        QString key = choiceSynonym(civility->key, v);
        if (key.isEmpty())
            if (auto parsed = m_ws.codec().parse(*civility, v, lead, false))
                key = parsed.value().toString();
        if (!key.isEmpty() && lead.civility.isEmpty()) {
            lead.civility = key;
        } else if (key.isEmpty()) {
            const QString line = (t.header.isEmpty() ? ImportMapping::targetLabel(t.pseudo) : t.header) + QStringLiteral(": ") + v;
            lead.extras = lead.extras.isEmpty() ? line : lead.extras + QLatin1Char('\n') + line;
        }
    }
}

QString ImportRowBuilder::resolvedKey(const LeadField &f, const QString &text, qint64 parent) const
{
    return f.key + QChar(0x1f) + QString::number(parent) + QChar(0x1f) + text.trimmed();
}

const ImportRowBuilder::Resolved &ImportRowBuilder::resolve(const LeadField &f, const QString &text, const Lead &context)
{
    const qint64 parent = f.ref == RefKind::Product ? context.salesDirectionId : 0;
    const QString key = resolvedKey(f, text, parent);
    auto it = m_resolved.constFind(key);
    if (it != m_resolved.constEnd())
        return *it;
    if (m_resolved.size() >= MaxResolved)
        m_resolved.clear();
    Resolved r;
    if (const auto created = m_created.constFind(key); created != m_created.constEnd())
        r.value = f.kind == FieldKind::RefList ? QVariant::fromValue(QList<qint64>{*created}) : QVariant(*created);
    else
        r = match(f, text, context);
    return *m_resolved.insert(key, r);
}

/// Quarry names a value of the file may stand for: the export shape's own
/// mapping ("Working - Contacted" in a Salesforce file), then, for a status,
/// the default status nearest to a pipeline word, in English and as this
/// database names it (its default statuses are translated).
QStringList ImportRowBuilder::synonymsOf(const QString &fieldKey, const QString &text) const
{
    QStringList out;
    if (m_source)
        if (const QString v = m_source->valueFor(fieldKey, text); !v.isEmpty())
            out << v;
    if (fieldKey == QLatin1String("status"))
        if (const QString v = nearestDefaultStatus(text); !v.isEmpty())
            out << v;
    if (fieldKey == QLatin1String("source"))
        if (const QString v = nearestDefaultSource(text); !v.isEmpty())
            out << v;
    const qsizetype english = out.size();
    for (qsizetype i = 0; i < english; ++i)
        if (const QString translated = QCoreApplication::translate("DefaultData", out.at(i).toUtf8().constData());
            translated != out.at(i))
            out << translated;
    return out;
}

bool ImportRowBuilder::mayCreate(const LeadField &f) const
{
    if (f.kind != FieldKind::Reference && f.kind != FieldKind::RefList)
        return false;
    switch (f.ref) {
    case RefKind::None:
    case RefKind::User:
    case RefKind::Status:
    case RefKind::Country:
    case RefKind::Partner:
    case RefKind::Contact: return false;
    case RefKind::Function: return !m_ws.options().restrictFunctions();
    default: return true;
    }
}

/// A value of the file to a value of Quarry, never a reason to refuse the
/// row: the user's choice in the value map, then the value itself (names
/// are compared without case or accents), then the usual synonyms (a
/// civility's abbreviations, a country's code or name in another language,
/// the export shape's own values, a pipeline word to the nearest default
/// status); what still names nothing is created when allowed, else left
/// empty and reported.
ImportRowBuilder::Resolved ImportRowBuilder::match(const LeadField &f, const QString &text, const Lead &context)
{
    Resolved r;
    const QString t = text.trimmed();
    bool closedStatus = false;
    auto tryParse = [&](const QString &candidate) -> bool {
        if (candidate.trimmed().isEmpty())
            return false;
        auto value = m_ws.codec().parse(f, candidate, context, false);
        if (!value)
            return false;
        if (f.ref == RefKind::Status && f.kind == FieldKind::Reference) {
            // A new lead cannot start converted or lost: the file's "Closed -
            // Converted" leaves the lead at the default status, said so.
            // A lead lost in the other tool comes in lost (it is history, not
            // a lead to call); one converted there cannot be: conversion
            // makes a company, contacts and an opportunity.
            const auto s = m_statuses.constFind(value.value().toLongLong());
            if (s != m_statuses.constEnd() && s->role == StatusRole::Converted) {
                closedStatus = true;
                return false;
            }
        }
        r.value = value.value();
        return true;
    };
    auto leaveEmpty = [&]() -> Resolved {
        r.value = QVariant();
        r.leftEmpty = true;
        r.note = closedStatus ? tr("Status \"%1\" is a conversion: the lead comes in at the default status.").arg(t)
                              : tr("%1 \"%2\" matches nothing: left empty.").arg(f.translatedLabel(), t);
        return r;
    };
    auto create = [&](const QString &name) -> Resolved {
        r.createName = name;
        if (m_dryRun)
            r.note = tr("%1 \"%2\" will be created.").arg(f.translatedLabel(), name);
        return r;
    };

    if (const auto choice = m_mapping.valueChoice(f.key, t)) {
        switch (choice->action) {
        case ImportValueChoice::Action::Empty:
            return r; // the user's choice: nothing to report
        case ImportValueChoice::Action::Map:
            if (tryParse(choice->target))
                return r;
            return leaveEmpty();
        case ImportValueChoice::Action::Create: {
            const QString name = choice->target.isEmpty() ? t : choice->target;
            if (tryParse(name))
                return r; // it exists by now
            return mayCreate(f) ? create(name) : leaveEmpty();
        }
        }
    }
    const QString civility = f.kind == FieldKind::Choice ? choiceSynonym(f.key, t) : QString();
    if (tryParse(civility.isEmpty() ? t : civility))
        return r;
    if (f.ref == RefKind::Country && f.kind == FieldKind::Reference) {
        // "Allemagne", "DEU", "USA": the list knows the code.
        if (const QString code = CountryNames::codeFor(t); !code.isEmpty() && tryParse(code))
            return r;
    }
    for (const QString &synonym : synonymsOf(f.key, t))
        if (tryParse(synonym))
            return r;
    // Lists Quarry extends as one types (functions unless restricted, tags,
    // marketing lists) grow with the file as they always did; the lists an
    // administrator keeps (industries, sources…) only with --create-missing.
    if (mayCreate(f) && (m_createMissing || m_ws.references().allowsInlineCreation(f.ref)))
        return create(t);
    return leaveEmpty();
}

ImportValueChoice ImportRowBuilder::automaticChoice(const LeadField &field, const QString &text)
{
    const Resolved r = match(field, text, Lead());
    if (!r.createName.isEmpty())
        return ImportValueChoice{ImportValueChoice::Action::Create, r.createName};
    if (r.leftEmpty || !r.problems.isEmpty() || !r.value.isValid())
        return ImportValueChoice{ImportValueChoice::Action::Empty, {}};
    QVariant v = r.value;
    if (field.kind == FieldKind::RefList) {
        const QList<qint64> ids = v.value<QList<qint64>>();
        if (ids.isEmpty())
            return ImportValueChoice{ImportValueChoice::Action::Empty, {}};
        return ImportValueChoice{ImportValueChoice::Action::Map, m_ws.codec().displayText(field, QVariant::fromValue(QList<qint64>{ids.first()}))};
    }
    return ImportValueChoice{ImportValueChoice::Action::Map, m_ws.codec().displayText(field, v)};
}

Problems ImportRowBuilder::createPending(BuiltRow &row)
{
    m_justCreated.clear();
    for (const PendingValue &p : std::as_const(row.toCreate)) {
        const LeadField *f = leadField(p.fieldKey);
        if (!f)
            continue;
        // A product's sales direction may have been created just before it.
        const qint64 parent = f->ref == RefKind::Product && p.parentId == 0 ? row.lead.salesDirectionId : p.parentId;
        const QString key = resolvedKey(*f, p.name, parent);
        qint64 id = m_created.value(key);
        if (!id) {
            auto existing = m_ws.references().resolve(f->ref, p.name, false, parent);
            if (existing && existing.value()) {
                id = existing.value();
            } else {
                auto added = m_ws.references().add(f->ref, ReferenceItem{0, p.name, {}, {}, parent});
                if (!added) {
                    if (hasFailure(added.problems()))
                        return added.problems();
                    // A name the list refuses (too long…) is left empty, not a reason to refuse the row.
                    row.leftEmpty << LeftEmptyValue{f->key, p.name};
                    continue;
                }
                id = added->id;
            }
            m_justCreated << std::pair{key, id};
        }
        if (f->kind == FieldKind::RefList) {
            QList<qint64> ids = f->get(row.lead).value<QList<qint64>>();
            if (!ids.contains(id))
                ids << id;
            f->set(row.lead, QVariant::fromValue(ids));
        } else {
            f->set(row.lead, QVariant(id));
        }
    }
    row.toCreate.clear();
    return {};
}

void ImportRowBuilder::confirmCreated()
{
    for (const auto &[key, id] : std::as_const(m_justCreated)) {
        m_created.insert(key, id);
        m_resolved.remove(key);
    }
    m_justCreated.clear();
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
    if (const auto it = m_statuses.constFind(lead.statusId); it != m_statuses.constEnd() && it->role == StatusRole::Converted)
        problems << Problem{QStringLiteral("status"), tr("A new lead cannot start as \"%1\": convert it instead.").arg(it->name)};
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
