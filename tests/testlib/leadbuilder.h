#pragma once

#include "lead.h"

/// A fluent builder of leads for tests:
/// LeadBuilder().named("Jean", "Dupont").company("Acme").email("j@acme.fr").build()
class LeadBuilder
{
public:
    LeadBuilder &named(const QString &first, const QString &last)
    {
        m_lead.firstName = first;
        m_lead.lastName = last;
        return *this;
    }
    LeadBuilder &title(const QString &t) { m_lead.title = t; return *this; }
    LeadBuilder &company(const QString &c) { m_lead.company = c; return *this; }
    LeadBuilder &email(const QString &e) { m_lead.emails << e; return *this; }
    LeadBuilder &phone(const QString &p) { m_lead.phones << p; return *this; }
    LeadBuilder &city(const QString &c) { m_lead.city = c; return *this; }
    LeadBuilder &country(qint64 id) { m_lead.countryId = id; return *this; }
    LeadBuilder &status(qint64 id) { m_lead.statusId = id; return *this; }
    LeadBuilder &assignedTo(qint64 id) { m_lead.assignedTo = id; return *this; }
    LeadBuilder &score(int s) { m_lead.score = s; return *this; }
    LeadBuilder &tin(const QString &t) { m_lead.tin = t; return *this; }
    LeadBuilder &tag(qint64 id) { m_lead.tagIds << id; return *this; }
    LeadBuilder &source(qint64 id) { m_lead.sourceId = id; return *this; }
    Lead build() const { return m_lead; }
    operator Lead() const { return m_lead; }

private:
    Lead m_lead;
};
