#pragma once

#include "conversionservice.h"
#include "leadbuilder.h"
#include "testworkspace.h"
#include "workspace.h"

#include <QtGlobal>

namespace TestHelpers {

/// A lead naming a person at a company in a city, with the email
/// "<first>@example.com" (lower-cased).
inline LeadBuilder personAt(const QString &first, const QString &last, const QString &company, const QString &city)
{
    LeadBuilder b;
    b.named(first, last).company(company).email(first.toLower() + QStringLiteral("@example.com")).city(city);
    return b;
}

/// Adds `lead` and converts it into a new partner, a new contact and an
/// opportunity; an empty result (and a warning) when the conversion is refused.
inline ConversionResult convertIntoNewRecords(TestWorkspace &tw, const Lead &lead)
{
    ConversionRequest r;
    r.leadId = tw.addLead(lead);
    r.partnerMode = ConversionRequest::PartnerMode::New;
    r.contactMode = ConversionRequest::ContactMode::New;
    r.createOpportunity = true;
    auto done = tw.ws().conversions().convert(r);
    if (!done)
        qWarning("conversion failed: %s", qPrintable(done.errorText()));
    return done ? *done : ConversionResult{};
}

} // namespace TestHelpers
