#include "partnerlistrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace {

/// A search term made safe for LIKE … ESCAPE '\'.
QString escapeLike(QString term)
{
    term.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    term.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    term.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return term;
}

/// How one term may match: the start of a word of a folded name, the start
/// of a folded column, anywhere in a phone number. The terms are folded by
/// Normalize::text; so is every text compared (stored keys, or quarry_fold).
struct Match
{
    QStringList words;    ///< folded name keys: the term starts one of their words
    QStringList prefixes; ///< columns the term starts
    QStringList anywhere; ///< columns containing the term
};

/// The WHERE clause (without "WHERE"; "1 = 1" when there is no search) and its
/// bindings: every term of `searchKey` must match somewhere.
QString whereClause(const QString &searchKey, const Match &m, QVariantList *bindings)
{
    const QStringList terms = searchKey.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return QStringLiteral("1 = 1");
    QStringList all;
    for (const QString &raw : terms) {
        const QString t = escapeLike(raw);
        QStringList any;
        for (const QString &col : m.words) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col) << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col);
            *bindings << t + QLatin1Char('%') << QStringLiteral("% ") + t + QLatin1Char('%');
        }
        for (const QString &col : m.prefixes) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col);
            *bindings << t + QLatin1Char('%');
        }
        for (const QString &col : m.anywhere) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col);
            *bindings << QLatin1Char('%') + t + QLatin1Char('%');
        }
        all << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return all.join(QStringLiteral(" AND "));
}

QString orderBy(const QString &expression, bool descending, const QString &idColumn)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY %1%2, %3%2").arg(expression, dir, idColumn);
}

QString leadName(const QString &first, const QString &middle, const QString &last, const QString &company, const QString &title)
{
    QStringList parts;
    for (const QString &p : {first, middle, last})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    if (!parts.isEmpty())
        return parts.join(QLatin1Char(' '));
    if (!company.trimmed().isEmpty())
        return company.trimmed();
    return title.trimmed();
}

const Match PartnerMatch{{QStringLiteral("p.name_key")},
                         {QStringLiteral("quarry_fold(p.city)"), QStringLiteral("quarry_fold(p.email)"), QStringLiteral("p.tin")},
                         {QStringLiteral("p.phone")}};
const Match ContactMatch{{QStringLiteral("c.name_key"), QStringLiteral("IFNULL(p.name_key, '')")},
                         {QStringLiteral("quarry_fold(c.email)")},
                         {QStringLiteral("c.phone"), QStringLiteral("c.mobile")}};
const Match OpportunityMatch{{QStringLiteral("quarry_fold(o.name)"), QStringLiteral("IFNULL(p.name_key, '')"),
                              QStringLiteral("IFNULL(l.full_name_key, '')"), QStringLiteral("IFNULL(l.company_key, '')")},
                             {},
                             {}};

const char *ContactJoins = " FROM contacts c LEFT JOIN partners p ON p.id = c.partner_id"
                           " LEFT JOIN functions f ON f.id = c.function_id";
const char *OpportunityJoins = " FROM opportunities o LEFT JOIN partners p ON p.id = o.partner_id"
                               " LEFT JOIN leads l ON l.id = o.from_lead_id";

/// `where` narrowed by a scope's condition (none when empty).
QString scoped(const QString &where, const QString &scope)
{
    return scope.isEmpty() ? where : QStringLiteral("(%1) AND %2").arg(where, scope);
}

qint64 countOf(const Database &db, const QString &from, const QString &searchKey, const Match &match, const QString &scope)
{
    QVariantList bindings;
    const QString where = scoped(whereClause(searchKey, match, &bindings), scope);
    auto r = db.exec(QStringLiteral("SELECT COUNT(*)%1 WHERE %2").arg(from, where), bindings);
    if (!r || !r.value().next())
        return 0;
    return r.value().value(0).toLongLong();
}

} // namespace

PartnerListRepository::PartnerListRepository(Database &db, LeadScope::PartnerLists scope) : m_db(db), m_scope(std::move(scope)) {}

Result<PartnerListPage> PartnerListRepository::partners(const PartnerListQuery &query) const
{
    QString sort;
    switch (PartnerSort(query.sort)) {
    case PartnerSort::Name: sort = QStringLiteral("p.name_key"); break;
    case PartnerSort::Type: sort = QStringLiteral("p.partner_type"); break;
    case PartnerSort::ProspectStatus: sort = QStringLiteral("IFNULL(ps.sequence, 2147483647)"); break;
    case PartnerSort::City: sort = QStringLiteral("quarry_fold(p.city)"); break;
    case PartnerSort::Country: sort = QStringLiteral("IFNULL(co.name_key, '')"); break;
    case PartnerSort::Phone: sort = QStringLiteral("p.phone"); break;
    case PartnerSort::Email: sort = QStringLiteral("lower(p.email)"); break;
    case PartnerSort::Contacts: sort = QStringLiteral("contact_count"); break;
    case PartnerSort::Created: sort = QStringLiteral("p.created_at"); break;
    }
    if (sort.isEmpty())
        sort = QStringLiteral("p.name_key");
    QVariantList bindings;
    const QString where = scoped(whereClause(query.searchKey, PartnerMatch, &bindings), m_scope.partners);
    bindings << query.limit << query.offset;
    auto r = m_db.exec(QStringLiteral("SELECT p.id, (SELECT COUNT(*) FROM contacts c WHERE c.partner_id = p.id) AS contact_count"
                                      " FROM partners p LEFT JOIN prospect_statuses ps ON ps.id = p.prospect_status_id"
                                      " LEFT JOIN countries co ON co.id = p.country_id WHERE %1%2 LIMIT ? OFFSET ?")
                           .arg(where, orderBy(sort, query.descending, QStringLiteral("p.id"))),
                       bindings);
    if (!r)
        return r.problems();
    PartnerListPage page;
    while (r.value().next()) {
        PartnerListPage::Row row;
        row.id = r.value().value(0).toLongLong();
        row.contactCount = r.value().value(1).toInt();
        page.rows << row;
    }
    return page;
}

