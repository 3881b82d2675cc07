#pragma once

#include "partner.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

/// Partners and the prospect statuses in SQL. Writes open no transaction of
/// their own: the calling service owns it. TINs are stored as digits only,
/// so that partnerIdByTin() finds them whatever the punctuation typed.
class PartnerRepository
{
public:
    explicit PartnerRepository(Database &db);

    std::optional<Partner> find(qint64 id) const;
    /// Partners whose folded name starts with `nameKeyPrefix` ("" for all), by name.
    QList<Partner> list(const QString &nameKeyPrefix = {}, int limit = 200) const;
    /// Inserts `partner` (its id is ignored) and returns the new id.
    Result<qint64> insert(const Partner &partner);
    VoidResult update(const Partner &partner);

    /// What a conversion made, taken back (ConversionService::undo): the
    /// opportunity (0: none), the contacts, then the partner when `partner`
    /// is not 0. Rows that pointed at them keep nothing (ON DELETE SET NULL).
    VoidResult removeConverted(qint64 partner, const QList<qint64> &contacts, qint64 opportunity);
    /// Whether anything but the lead `leadId`, the `contacts` and the
    /// `opportunity` names the partner: another lead, contact or opportunity.
    bool usedBeyond(qint64 partner, qint64 leadId, const QList<qint64> &contacts, qint64 opportunity) const;

    /// Prospect statuses in sequence order.
    QList<ProspectStatus> prospectStatuses() const;
    std::optional<ProspectStatus> prospectStatus(qint64 id) const;
    /// The prospect status whose folded name is `nameKey`, or nullopt.
    std::optional<ProspectStatus> prospectStatusByNameKey(const QString &nameKey) const;

private:
    Database &m_db;
};
