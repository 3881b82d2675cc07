#include "partnerqueries.h"

#include "access.h"
#include "contactrepository.h"
#include "normalize.h"
#include "opportunityrepository.h"
#include "partnerrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("PartnerQueries", s); }

PartnerListQuery makeQuery(const QString &search, int sort, bool descending, int offset, int limit)
{
    PartnerListQuery q;
    q.searchKey = Normalize::text(search);
    q.sort = sort;
    q.descending = descending;
    q.offset = offset;
    q.limit = limit;
    return q;
}
/// The lists as the acting user may read them (a partner user: their own
/// company and what their leads name; the leads a user sees).
PartnerListRepository listsFor(Workspace &ws)
{
    const Access &a = ws.access();
    return PartnerListRepository(ws.database(), LeadScope::partnerLists(a.role() == Role::Partner, a.user().partnerId, a.visibleSql()));
}
} // namespace

PartnerQueries::PartnerQueries(Workspace &ws) : m_ws(ws) {}

QList<PartnerListItem> PartnerQueries::partners(const QString &search, PartnerSort sort, bool descending, int offset, int limit) const
{
    QList<PartnerListItem> out;
    const auto page = listsFor(m_ws).partners(makeQuery(search, int(sort), descending, offset, limit));
    if (!page)
        return out;
    for (const PartnerListPage::Row &row : page->rows)
        if (auto p = m_ws.partnerRepository().find(row.id))
            out << PartnerListItem{*p, row.contactCount};
    return out;
}

qint64 PartnerQueries::partnerCount(const QString &search) const
{
    return listsFor(m_ws).partnerCount(Normalize::text(search));
}

QList<ContactListItem> PartnerQueries::contacts(const QString &search, ContactSort sort, bool descending, int offset, int limit) const
{
    QList<ContactListItem> out;
    const auto page = listsFor(m_ws).contacts(makeQuery(search, int(sort), descending, offset, limit));
    if (!page)
        return out;
    for (const PartnerListPage::Row &row : page->rows)
        if (auto c = m_ws.contactRepository().find(row.id))
            out << ContactListItem{*c, row.partnerName};
    return out;
}

qint64 PartnerQueries::contactCount(const QString &search) const
{
    return listsFor(m_ws).contactCount(Normalize::text(search));
}

QList<OpportunityListItem> PartnerQueries::opportunities(const QString &search, OpportunitySort sort, bool descending, int offset,
                                                         int limit) const
{
    QList<OpportunityListItem> out;
    const auto page = listsFor(m_ws).opportunities(makeQuery(search, int(sort), descending, offset, limit));
    if (!page)
        return out;
    for (const PartnerListPage::Row &row : page->rows)
        if (auto o = m_ws.opportunityRepository().find(row.id))
            out << OpportunityListItem{*o, row.partnerName, row.leadName};
    return out;
}

qint64 PartnerQueries::opportunityCount(const QString &search) const
{
    return listsFor(m_ws).opportunityCount(Normalize::text(search));
}

QList<PartnerLeadLink> PartnerQueries::leadsOf(qint64 partnerId) const
{
    return listsFor(m_ws).leadsOf(partnerId);
}

QString PartnerQueries::typeName(Partner::Type type)
{
    switch (type) {
    case Partner::Type::Prospect: return tr("Prospect");
    case Partner::Type::Customer: return tr("Customer");
    case Partner::Type::Supplier: return tr("Supplier");
    case Partner::Type::Internal: return tr("Internal");
    case Partner::Type::Factor: return tr("Factor");
    }
    return {};
}

QString PartnerQueries::stageName(const QString &stage)
{
    if (stage == QLatin1String("new"))
        return tr("New");
    if (stage == QLatin1String("qualified"))
        return tr("Qualified");
    if (stage == QLatin1String("proposition"))
        return tr("Proposition");
    if (stage == QLatin1String("won"))
        return tr("Won");
    if (stage == QLatin1String("lost"))
        return tr("Lost");
    if (stage.isEmpty())
        return {};
    return stage.at(0).toUpper() + stage.mid(1);
}
