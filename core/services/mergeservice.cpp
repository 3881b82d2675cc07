#include "mergeservice.h"

#include "activity.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "mergerepository.h"
#include "normalize.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("MergeService", s); }

// The snapshot keeps each lead losslessly (ids, not names), so an undo
// restores exactly what was there whatever was renamed since.
QJsonValue fieldJson(const LeadField &f, const Lead &lead)
{
    const QVariant v = f.get(lead);
    switch (f.kind) {
    case FieldKind::Bool: return v.toBool();
    case FieldKind::Int: return v.toLongLong();
    case FieldKind::Reference: return v.toLongLong();
    case FieldKind::Decimal: return v.isNull() ? QJsonValue() : QJsonValue(v.toDouble());
    case FieldKind::Date: return v.toDate().isValid() ? QJsonValue(v.toDate().toString(Qt::ISODate)) : QJsonValue();
    case FieldKind::DateTime: return v.toDateTime().isValid() ? QJsonValue(Database::timestamp(v.toDateTime())) : QJsonValue();
    case FieldKind::EmailList:
    case FieldKind::PhoneList: return QJsonArray::fromStringList(v.toStringList());
    case FieldKind::RefList: {
        QJsonArray a;
        for (qint64 id : v.value<QList<qint64>>())
            a << id;
        return a;
    }
    default: return v.toString();
    }
}

QVariant fieldValue(const LeadField &f, const QJsonValue &j)
{
    switch (f.kind) {
    case FieldKind::Bool: return j.toBool();
    case FieldKind::Int: return int(j.toInteger());
    case FieldKind::Reference: return qint64(j.toInteger());
    case FieldKind::Decimal: return j.isNull() || j.isUndefined() ? QVariant() : QVariant(j.toDouble());
    case FieldKind::Date: return QDate::fromString(j.toString(), Qt::ISODate);
    case FieldKind::DateTime: return Database::fromTimestamp(j.toString());
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
    default: return j.toString();
    }
}

QJsonObject leadJson(const Lead &lead)
{
    QJsonObject o;
    for (const LeadField &f : leadFields())
        o.insert(f.key, fieldJson(f, lead));
    QJsonArray contacts;
    for (qint64 id : lead.convertedContactIds)
        contacts << id;
    o.insert(QStringLiteral("converted_contact_ids"), contacts);
    return o;
}

/// The lead fields a merge decides: not derived, not the status (the master's stays).
bool mergeable(const LeadField &f)
{
    return !f.readOnly && f.key != QLatin1String("status");
}

/// Fields whose value on a merged lead is reported when it differs from the
/// master's: what a merge decides, and the outcome the master keeps (its
/// status, a loss reason and comment).
bool reportable(const LeadField &f)
{
    return mergeable(f) || f.key == QLatin1String("status") || f.key == QLatin1String("lost_reason")
           || f.key == QLatin1String("lost_comment");
}

/// Fields whose texts are joined rather than chosen ("descriptions joined").
bool joined(const LeadField &f)
{
    return f.key == QLatin1String("description") || f.key == QLatin1String("requirements");
}

QString idsText(const QList<Lead> &leads)
{
    QStringList parts;
    for (const Lead &l : leads)
        parts << QStringLiteral("#%1 (%2)").arg(l.id).arg(l.displayName());
    return parts.join(QStringLiteral(", "));
}
} // namespace

MergeService::MergeService(Workspace &ws) : m_ws(ws) {}

