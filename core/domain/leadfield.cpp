#include "leadfield.h"

#include <QSet>

#include <QCoreApplication>
#include <QHash>

namespace {

template<typename T>
QVariant toVariant(const T &v)
{
    return QVariant::fromValue(v);
}

QVariant toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

template<typename T>
void fromVariant(T &target, const QVariant &v)
{
    target = v.value<T>();
}

void fromVariant(std::optional<double> &target, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        target.reset();
    else
        target = v.toDouble();
}

/// Builds a field bound to a member of Lead.
template<typename T>
LeadField field(const char *key, const char *label, FieldKind kind, FieldSection section, T Lead::*member,
                RefKind ref = RefKind::None)
{
    LeadField f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.kind = kind;
    f.section = section;
    f.ref = ref;
    f.get = [member](const Lead &lead) { return toVariant(lead.*member); };
    f.set = [member](Lead &lead, const QVariant &v) { fromVariant(lead.*member, v); };
    if (kind == FieldKind::Reference)
        f.column = f.key + QStringLiteral("_id");
    else if (kind != FieldKind::EmailList && kind != FieldKind::PhoneList && kind != FieldKind::RefList)
        f.column = f.key;
    return f;
}

LeadField withColumn(LeadField f, const char *column)
{
    f.column = QString::fromLatin1(column);
    return f;
}

LeadField readOnly(LeadField f)
{
    f.readOnly = true;
    return f;
}

LeadField choice(LeadField f, QList<FieldChoice> choices)
{
    f.choices = std::move(choices);
    return f;
}

#define TR(s) QT_TRANSLATE_NOOP("LeadField", s)

QList<LeadField> buildFields()
{
    using K = FieldKind;
    using S = FieldSection;
    using R = RefKind;
    QList<LeadField> f;
    f << readOnly(field("id", TR("ID"), K::Int, S::System, &Lead::id));
    f << field("title", TR("Title"), K::Text, S::General, &Lead::title);

    f << choice(field("civility", TR("Civility"), K::Choice, S::Contact, &Lead::civility),
                {{"mr", TR("Mr.")}, {"mrs", TR("Mrs.")}, {"ms", TR("Ms.")}, {"dr", TR("Dr.")}, {"prof", TR("Prof.")}});
    f << field("first_name", TR("First name"), K::Text, S::Contact, &Lead::firstName);
    f << field("middle_name", TR("Middle name"), K::Text, S::Contact, &Lead::middleName);
    f << field("last_name", TR("Last name"), K::Text, S::Contact, &Lead::lastName);
    f << field("company", TR("Company"), K::Text, S::Contact, &Lead::company);
    f << withColumn(field("job_title", TR("Job title"), K::Reference, S::Contact, &Lead::functionId, R::Function), "function_id");
    f << field("department", TR("Department"), K::Reference, S::Contact, &Lead::departmentId, R::Department);
    f << field("industry", TR("Industry sector"), K::Reference, S::Contact, &Lead::industryId, R::Industry);
    f << field("email", TR("Emails"), K::EmailList, S::Contact, &Lead::emails);
    f << field("billing_email", TR("Billing emails"), K::EmailList, S::Contact, &Lead::billingEmails);
    f << field("phone", TR("Phones"), K::PhoneList, S::Contact, &Lead::phones);
    f << field("mobile", TR("Mobile"), K::Text, S::Contact, &Lead::mobile);
    f << field("website", TR("Website"), K::Text, S::Contact, &Lead::website);
    f << field("tin", TR("Company TIN"), K::Text, S::Contact, &Lead::tin);
    f << field("external_client_id", TR("External client ID"), K::Text, S::Contact, &Lead::externalClientId);
    f << field("do_not_call", TR("Do not call"), K::Bool, S::Contact, &Lead::doNotCall);
    f << field("do_not_email", TR("Do not email"), K::Bool, S::Contact, &Lead::doNotEmail);

    f << field("street", TR("Street"), K::Text, S::Address, &Lead::street);
    f << field("postal_code", TR("Postal code"), K::Text, S::Address, &Lead::postalCode);
    f << field("city", TR("City"), K::Text, S::Address, &Lead::city);
    f << field("region", TR("Region"), K::Text, S::Address, &Lead::region);
    f << field("country", TR("Country"), K::Reference, S::Address, &Lead::countryId, R::Country);
    f << field("latitude", TR("Latitude"), K::Decimal, S::Address, &Lead::latitude);
    f << field("longitude", TR("Longitude"), K::Decimal, S::Address, &Lead::longitude);

    f << field("description", TR("Description"), K::Html, S::General, &Lead::description);
    f << field("requirements", TR("Customer requirements"), K::Text, S::General, &Lead::requirements);
    f << field("extras", TR("Imported extras"), K::Text, S::General, &Lead::extras);

    f << field("partner", TR("Existing company"), K::Reference, S::Links, &Lead::partnerId, R::Partner);
    f << field("contact", TR("Existing contact"), K::Reference, S::Links, &Lead::contactId, R::Contact);
    f << field("channel_partner", TR("Partner company"), K::Reference, S::Links, &Lead::channelPartnerId, R::Partner);
    f << field("channel_contact", TR("Partner contact"), K::Reference, S::Links, &Lead::channelContactId, R::Contact);
    f << field("location", TR("Location"), K::Reference, S::Links, &Lead::locationId, R::Location);

    f << field("status", TR("Status"), K::Reference, S::FollowUp, &Lead::statusId, R::Status);
    f << withColumn(field("assigned_to", TR("Assigned to"), K::Reference, S::FollowUp, &Lead::assignedTo, R::User), "assigned_to");
    f << field("team", TR("Team"), K::Reference, S::FollowUp, &Lead::teamId, R::Team);
    f << field("agency", TR("Agency"), K::Reference, S::FollowUp, &Lead::agencyId, R::Agency);
    f << withColumn(field("our_company", TR("Company (ours)"), K::Reference, S::FollowUp, &Lead::companyId, R::Company), "company_id");
    f << readOnly(field("created_at", TR("Created on"), K::DateTime, S::FollowUp, &Lead::createdAt));
    f << readOnly(withColumn(field("created_by", TR("Created by"), K::Reference, S::FollowUp, &Lead::createdBy, R::User), "created_by"));
    f << readOnly(field("updated_at", TR("Updated on"), K::DateTime, S::System, &Lead::updatedAt));
    f << readOnly(field("last_event_at", TR("Last event"), K::DateTime, S::FollowUp, &Lead::lastEventAt));
    f << readOnly(field("next_event_at", TR("Next scheduled event"), K::DateTime, S::FollowUp, &Lead::nextEventAt));

    f << field("score", TR("Lead scoring"), K::Int, S::Marketing, &Lead::score);
    f << choice(field("company_size", TR("Company size"), K::Choice, S::Marketing, &Lead::companySize),
                {{"1-10", TR("1–10 employees")}, {"11-50", TR("11–50 employees")}, {"51-200", TR("51–200 employees")},
                 {"201-500", TR("201–500 employees")}, {"501-1000", TR("501–1,000 employees")},
                 {"1001+", TR("More than 1,000 employees")}});
    f << field("key_account", TR("Key account"), K::Bool, S::Marketing, &Lead::keyAccount);
    f << field("nurturing", TR("Nurturing"), K::Bool, S::Marketing, &Lead::nurturing);
    f << field("source", TR("Source"), K::Reference, S::Marketing, &Lead::sourceId, R::Source);
    f << field("category", TR("Category"), K::Reference, S::Marketing, &Lead::categoryId, R::Category);
    f << field("tags", TR("Tags"), K::RefList, S::Marketing, &Lead::tagIds, R::Tag);
    f << field("campaign", TR("Marketing campaign"), K::Reference, S::Marketing, &Lead::campaignId, R::Campaign);
    f << field("distribution_channel", TR("Content distribution channel"), K::Reference, S::Marketing,
               &Lead::distributionChannelId, R::DistributionChannel);
    f << field("marketing_lists", TR("Marketing lists"), K::RefList, S::Marketing, &Lead::marketingListIds, R::MarketingList);

    f << field("sales_direction", TR("Sales direction"), K::Reference, S::Qualification, &Lead::salesDirectionId, R::SalesDirection);
    f << field("product", TR("Product/service"), K::Reference, S::Qualification, &Lead::productId, R::Product);
    f << field("goal", TR("Goal"), K::Text, S::Qualification, &Lead::goal);
    f << field("implementation_options", TR("Implementation options"), K::Text, S::Qualification, &Lead::implementationOptions);
    f << field("budget_set", TR("Budget is set"), K::Bool, S::Qualification, &Lead::budgetSet);
    f << field("estimated_amount", TR("Estimated amount"), K::Decimal, S::Qualification, &Lead::estimatedAmount);
    f << field("budget", TR("Budget"), K::Decimal, S::Qualification, &Lead::budget);
    f << choice(field("procurement_procedure", TR("Procurement procedure"), K::Choice, S::Qualification, &Lead::procurementProcedure),
                {{"direct_purchase", TR("Direct purchase")}, {"request_for_quotation", TR("Request for quotation")},
                 {"tender", TR("Tender")}, {"framework_agreement", TR("Framework agreement")}, {"other", TR("Other")}});
    f << choice(field("decision_level", TR("Decision level"), K::Choice, S::Qualification, &Lead::decisionLevel),
                {{"employee", TR("Employee")}, {"department_head", TR("Head of department")},
                 {"management", TR("Management")}, {"board", TR("Board / owners")}});
    f << choice(field("terms", TR("Terms"), K::Choice, S::Qualification, &Lead::terms),
                {{"under_1_month", TR("Less than a month")}, {"1_3_months", TR("1 to 3 months")},
                 {"3_6_months", TR("3 to 6 months")}, {"6_12_months", TR("6 to 12 months")},
                 {"over_1_year", TR("More than a year")}});
    f << field("estimated_close_date", TR("Estimated closing date"), K::Date, S::Qualification, &Lead::estimatedCloseDate);
    f << field("terms_comment", TR("Terms (comments)"), K::Text, S::Qualification, &Lead::termsComment);
    f << choice(field("contact_level", TR("Contact person level"), K::Choice, S::Qualification, &Lead::contactLevel),
                {{LeadChoice::DecidesAlone, TR("Decides single-handedly")},
                 {"decides_with_others", TR("Decides with others")},
                 {"influences", TR("Influences the decision")},
                 {"prepares", TR("Prepares the decision")},
                 {"no_influence", TR("No influence")}});
    f << field("decision_maker", TR("Decision maker"), K::Text, S::Qualification, &Lead::decisionMaker);
    f << field("decision_influence", TR("Influence on decision making"), K::Text, S::Qualification, &Lead::decisionInfluence);
    f << field("competitors", TR("Competitors"), K::Text, S::Qualification, &Lead::competitors);
    f << field("selection_criteria", TR("Selection criteria"), K::Text, S::Qualification, &Lead::selectionCriteria);
    f << field("criteria_compliance", TR("Compliance with criteria"), K::Text, S::Qualification, &Lead::criteriaCompliance);
    f << field("channel", TR("Channel"), K::Text, S::Qualification, &Lead::channel);
    f << field("deal_value", TR("Deal value"), K::Decimal, S::Qualification, &Lead::dealValue);
    f << field("deal_comment", TR("Deal comment"), K::Text, S::Qualification, &Lead::dealComment);
    f << choice(field("billing_type", TR("Type of billing"), K::Choice, S::Qualification, &Lead::billingType),
                {{"recurring", TR("Recurring")}, {"prepaid", TR("Prepaid")}});

    f << readOnly(withColumn(field("lost_reason", TR("Loss reason"), K::Reference, S::Outcome, &Lead::lostReasonId, R::LossReason), "lost_reason_id"));
    f << readOnly(field("lost_comment", TR("Loss comment"), K::Text, S::Outcome, &Lead::lostComment));
    f << readOnly(withColumn(field("converted_partner", TR("Converted to partner"), K::Reference, S::Outcome, &Lead::convertedPartnerId, R::Partner), "converted_partner_id"));
    f << readOnly(withColumn(field("converted_opportunity", TR("Opportunity"), K::Reference, S::Outcome, &Lead::convertedOpportunityId, R::None), "converted_opportunity_id"));
    f << readOnly(field("converted_at", TR("Converted on"), K::DateTime, S::Outcome, &Lead::convertedAt));
    return f;
}

} // namespace

