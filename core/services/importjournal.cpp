#include "importjournal.h"

#include "database.h"
#include "importservice.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrecord.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

/// Leads deleted per statement by an undo: a million-lead import is removed
/// in bounded statements.
constexpr qsizetype RemoveChunk = 5000;

/// A field's value in the journal's stored form: the column's storage form
/// (LeadRecord::toSql: ids, ISO dates, 0/1) for column fields, arrays for
/// the lists (emails and phones as typed, tags and lists as ids), so that an
/// undo gives back exactly what was there, whatever was renamed since.
QJsonValue storedValue(const LeadField &f, const QVariant &v)
{
    switch (f.kind) {
    case FieldKind::EmailList:
    case FieldKind::PhoneList: return QJsonArray::fromStringList(v.toStringList());
    case FieldKind::RefList: {
        QJsonArray a;
        for (qint64 id : v.value<QList<qint64>>())
            a << id;
        return a;
    }
    default: return QJsonValue::fromVariant(LeadRecord::toSql(f, v));
    }
}

/// The value back from storedValue().
QVariant fieldValue(const LeadField &f, const QJsonValue &j)
{
    switch (f.kind) {
    case FieldKind::EmailList:
    case FieldKind::PhoneList: {
        QStringList out;
        for (const QJsonValue &v : j.toArray())
            out << v.toString();
        return out;
    }
    case FieldKind::RefList: {
        QList<qint64> out;
        for (const QJsonValue &v : j.toArray())
            out << qint64(v.toInteger());
        return QVariant::fromValue(out);
    }
    case FieldKind::Int:
    case FieldKind::Bool:
    case FieldKind::Reference: return LeadRecord::fromSql(f, j.isNull() ? QVariant() : QVariant(j.toInteger()));
    default: return LeadRecord::fromSql(f, j.toVariant());
    }
}

/// Whether the journal keeps this field: what people and imports set
/// (derived and system fields are never written by an import).
bool journalled(const LeadField &f)
{
    return !f.readOnly && f.key != QLatin1String("updated_at");
}

} // namespace

ImportJournal::ImportJournal(Workspace &ws) : m_ws(ws) {}

ImportJournalRepository &ImportJournal::repo() const
{
    return m_ws.importJournalRepository();
}

Result<qint64> ImportJournal::start(const QString &fileName, const QString &sourceId)
{
    if (m_ws.database().transactionDepth() == 0)
        return Result<qint64>::failure(QStringLiteral("import"), tr("The import journal is written only inside an import."));
    ImportRecord r;
    r.at = m_ws.now();
    r.userId = m_ws.currentUserId();
    r.file = fileName;
    r.source = sourceId;
    return repo().insert(r);
}

VoidResult ImportJournal::recordUpdate(qint64 importId, const Lead &before, const Lead &after)
{
    if (m_ws.database().transactionDepth() == 0)
        return VoidResult::failure(QStringLiteral("import"), tr("The import journal is written only inside an import."));
    if (repo().createdBy(before.id, importId))
        return {}; // created by this import: an undo removes it whole
    QJsonObject replaced;
    const std::optional<ImportUpdateRecord> earlier = repo().findUpdate(importId, before.id);
    if (earlier)
        replaced = QJsonDocument::fromJson(earlier->before).object();
    for (const LeadField &f : leadFields()) {
        if (!journalled(f) || replaced.contains(f.key)) // an earlier update of this import keeps the oldest value
            continue;
        const QVariant was = f.get(before);
        if (was != f.get(after))
            replaced.insert(f.key, storedValue(f, was));
    }
    if (replaced.isEmpty() && !earlier)
        return {}; // nothing replaced: nothing to give back
    return repo().putUpdate(importId, before.id, QJsonDocument(replaced).toJson(QJsonDocument::Compact),
                            Database::timestamp(after.updatedAt));
}

VoidResult ImportJournal::finish(qint64 importId, const ImportCounts &counts)
{
    if (m_ws.database().transactionDepth() == 0)
        return VoidResult::failure(QStringLiteral("import"), tr("The import journal is written only inside an import."));
    if (counts.imported + counts.updated == 0)
        return repo().remove(importId); // it wrote nothing: nothing to list or undo
    return repo().setCounts(importId, counts.imported, counts.updated, counts.skipped, counts.rejected, m_ws.now());
}

QList<ImportEntry> ImportJournal::list() const
{
    return repo().list();
}

Result<ImportEntry> ImportJournal::find(qint64 importId) const
{
    const std::optional<ImportRecord> r = repo().find(importId);
    if (!r)
        return Result<ImportEntry>::failure(QStringLiteral("import"), tr("There is no import #%1.").arg(importId));
    return *r;
}