Result<MergePlan> MergeService::plan(qint64 masterId, const QList<qint64> &otherIds) const
{
    QList<qint64> ids;
    for (qint64 id : otherIds)
        if (id != masterId && !ids.contains(id))
            ids << id;
    if (ids.isEmpty())
        return Result<MergePlan>::failure(QStringLiteral("ids"), tr("Choose at least one lead to merge into lead #%1.").arg(masterId));
    auto usable = [this](qint64 id) -> Result<Lead> {
        auto lead = m_ws.leads().getFor(id, Access::LeadAction::Delete);
        if (lead && m_ws.leads().isConverted(lead.value()))
            return Result<Lead>::failure(QStringLiteral("id"), tr("Lead #%1 is converted and can no longer be changed.").arg(id));
        return lead;
    };
    auto master = usable(masterId);
    if (!master)
        return master.problems();
    MergePlan plan;
    plan.before = master.value();
    plan.master = master.value();
    for (qint64 id : ids) {
        auto other = usable(id);
        if (!other)
            return other.problems();
        plan.others << other.value();
    }
    std::stable_sort(plan.others.begin(), plan.others.end(), [](const Lead &a, const Lead &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });

    const LeadCodec &codec = m_ws.codec();
    auto regionOf = [this](const Lead &lead) {
        const auto c = m_ws.references().find(RefKind::Country, lead.countryId);
        return c ? c->code : QString();
    };
    for (const LeadField &f : leadFields()) {
        if (!mergeable(f))
            continue;
        if (f.kind == FieldKind::EmailList || f.kind == FieldKind::PhoneList) {
            const bool phone = f.kind == FieldKind::PhoneList;
            QStringList list = f.get(plan.master).toStringList();
            QSet<QString> keys;
            for (const QString &v : list)
                keys.insert(phone ? Normalize::phone(v, regionOf(plan.master)) : Normalize::email(v));
            for (const Lead &o : plan.others) {
                QStringList came;
                for (const QString &v : f.get(o).toStringList()) {
                    const QString key = phone ? Normalize::phone(v, regionOf(o)) : Normalize::email(v);
                    if (!keys.contains(key)) {
                        keys.insert(key);
                        list << v;
                        came << v;
                    }
                }
                if (!came.isEmpty())
                    plan.gains << MergeGain{o.id, f.key, came.join(QStringLiteral(", ")), true};
            }
            f.set(plan.master, list);
        } else if (f.kind == FieldKind::RefList) {
            QList<qint64> list = f.get(plan.master).value<QList<qint64>>();
            for (const Lead &o : plan.others) {
                QList<qint64> came;
                for (qint64 id : f.get(o).value<QList<qint64>>())
                    if (!list.contains(id)) {
                        list << id;
                        came << id;
                    }
                if (!came.isEmpty())
                    plan.gains << MergeGain{o.id, f.key, codec.displayText(f, QVariant::fromValue(came)), true};
            }
            std::sort(list.begin(), list.end());
            f.set(plan.master, QVariant::fromValue(list));
        } else if (joined(f)) {
            QStringList parts;
            if (!f.isBlank(plan.master))
                parts << f.get(plan.master).toString().trimmed();
            for (const Lead &o : plan.others) {
                const QString v = f.get(o).toString().trimmed();
                if (!f.isBlank(o) && !parts.contains(v)) {
                    parts << v;
                    plan.gains << MergeGain{o.id, f.key, codec.displayText(f, v), true};
                }
            }
            f.set(plan.master, parts.join(f.kind == FieldKind::Html ? QStringLiteral("\n<hr/>\n") : QStringLiteral("\n\n")));
        } else if (f.isBlank(plan.master)) {
            for (const Lead &o : plan.others)
                if (!f.isBlank(o)) {
                    f.set(plan.master, f.get(o));
                    plan.gains << MergeGain{o.id, f.key, codec.displayText(f, f.get(o)), false};
                    break;
                }
        }
    }

    // A value filled from another lead may not fit the master's others (a
    // product of another sales direction, a contact of another company):
    // such fills are undone and counted as values that did not survive.
    for (int round = 0; round < 3; ++round) {
        bool reverted = false;
        for (const Problem &p : m_ws.leads().validate(plan.master)) {
            const LeadField *f = leadField(p.field);
            if (!f)
                continue;
            for (qsizetype i = 0; i < plan.gains.size(); ++i)
                if (plan.gains[i].field == f->key && !plan.gains[i].added) {
                    f->set(plan.master, f->get(plan.before));
                    plan.gains.removeAt(i);
                    reverted = true;
                    break;
                }
        }
        if (!reverted)
            break;
    }

    for (const LeadField &f : leadFields()) {
        if (!reportable(f) || f.isList() || joined(f))
            continue;
        const QString kept = codec.displayText(f, f.get(plan.master));
        for (const Lead &o : plan.others) {
            if (f.isBlank(o))
                continue;
            const QString value = codec.displayText(f, f.get(o));
            if (value != kept)
                plan.losses << MergeLoss{o.id, f.key, value, kept};
        }
    }
    return plan;
}