QString LeadField::translatedLabel() const
{
    return QCoreApplication::translate("LeadField", label);
}

bool LeadField::isBlank(const Lead &lead) const
{
    const QVariant v = get(lead);
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Html:
    case FieldKind::Choice:
        return v.toString().trimmed().isEmpty();
    case FieldKind::Bool:
        return !v.toBool();
    case FieldKind::Int:
    case FieldKind::Reference:
        return v.toLongLong() == 0;
    case FieldKind::Decimal:
        return v.isNull();
    case FieldKind::Date:
        return !v.toDate().isValid();
    case FieldKind::DateTime:
        return !v.toDateTime().isValid();
    case FieldKind::EmailList:
    case FieldKind::PhoneList:
        return v.toStringList().isEmpty();
    case FieldKind::RefList:
        return v.value<QList<qint64>>().isEmpty();
    }
    return true;
}

QString LeadField::choiceLabel(const QString &choiceKey) const
{
    for (const FieldChoice &c : choices)
        if (choiceKey == QLatin1String(c.key))
            return QCoreApplication::translate("LeadField", c.label);
    return choiceKey;
}

const QList<LeadField> &leadFields()
{
    static const QList<LeadField> fields = buildFields();
    return fields;
}

const LeadField *leadField(const QString &key)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("emails"), QStringLiteral("email")},
        {QStringLiteral("billing_emails"), QStringLiteral("billing_email")},
        {QStringLiteral("phones"), QStringLiteral("phone")},
        {QStringLiteral("function"), QStringLiteral("job_title")},
        {QStringLiteral("company_name"), QStringLiteral("company")},
        {QStringLiteral("name"), QStringLiteral("title")},
        {QStringLiteral("owner"), QStringLiteral("assigned_to")},
        {QStringLiteral("scoring"), QStringLiteral("score")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
    };
    static const QHash<QString, const LeadField *> byKey = [] {
        QHash<QString, const LeadField *> h;
        for (const LeadField &f : leadFields())
            h.insert(f.key, &f);
        return h;
    }();
    const QString k = aliases.value(key, key);
    return byKey.value(k, nullptr);
}

bool isFieldKeyHeader(const QStringList &header)
{
    if (header.isEmpty())
        return false;
    QSet<QString> seen;
    for (const QString &key : header) {
        const LeadField *f = leadField(key);
        if (!f || f->key != key || seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
}
