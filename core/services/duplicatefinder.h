#pragma once

#include "lead.h"
#include "result.h"

#include <QList>
#include <QStringList>

class Workspace;

/// Groups of leads that look like the same person or company, compared on
/// the stored normalised keys (case and accents folded, spacing collapsed,
/// emails lower-cased, phones canonical), never by loading leads.
///
/// Leads are duplicates when they are equal on every field picked; a lead
/// with several emails or phones matches on any of them. Groups are the
/// connected components of that relation (union-find), so A~B and B~C put
/// A, B and C in one group. Pairs marked "not a duplicate" are never
/// proposed together again.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Workspace &ws);

    /// The fields a check may compare: company, first_name, last_name,
    /// full_name, function, email, phone, city, tin.
    static QStringList fieldKeys();
    /// The translated label of a field key.
    static QString fieldLabel(const QString &key);
    /// The fields a check uses when none are picked.
    static QStringList defaultFields();
    /// The canonical key of a field name ("emails" → "email", "job_title" →
    /// "function"), or "" when it is not a duplicate field.
    static QString canonicalField(const QString &name);

    /// Duplicate groups on `fields` among `scope` (every live lead when
    /// empty): each group sorted by id, groups sorted by their first id.
    Result<QList<QList<qint64>>> find(const QStringList &fields, const QList<qint64> &scope = {}) const;

    /// Marks every pair among `ids` as "not a duplicate".
    VoidResult markNotDuplicates(const QList<qint64> &ids);
    /// Forgets the "not a duplicate" marks among `ids`.
    VoidResult unmarkNotDuplicates(const QList<qint64> &ids);
    bool isMarkedNotDuplicate(qint64 a, qint64 b) const;

    /// LeadService::likelyDuplicates (seed 003) without the pairs marked
    /// "not a duplicate": what the save warning shows.
    QList<qint64> likelyDuplicates(const Lead &lead) const;

private:
    Workspace &m_ws;
};