Result<MergedLead> MergeService::merge(qint64 masterId, const QList<qint64> &otherIds)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto planned = plan(masterId, otherIds);
    if (!planned)
        return planned.problems();
    MergePlan &p = planned.value();
    MergeRepository &journal = m_ws.mergeRepository();
    const QDateTime now = m_ws.now();

    // What moves from each merged lead, listed before anything moves, so
    // that an undo moves exactly these rows back.
    QJsonArray members;
    QList<qint64> mergedIds;
    QList<std::pair<qint64, QList<QList<qint64>>>> moves;
    qint64 logoFrom = 0;
    const bool masterHasLogo = journal.hasLogo(masterId);
    for (const Lead &o : p.others) {
        QJsonObject moved;
        QList<QList<qint64>> rowIds;
        for (MergeRepository::Rows rows : MergeRepository::allRows()) {
            const QList<qint64> ids = journal.rowIds(rows, o.id);
            rowIds << ids;
            QJsonArray a;
            for (qint64 id : ids)
                a << id;
            moved.insert(MergeRepository::rowsKey(rows), a);
        }
        const bool takesLogo = !masterHasLogo && logoFrom == 0 && journal.hasLogo(o.id);
        if (takesLogo)
            logoFrom = o.id;
        members << QJsonObject{{QStringLiteral("lead"), leadJson(o)}, {QStringLiteral("moved"), moved}, {QStringLiteral("logo"), takesLogo}};
        moves << std::pair{o.id, rowIds};
        mergedIds << o.id;
    }
    p.master.updatedAt = now;
    const QJsonObject snapshot{{QStringLiteral("version"), 1},
                               {QStringLiteral("master"), leadJson(p.before)},
                               {QStringLiteral("master_after"), leadJson(p.master)},
                               {QStringLiteral("members"), members}};

    MergeRecord record;
    record.masterId = masterId;
    record.memberIds = mergedIds;
    record.at = now;
    record.userId = m_ws.currentUserId();
    record.snapshot = QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
    auto mergeId = journal.insert(record);
    if (!mergeId)
        return mergeId.problems();

    const QList<MergeRepository::Rows> kinds = MergeRepository::allRows();
    for (const auto &[leadId, rowIds] : moves)
        for (int k = 0; k < kinds.size(); ++k)
            if (VoidResult r = journal.moveRows(kinds[k], rowIds[k], masterId); !r)
                return r.problems();
    if (logoFrom)
        if (VoidResult r = journal.moveLogo(logoFrom, masterId); !r)
            return r.problems();
    if (VoidResult r = m_ws.leadRepository().update(p.master); !r)
        return r.problems();
    if (VoidResult r = m_ws.leadRepository().setMergedInto(mergedIds, masterId); !r)
        return r.problems();

    // The master's timeline tells the merge: what came from where, and each
    // value that did not survive.
    LeadService &leads = m_ws.leads();
    if (VoidResult r = leads.record(masterId, Activity::Kind::Merge, {}, {}, {},
                                    tr("Merged %1 into this lead (merge #%2).").arg(idsText(p.others)).arg(mergeId.value()));
        !r)
        return r.problems();
    for (const MergeGain &g : p.gains) {
        const QString text = g.added ? tr("Added from lead #%1.").arg(g.fromLeadId) : tr("Filled from lead #%1.").arg(g.fromLeadId);
        if (VoidResult r = leads.record(masterId, Activity::Kind::Merge, g.field, {}, g.value, text); !r)
            return r.problems();
    }
    for (const MergeLoss &l : p.losses)
        if (VoidResult r = leads.record(masterId, Activity::Kind::Merge, l.field, l.value, l.kept,
                                        tr("Value of lead #%1 not kept; the master's value stays.").arg(l.fromLeadId));
            !r)
            return r.problems();
    for (const Lead &o : p.others)
        if (VoidResult r = leads.record(o.id, Activity::Kind::Merge, {}, {}, {},
                                        tr("Merged into lead #%1 (merge #%2).").arg(masterId).arg(mergeId.value()));
            !r)
            return r.problems();
    if (VoidResult r = m_ws.leadRepository().refreshEventDates(masterId, now); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsRemoved(mergedIds);
    emit m_ws.leadsChanged({masterId});
    auto after = m_ws.leads().get(masterId);
    if (!after)
        return after.problems();
    return MergedLead{after.value(), mergeId.value(), mergedIds};
}

