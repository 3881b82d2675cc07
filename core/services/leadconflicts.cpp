// LeadService's answer to two writers: the fields someone else changed since
// a caller read a lead, and who changed what since a version.
#include "leadservice.h"

#include "activityrepository.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("LeadService", s); }
} // namespace

QList<FieldConflict> LeadService::conflicts(const Lead &base, const Lead &edited) const
{
    const auto current = m_ws.leadRepository().find(edited.id);
    return current ? findConflicts(&base, edited, *current) : QList<FieldConflict>{};
}

QList<FieldConflict> LeadService::findConflicts(const Lead *base, const Lead &edited, const Lead &current) const
{
    QList<FieldConflict> out;
    // Nothing to compare with: a lead built by hand (version 0), or read at
    // the version stored now with no base given.
    if (!base && (edited.version == 0 || edited.version == current.version))
        return out;
    const qint64 since = base ? base->version : edited.version;
    const QList<Activity> changes = since != 0 && since != current.version
                                        ? m_ws.activityRepository().changesSince(edited.id, since)
                                        : QList<Activity>{};
    for (const LeadField &f : leadFields()) {
        if (f.readOnly)
            continue;
        const QVariant now = f.get(current);
        const QVariant wanted = f.get(edited);
        if (wanted == now || (base && wanted == f.get(*base)))
            continue; // the caller did not change it, or changed it the same way
        const Activity *last = nullptr;
        for (const Activity &a : changes)
            if (a.field == f.key)
                last = &a;
        const bool theyChanged = base ? f.get(*base) != now : last != nullptr;
        if (!theyChanged)
            continue;
        FieldConflict c;
        c.field = f.key;
        c.user = last ? last->userName : tr("someone else");
        c.at = last ? last->at : current.updatedAt;
        c.theirs = m_ws.codec().displayText(f, now);
        c.mine = m_ws.codec().displayText(f, wanted);
        out << c;
    }
    return out;
}

QStringList LeadService::changesSince(qint64 leadId, qint64 version) const
{
    QStringList out;
    for (const Activity &a : m_ws.activityRepository().changesSince(leadId, version))
        out << tr("%1 by %2 at %3: \"%4\" to \"%5\" (version %6)")
                   .arg(a.field, a.userName.isEmpty() ? tr("someone") : a.userName,
                        a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), a.oldValue, a.newValue)
                   .arg(a.version);
    return out;
}

