#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Workspace;
struct Lead;

/// What the convert dialog asks (seed 002): partner new or existing;
/// contact none, new, or existing contacts of that partner; generate an
/// opportunity or not; the prospect status when the CRM manages them.
struct ConversionRequest
{
    enum class PartnerMode { Default, New, Existing };
    enum class ContactMode { Default, None, New, Existing };

    qint64 leadId = 0;
    PartnerMode partnerMode = PartnerMode::Default; ///< Default: the lead's existing company, else new
    qint64 partnerId = 0;                           ///< for Existing
    ContactMode contactMode = ContactMode::Default; ///< Default: the lead's existing contact, else new when it names a person, else none
    QList<qint64> contactIds;                       ///< for Existing
    bool createOpportunity = false;
    /// Overrides of what the opportunity takes from the lead's qualification.
    QString opportunityName;
    std::optional<double> expectedAmount;
    QDate expectedClose;
    /// The prospect status of the partner (only with "Manage statuses on
    /// prospect partner" on; 0: the first prospect status for a new partner).
    qint64 prospectStatusId = 0;
};

/// What a conversion produced.
struct ConversionResult
{
    qint64 leadId = 0;
    qint64 partnerId = 0;
    bool partnerCreated = false;
    QList<qint64> contactIds;
    qint64 opportunityId = 0; ///< 0 when none was generated
};

/// Converts a lead into a partner, contacts and an opportunity. Everything
/// on the lead is copied to what is created; the lead moves to the converted
/// status, links to what it produced, and is read-only afterwards. One
/// transaction: a failure leaves nothing behind.
class ConversionService
{
public:
    explicit ConversionService(Workspace &ws);

    /// Whether the lead can be converted now, with the reason when not.
    VoidResult canConvert(qint64 leadId) const;
    /// The request the dialog starts from for that lead.
    ConversionRequest defaultRequest(qint64 leadId) const;
    /// The opportunity name, amount and close date the lead gives.
    static QString opportunityNameFor(const Lead &lead);
    static std::optional<double> expectedAmountFor(const Lead &lead);

    Result<ConversionResult> convert(const ConversionRequest &request);
    /// Takes a conversion back (the desktop's undo), when the lead was not
    /// changed since: the opportunity and the contacts it created go, the
    /// partner too when it created it and nothing else uses it (else
    /// refused, nothing changed); the lead gets `before`'s status, links and
    /// outcome back, with a timeline entry. A contact that only joined the
    /// partner stays with it.
    Result<Lead> undo(const Lead &before, const ConversionResult &done);

private:
    Workspace &m_ws;
};