Result<RevertSummary> ImportJournal::revert(qint64 importId)
{
    if (Problems no = m_ws.access().check(Access::Action::Import); !no.isEmpty())
        return no;
    // Begun before any check: what is checked still holds when it is written.
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto found = find(importId);
    if (!found)
        return found.problems();
    const ImportRecord &rec = found.value();
    if (rec.isReverted())
        return Result<RevertSummary>::failure(QStringLiteral("import"), tr("Import #%1 was already undone (%2).")
                                                                            .arg(importId)
                                                                            .arg(rec.revertedAt.toLocalTime().toString(Qt::ISODate)));
    const QDateTime now = m_ws.now();
    LeadRepository &leads = m_ws.leadRepository();
    RevertSummary summary;
    summary.importId = importId;
    auto refuse = [&](qint64 leadId, const QString &reason) {
        const std::optional<Lead> lead = leads.find(leadId);
        summary.refused << RevertRefusal{leadId, lead ? lead->displayName() : tr("Lead #%1").arg(leadId), reason};
    };

    // The leads it created: removed, unless changed since the import ended.
    const QString end = Database::timestamp(rec.finishedAt.isValid() ? rec.finishedAt : rec.at);
    auto changed = repo().changedCreatedLeads(importId, end);
    if (!changed)
        return changed.problems();
    QSet<qint64> kept;
    for (const ImportedLeadState &s : changed.value()) {
        kept.insert(s.leadId);
        if (s.mergedInto)
            refuse(s.leadId, tr("merged into lead #%1 since the import").arg(s.mergedInto));
        else if (s.hasMergedLeads)
            refuse(s.leadId, tr("other leads were merged into it since the import"));
        else if (s.converted)
            refuse(s.leadId, tr("converted since the import"));
        else if (s.editedSince)
            refuse(s.leadId, tr("edited since the import"));
        else if (s.rows > 0)
            refuse(s.leadId, tr("events, emails, attachments or tickets were added to it since the import"));
        else
            refuse(s.leadId, tr("its timeline has entries added since the import"));
    }
    QList<qint64> remove;
    for (qint64 id : repo().createdLeadIds(importId))
        if (!kept.contains(id))
            remove << id;
    // LeadRepository::remove() takes the search entry; the schema's cascades
    // take contact points, tags, lists, timeline and the rest, and its
    // triggers keep the sort marks' counts.
    for (qsizetype i = 0; i < remove.size(); i += RemoveChunk)
        if (VoidResult r = leads.remove(remove.mid(i, RemoveChunk)); !r)
            return r.problems();
    summary.removed = remove.size();

    // The leads it updated: the values it replaced go back, unless the lead
    // was saved since (its updated_at is no longer the one the import left).
    for (const ImportUpdateRecord &u : repo().updates(importId)) {
        if (u.mergedInto) {
            refuse(u.leadId, tr("merged into lead #%1 since the import").arg(u.mergedInto));
            continue;
        }
        if (u.converted) {
            refuse(u.leadId, tr("converted since the import"));
            continue;
        }
        if (u.updatedAt != u.afterAt) {
            refuse(u.leadId, tr("edited since the import (last saved %1)")
                                 .arg(Database::fromTimestamp(u.updatedAt).toLocalTime().toString(Qt::ISODate)));
            continue;
        }
        const std::optional<Lead> current = leads.find(u.leadId);
        const QJsonDocument doc = QJsonDocument::fromJson(u.before);
        if (!current)
            continue;
        if (!doc.isObject()) {
            refuse(u.leadId, tr("the journal of its update is unreadable"));
            continue;
        }
        const QJsonObject before = doc.object();
        Lead restored = *current;
        QList<const LeadField *> fields;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const LeadField *f = leadField(it.key());
            if (!f || !journalled(*f))
                continue;
            f->set(restored, fieldValue(*f, it.value()));
            fields << f;
        }
        restored.updatedAt = now;
        if (VoidResult r = leads.update(restored); !r)
            return r.problems();
        // The timeline says what came back, and why.
        const QString why = tr("Import #%1 undone").arg(importId);
        bool wrote = false;
        for (const LeadField *f : std::as_const(fields)) {
            const QString oldText = m_ws.codec().displayText(*f, f->get(*current));
            const QString newText = m_ws.codec().displayText(*f, f->get(restored));
            if (oldText == newText && f->kind != FieldKind::Html)
                continue;
            const Activity::Kind kind = f->key == QLatin1String("status") ? Activity::Kind::Status : Activity::Kind::Change;
            if (VoidResult r = m_ws.leads().record(u.leadId, kind, f->key, oldText, newText, why); !r)
                return r.problems();
            wrote = true;
        }
        if (!wrote)
            if (VoidResult r = m_ws.leads().record(u.leadId, Activity::Kind::Change, {}, {}, {}, why); !r)
                return r.problems();
        ++summary.restored;
    }

    if (VoidResult r = repo().setReverted(importId, now); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    if (summary.removed + summary.restored > 0)
        emit m_ws.leadsReset();
    return summary;
}