Result<Lead> MergeService::undo(qint64 mergeId)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto rec = find(mergeId);
    if (!rec)
        return rec.problems();
    const MergeRecord &m = rec.value();
    if (m.isUndone())
        return Result<Lead>::failure(QStringLiteral("merge"), tr("Merge #%1 was already undone.").arg(mergeId));
    auto current = m_ws.leadRepository().find(m.masterId);
    if (!current)
        return Result<Lead>::failure(QStringLiteral("merge"), tr("Lead #%1, the master of merge #%2, no longer exists.").arg(m.masterId).arg(mergeId));
    if (Problems no = m_ws.access().check(*current, Access::LeadAction::Delete); !no.isEmpty())
        return no;
    if (current->deletedAt.isValid())
        return Result<Lead>::failure(QStringLiteral("merge"), tr("Lead #%1, the master of merge #%2, is in the trash: restore it first.")
                                                                  .arg(m.masterId)
                                                                  .arg(mergeId));
    if (current->mergedInto)
        return Result<Lead>::failure(QStringLiteral("merge"), tr("Lead #%1 was merged into lead #%2 since: undo that merge first.")
                                                                  .arg(m.masterId)
                                                                  .arg(current->mergedInto));
    const QJsonObject snapshotMembers = QJsonDocument::fromJson(m.snapshot).object();
    for (const QJsonValue &v : snapshotMembers.value(QStringLiteral("members")).toArray()) {
        const qint64 id = v.toObject().value(QStringLiteral("lead")).toObject().value(QStringLiteral("id")).toInteger();
        if (!m_ws.leadRepository().exists(id))
            return Result<Lead>::failure(QStringLiteral("merge"), tr("Lead #%1 of merge #%2 was deleted since; the merge cannot be undone.")
                                                                      .arg(id)
                                                                      .arg(mergeId));
    }
    for (qint64 id : QList<qint64>{m.masterId} + m.memberIds)
        if (m_ws.mergeRepository().hasLaterMerge(id, mergeId))
            return Result<Lead>::failure(QStringLiteral("merge"), tr("Lead #%1 took part in a later merge: undo that merge first.").arg(id));
    if (m_ws.leads().isConverted(*current))
        return Result<Lead>::failure(QStringLiteral("merge"),
                                     tr("Lead #%1 was converted after merge #%2, which can no longer be undone.").arg(m.masterId).arg(mergeId));
    const QJsonObject snapshot = QJsonDocument::fromJson(m.snapshot).object();
    const QJsonObject before = snapshot.value(QStringLiteral("master")).toObject();
    const QJsonObject after = snapshot.value(QStringLiteral("master_after")).toObject();
    const QJsonArray members = snapshot.value(QStringLiteral("members")).toArray();
    if (before.isEmpty() || after.isEmpty())
        return Result<Lead>::failure(QStringLiteral("merge"), tr("The journal of merge #%1 is unreadable; it cannot be undone.").arg(mergeId));

    // Fields still holding what the merge gave go back; fields edited since keep the edit.
    Lead restored = *current;
    QStringList keptEdits;
    for (const LeadField &f : leadFields()) {
        if (!mergeable(f))
            continue;
        if (fieldJson(f, *current) == after.value(f.key))
            f.set(restored, fieldValue(f, before.value(f.key)));
        else if (after.value(f.key) != before.value(f.key))
            keptEdits << f.translatedLabel();
    }
    const QDateTime now = m_ws.now();
    restored.updatedAt = now;

    MergeRepository &journal = m_ws.mergeRepository();
    if (VoidResult r = m_ws.leadRepository().update(restored); !r)
        return r.problems();
    for (const QJsonValue &v : members) {
        const QJsonObject member = v.toObject();
        const qint64 leadId = member.value(QStringLiteral("lead")).toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject moved = member.value(QStringLiteral("moved")).toObject();
        for (MergeRepository::Rows rows : MergeRepository::allRows()) {
            QList<qint64> ids;
            for (const QJsonValue &id : moved.value(MergeRepository::rowsKey(rows)).toArray())
                ids << id.toInteger();
            if (VoidResult r = journal.moveRows(rows, ids, leadId); !r)
                return r.problems();
        }
        if (member.value(QStringLiteral("logo")).toBool())
            if (VoidResult r = journal.moveLogo(m.masterId, leadId); !r)
                return r.problems();
    }
    if (VoidResult r = m_ws.leadRepository().setMergedInto(m.memberIds, 0); !r)
        return r.problems();
    if (VoidResult r = journal.setUndone(mergeId, now); !r)
        return r.problems();

    QStringList restoredIds;
    for (qint64 id : m.memberIds)
        restoredIds << QLatin1Char('#') + QString::number(id);
    QString text = tr("Merge #%1 undone: leads %2 are back.").arg(mergeId).arg(restoredIds.join(QStringLiteral(", ")));
    if (!keptEdits.isEmpty())
        text += QLatin1Char(' ') + tr("Edited since the merge and kept: %1.").arg(keptEdits.join(QStringLiteral(", ")));
    if (VoidResult r = m_ws.leads().record(m.masterId, Activity::Kind::Merge, {}, {}, {}, text); !r)
        return r.problems();
    for (qint64 id : QList<qint64>{m.masterId} + m.memberIds) {
        if (id != m.masterId)
            if (VoidResult r = m_ws.leads().record(id, Activity::Kind::Merge, {}, {}, {},
                                                   tr("Merge #%1 into lead #%2 undone: this lead is back.").arg(mergeId).arg(m.masterId));
                !r)
                return r.problems();
        if (VoidResult r = m_ws.leadRepository().refreshEventDates(id, now); !r)
            return r.problems();
    }
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsReset();
    return m_ws.leads().get(m.masterId);
}

Result<MergeRecord> MergeService::find(qint64 mergeId) const
{
    auto m = m_ws.mergeRepository().find(mergeId);
    if (!m)
        return Result<MergeRecord>::failure(QStringLiteral("merge"), tr("There is no merge #%1.").arg(mergeId));
    return *m;
}

QList<MergeRecord> MergeService::mergesOf(qint64 leadId) const
{
    return m_ws.mergeRepository().forLead(leadId);
}