qint64 PartnerListRepository::partnerCount(const QString &searchKey) const
{
    return countOf(m_db, QStringLiteral(" FROM partners p"), searchKey, PartnerMatch, m_scope.partners);
}

Result<PartnerListPage> PartnerListRepository::contacts(const PartnerListQuery &query) const
{
    QString sort;
    switch (ContactSort(query.sort)) {
    case ContactSort::Name: sort = QStringLiteral("c.name_key"); break;
    case ContactSort::Function: sort = QStringLiteral("IFNULL(f.name_key, '')"); break;
    case ContactSort::Partner: sort = QStringLiteral("IFNULL(p.name_key, '')"); break;
    case ContactSort::Email: sort = QStringLiteral("lower(c.email)"); break;
    case ContactSort::Phone: sort = QStringLiteral("c.phone"); break;
    }
    if (sort.isEmpty())
        sort = QStringLiteral("c.name_key");
    QVariantList bindings;
    const QString where = scoped(whereClause(query.searchKey, ContactMatch, &bindings), m_scope.contacts);
    bindings << query.limit << query.offset;
    auto r = m_db.exec(QStringLiteral("SELECT c.id, IFNULL(p.name, '')%1 WHERE %2%3 LIMIT ? OFFSET ?")
                           .arg(QLatin1String(ContactJoins), where, orderBy(sort, query.descending, QStringLiteral("c.id"))),
                       bindings);
    if (!r)
        return r.problems();
    PartnerListPage page;
    while (r.value().next()) {
        PartnerListPage::Row row;
        row.id = r.value().value(0).toLongLong();
        row.partnerName = r.value().value(1).toString();
        page.rows << row;
    }
    return page;
}

qint64 PartnerListRepository::contactCount(const QString &searchKey) const
{
    return countOf(m_db, QLatin1String(ContactJoins), searchKey, ContactMatch, m_scope.contacts);
}

Result<PartnerListPage> PartnerListRepository::opportunities(const PartnerListQuery &query) const
{
    QString sort;
    switch (OpportunitySort(query.sort)) {
    case OpportunitySort::Name: sort = QStringLiteral("quarry_fold(o.name)"); break;
    case OpportunitySort::Partner: sort = QStringLiteral("IFNULL(p.name_key, '')"); break;
    case OpportunitySort::Amount: sort = QStringLiteral("o.expected_amount"); break;
    case OpportunitySort::Close: sort = QStringLiteral("o.expected_close"); break;
    case OpportunitySort::Stage: sort = QStringLiteral("o.stage"); break;
    case OpportunitySort::Lead:
        sort = QStringLiteral("COALESCE(NULLIF(l.full_name_key, ''), NULLIF(l.company_key, ''), lower(l.title), '')");
        break;
    }
    if (sort.isEmpty())
        sort = QStringLiteral("quarry_fold(o.name)");
    QVariantList bindings;
    const QString where = scoped(whereClause(query.searchKey, OpportunityMatch, &bindings), m_scope.opportunities);
    bindings << query.limit << query.offset;
    auto r = m_db.exec(QStringLiteral("SELECT o.id, IFNULL(p.name, ''), IFNULL(l.id, 0), IFNULL(l.first_name, ''), IFNULL(l.middle_name, ''),"
                                      " IFNULL(l.last_name, ''), IFNULL(l.company, ''), IFNULL(l.title, '')%1 WHERE %2%3 LIMIT ? OFFSET ?")
                           .arg(QLatin1String(OpportunityJoins), where, orderBy(sort, query.descending, QStringLiteral("o.id"))),
                       bindings);
    if (!r)
        return r.problems();
    PartnerListPage page;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        PartnerListPage::Row row;
        row.id = q.value(0).toLongLong();
        row.partnerName = q.value(1).toString();
        row.leadId = q.value(2).toLongLong();
        if (row.leadId) {
            row.leadName = leadName(q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                    q.value(7).toString());
            if (row.leadName.isEmpty())
                row.leadName = QCoreApplication::translate("Lead", "Lead #%1").arg(row.leadId);
        }
        page.rows << row;
    }
    return page;
}

qint64 PartnerListRepository::opportunityCount(const QString &searchKey) const
{
    return countOf(m_db, QLatin1String(OpportunityJoins), searchKey, OpportunityMatch, m_scope.opportunities);
}

QList<PartnerLeadLink> PartnerListRepository::leadsOf(qint64 partnerId) const
{
    QList<PartnerLeadLink> out;
    auto r = m_db.exec(QStringLiteral("SELECT l.id, l.first_name, l.middle_name, l.last_name, l.company, l.title FROM leads l"
                                      " WHERE (l.converted_partner_id = ? OR l.id = (SELECT from_lead_id FROM partners WHERE id = ?))"
                                      " AND l.merged_into IS NULL AND l.deleted_at IS NULL%1 ORDER BY l.id")
                           .arg(m_scope.leads.isEmpty() ? QString() : QStringLiteral(" AND ") + m_scope.leads),
                       {partnerId, partnerId});
    if (!r)
        return out;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        PartnerLeadLink link;
        link.id = q.value(0).toLongLong();
        link.name = leadName(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                             q.value(5).toString());
        if (link.name.isEmpty())
            link.name = QCoreApplication::translate("Lead", "Lead #%1").arg(link.id);
        link.title = q.value(5).toString().trimmed();
        out << link;
    }
    return out;
}
