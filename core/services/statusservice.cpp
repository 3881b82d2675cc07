#include "statusservice.h"

#include "fieldlimits.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "normalize.h"
#include "statusrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("StatusService", s); }
QString tr(const char *s, const char *c, int n) { return QCoreApplication::translate("StatusService", s, c, n); }
const QString Field = QStringLiteral("status");

QString roleLabel(StatusRole role)
{
    switch (role) {
    case StatusRole::New: return QCoreApplication::translate("StatusService", "new leads");
    case StatusRole::Converted: return QCoreApplication::translate("StatusService", "converted");
    case StatusRole::Lost: return QCoreApplication::translate("StatusService", "lost");
    case StatusRole::None: break;
    }
    return {};
}
} // namespace

StatusService::StatusService(Workspace &ws) : m_ws(ws)
{
    QObject::connect(&ws, &Workspace::statusesChanged, &ws, [this] { m_kept.reset(); });
}

QList<LeadStatus> StatusService::all() const
{
    // Every drop, edit and check asks for the statuses: they are read once
    // and kept. Inside a write transaction (the write lock held, nobody else
    // writes) they are read once per transaction, so that a check sees what
    // is committed even before another user's change is announced here.
    const Database &db = m_ws.database();
    if (db.transactionDepth() > 0) {
        if (!m_keptInTransaction || m_keptInSerial != db.transactionSerial()) {
            m_keptInTransaction = m_ws.statusRepository().all();
            m_keptInSerial = db.transactionSerial();
        }
        return *m_keptInTransaction;
    }
    if (!m_kept)
        m_kept = m_ws.statusRepository().all();
    return *m_kept;
}

StatusRepository &StatusService::writer()
{
    m_kept.reset();
    m_keptInTransaction.reset();
    return m_ws.statusRepository();
}

std::optional<LeadStatus> StatusService::find(qint64 id) const
{
    for (const LeadStatus &s : all())
        if (s.id == id)
            return s;
    return std::nullopt;
}

std::optional<LeadStatus> StatusService::findByName(const QString &name) const
{
    const QString key = Normalize::text(name);
    for (const LeadStatus &s : all())
        if (Normalize::text(s.name) == key)
            return s;
    return std::nullopt;
}

LeadStatus StatusService::byRole(StatusRole role) const
{
    for (const LeadStatus &s : all())
        if (s.role == role)
            return s;
    return {};
}

Problems StatusService::checkName(const QString &name, qint64 selfId) const
{
    if (Problems p = FieldLimits::checkText(Field, tr("The name of a status"), name, TextShape::ReferenceName); !p.isEmpty())
        return p;
    if (name.trimmed().isEmpty())
        return {Problem{Field, tr("A status needs a name.")}};
    if (auto other = findByName(name); other && other->id != selfId)
        return {Problem{Field, tr("The status \"%1\" already exists.").arg(other->name)}};
    return {};
}

Result<LeadStatus> StatusService::add(const QString &name, bool isOpen, qint64 afterId)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    if (Problems p = checkName(name, 0); !p.isEmpty())
        return p;
    QList<LeadStatus> statuses = all();
    int insertAt = int(statuses.size());
    if (afterId != 0) {
        insertAt = -1;
        for (int i = 0; i < statuses.size(); ++i)
            if (statuses[i].id == afterId)
                insertAt = i + 1;
        if (insertAt < 0)
            return Result<LeadStatus>::failure(QStringLiteral("after"), tr("There is no status #%1 to add after.").arg(afterId));
    }
    auto id = writer().insert(name.trimmed(), 0, isOpen);
    if (!id)
        return id.problems();
    QList<qint64> order;
    for (const LeadStatus &s : statuses)
        order << s.id;
    order.insert(insertAt, id.value());
    if (VoidResult r = writer().setOrder(order); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.statusesChanged();
    return *find(id.value());
}

VoidResult StatusService::rename(qint64 id, const QString &name)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    if (!find(id))
        return VoidResult::failure(Field, tr("There is no status #%1.").arg(id));
    if (Problems p = checkName(name, id); !p.isEmpty())
        return p;
    if (VoidResult r = writer().rename(id, name.trimmed()); !r)
        return r;
    emit m_ws.statusesChanged();
    return {};
}

VoidResult StatusService::move(qint64 id, int position)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    QList<qint64> order;
    for (const LeadStatus &s : all())
        order << s.id;
    const qsizetype from = order.indexOf(id);
    if (from < 0)
        return VoidResult::failure(Field, tr("There is no status #%1.").arg(id));
    if (position < 1 || position > order.size())
        return VoidResult::failure(QStringLiteral("position"), tr("The position must be between 1 and %1.").arg(order.size()));
    order.move(from, position - 1);
    return reorder(order);
}

VoidResult StatusService::reorder(const QList<qint64> &orderedIds)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    QList<qint64> current;
    for (const LeadStatus &s : all())
        current << s.id;
    QList<qint64> a = current, b = orderedIds;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b)
        return VoidResult::failure(Field, tr("A new order must name every status once."));
    if (VoidResult r = writer().setOrder(orderedIds); !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c;
    emit m_ws.statusesChanged();
    return {};
}

