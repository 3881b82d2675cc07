#pragma once

#include "result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

class Database;

/// Leads that share a stored key, as flat arrays: the members of group g
/// are ids[starts[g]] … ids[starts[g + 1] - 1]. Flat because a million-lead
/// check yields hundreds of thousands of small groups.
struct KeyGroups
{
    std::vector<qint64> ids;
    std::vector<qsizetype> starts{0};

    qsizetype count() const { return qsizetype(starts.size()) - 1; }
};

/// The duplicate-detection queries: one GROUP BY over a stored, indexed key
/// (leads.*_key columns, lead_contact_points.norm_key), never a comparison of
/// leads in memory. Also the "not a duplicate" pairs.
class DuplicateRepository
{
public:
    explicit DuplicateRepository(Database &db);

    /// The duplicate field keys this repository can group on: company,
    /// first_name, last_name, full_name, function, email, phone, city, tin.
    static QStringList fieldKeys();
    /// Whether a field holds several values per lead (emails, phones).
    static bool isMultiValued(const QString &fieldKey);

    /// Groups of two or more leads equal and not blank on every field of
    /// `fieldKeys`, among `scope` (all live leads when empty); each group
    /// sorted by id. `fieldKeys` is either single-valued fields (one GROUP BY
    /// over their stored keys) or one multi-valued field (emails or phones:
    /// a lead appears in one group per value it shares). Merged leads are
    /// left out.
    Result<KeyGroups> groups(const QStringList &fieldKeys, const QList<qint64> &scope) const;

    /// Pairs marked "not a duplicate", each (smaller id, larger id).
    QSet<std::pair<qint64, qint64>> notDuplicatePairs() const;
    /// The leads marked as not duplicates of `leadId`.
    QSet<qint64> notDuplicatesOf(qint64 leadId) const;
    /// Marks pairs (each given as smaller id, larger id).
    VoidResult insertNotDuplicates(const QList<std::pair<qint64, qint64>> &pairs);
    VoidResult removeNotDuplicates(const QList<std::pair<qint64, qint64>> &pairs);

private:
    QSet<qint64> mergedIds() const;
    Result<KeyGroups> hashedGroups(const QStringList &columns, const QStringList &nonBlank, const QString &scope) const;
    Database &m_db;
};
