#include "leadscope.h"

#include <QStringList>

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}
} // namespace

namespace LeadScope {

QString sql(Kind kind, qint64 me, const QList<qint64> &teams, const QList<qint64> &teammates, qint64 partnerId)
{
    switch (kind) {
    case Kind::Everything:
        return {};
    case Kind::Nothing:
        return QStringLiteral("0 = 1");
    case Kind::Teams: {
        QList<qint64> members = teammates;
        if (me && !members.contains(me))
            members << me;
        return QStringLiteral("(l.team_id IN (%1) OR l.assigned_to IN (%2) OR (l.assigned_to IS NULL AND l.team_id IS NULL))")
            .arg(idList(teams), idList(members.isEmpty() ? QList<qint64>{0} : members));
    }
    case Kind::Own: {
        QString out = QStringLiteral("(l.assigned_to = %1 OR l.assigned_to IS NULL").arg(me);
        if (!teams.isEmpty())
            out += QStringLiteral(" OR l.team_id IN (%1)").arg(idList(teams));
        return out + QLatin1Char(')');
    }
    case Kind::Open:
        return QStringLiteral("l.status_id IN (SELECT id FROM lead_statuses WHERE is_open = 1)");
    case Kind::Partner:
        return QStringLiteral("l.channel_partner_id = %1").arg(partnerId ? partnerId : -1);
    }
    return QStringLiteral("0 = 1");
}

PartnerLists partnerLists(bool partnerUser, qint64 partnerId, const QString &visibleLeads)
{
    PartnerLists out;
    out.leads = visibleLeads;
    if (!partnerUser)
        return out;
    const QString me = QString::number(partnerId ? partnerId : -1);
    out.partners = QStringLiteral("(p.id = %1 OR EXISTS (SELECT 1 FROM leads l WHERE l.partner_id = p.id AND l.channel_partner_id = %1))").arg(me);
    out.contacts = QStringLiteral("(c.partner_id = %1 OR EXISTS (SELECT 1 FROM leads l WHERE (l.contact_id = c.id OR l.channel_contact_id = c.id) "
                                  "AND l.channel_partner_id = %1))")
                       .arg(me);
    out.opportunities = QStringLiteral("0 = 1");
    return out;
}

} // namespace LeadScope