VoidResult StatusService::setOpen(qint64 id, bool isOpen)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    const auto s = find(id);
    if (!s)
        return VoidResult::failure(Field, tr("There is no status #%1.").arg(id));
    if (!isOpen && s->role == StatusRole::New)
        return VoidResult::failure(Field, tr("\"%1\" is the status of new leads and must stay open.").arg(s->name));
    if (isOpen && (s->role == StatusRole::Converted || s->role == StatusRole::Lost))
        return VoidResult::failure(Field, tr("\"%1\" is the %2 status and must stay closed.").arg(s->name, roleLabel(s->role)));
    if (VoidResult r = writer().setOpen(id, isOpen); !r)
        return r;
    emit m_ws.statusesChanged();
    return {};
}

VoidResult StatusService::setRole(StatusRole role, qint64 id)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    if (role == StatusRole::None)
        return VoidResult::failure(QStringLiteral("role"), tr("The role must be new, converted or lost."));
    const auto s = find(id);
    if (!s)
        return VoidResult::failure(Field, tr("There is no status #%1.").arg(id));
    if (s->role != StatusRole::None && s->role != role)
        return VoidResult::failure(Field, tr("\"%1\" is already the %2 status; a status holds one role.").arg(s->name, roleLabel(s->role)));
    if (role == StatusRole::New && !s->isOpen)
        return VoidResult::failure(Field, tr("The status of new leads must be open; \"%1\" is closed.").arg(s->name));
    if (role != StatusRole::New && s->isOpen)
        return VoidResult::failure(Field, tr("The %1 status must be closed; \"%2\" is open.").arg(roleLabel(role), s->name));
    if (VoidResult r = writer().setRole(role, id); !r)
        return r;
    emit m_ws.statusesChanged();
    return {};
}

QList<qint64> StatusService::leadsIn(qint64 statusId) const { return m_ws.statusRepository().leadIds(statusId); }

Result<LeadStatus> StatusService::putBack(const LeadStatus &removed, const QList<qint64> &order, const QList<qint64> &leadIds,
                                          qint64 movedTo)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto added = add(removed.name, removed.isOpen, 0);
    if (!added)
        return added.problems();
    // Its place again: the old order with its new id, then any status added since.
    QList<qint64> ids;
    const QList<LeadStatus> now = all();
    for (qint64 id : order) {
        const qint64 shown = id == removed.id ? added->id : id;
        if (std::any_of(now.cbegin(), now.cend(), [shown](const LeadStatus &s) { return s.id == shown; }) && !ids.contains(shown))
            ids << shown;
    }
    for (const LeadStatus &s : now)
        if (!ids.contains(s.id))
            ids << s.id;
    if (VoidResult r = reorder(ids); !r)
        return r.problems();
    const auto target = find(movedTo);
    QList<qint64> back;
    for (qint64 leadId : leadIds)
        if (auto lead = m_ws.leadRepository().find(leadId); lead && lead->statusId == movedTo && !lead->mergedInto)
            back << leadId;
    for (qint64 leadId : std::as_const(back))
        if (VoidResult r = m_ws.leads().record(leadId, Activity::Kind::Status, QStringLiteral("status"), target ? target->name : QString(),
                                               removed.name);
            !r)
            return r.problems();
    if (VoidResult r = m_ws.leadRepository().setField(back, QStringLiteral("status"), added->id, m_ws.now()); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.statusesChanged();
    if (!back.isEmpty())
        emit m_ws.leadsReset();
    return *find(added->id);
}

VoidResult StatusService::remove(qint64 id, qint64 moveLeadsTo)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto s = find(id);
    if (!s)
        return VoidResult::failure(Field, tr("There is no status #%1.").arg(id));
    if (s->role != StatusRole::None)
        return VoidResult::failure(Field, tr("\"%1\" is the %2 status; give that role to another status first.")
                                              .arg(s->name, roleLabel(s->role)));
    const qint64 used = m_ws.statusRepository().leadCount(id);
    if (used > 0) {
        if (moveLeadsTo == 0)
            return VoidResult::failure(Field, tr("%n lead(s) have the status \"%1\"; move them to another status first.", nullptr, int(used))
                                                  .arg(s->name));
        const auto target = find(moveLeadsTo);
        if (!target || target->id == id)
            return VoidResult::failure(QStringLiteral("move_leads_to"), tr("Choose another existing status for the leads of \"%1\".").arg(s->name));
        if (target->role == StatusRole::Converted || target->role == StatusRole::Lost)
            return VoidResult::failure(QStringLiteral("move_leads_to"), tr("Leads cannot be moved to \"%1\": it is reached only by converting or losing a lead.").arg(target->name));
        // Each moved lead's timeline tells of its new status, as a plain change would.
        for (qint64 leadId : m_ws.statusRepository().leadIds(id))
            if (VoidResult r = m_ws.leads().record(leadId, Activity::Kind::Status, QStringLiteral("status"), s->name, target->name); !r)
                return r;
        if (auto moved = writer().moveLeads(id, moveLeadsTo, m_ws.now()); !moved)
            return moved.problems();
    }
    if (VoidResult r = writer().remove(id); !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.statusesChanged();
    if (used > 0)
        emit m_ws.leadsReset();
    return {};
}
