#pragma once

#include "lead.h"
#include "leadfilter.h"
#include "result.h"

#include <QHash>
#include <QList>

#include <optional>

class Database;
struct LeadRecord;

/// What lists show of a lead (grid row, kanban card), read in one query.
struct LeadRow
{
    qint64 id = 0;
    QString title;
    QString fullName;
    QString company;
    QString phone;       ///< the first phone
    QString email;       ///< the first email
    QString city;
    QDateTime createdAt;
    qint64 assignedTo = 0;
    QString assignedName;
    qint64 statusId = 0;
    int score = 0;
    QDateTime nextEventAt;
    QList<qint64> tagIds;
    QDateTime updatedAt;
};

/// Leads in SQL: the lead row, its contact points (each email and phone a row
/// with its stored key), tags, marketing lists and full-text entry, all kept
/// in step on every write. Writes do not open transactions of their own: the
/// calling service owns the transaction.
class LeadRepository
{
public:
    explicit LeadRepository(Database &db);

    /// The condition (alias l) every list, count and search of leads adds:
    /// what the acting user may see (Access::visibleSql); empty for all.
    void setScope(const QString &sql) { m_scope = sql; }
    const QString &scope() const { return m_scope; }

    /// The lead, merged or not; nullopt when there is none.
    std::optional<Lead> find(qint64 id) const;
    bool exists(qint64 id) const;
    /// Inserts `lead` (its id is ignored) and returns the new id.
    Result<qint64> insert(const Lead &lead);
    VoidResult update(const Lead &lead);
    VoidResult remove(const QList<qint64> &ids);
    /// Puts the leads in the trash at `at` by `userId`, or takes them out of
    /// it (an invalid `at`); search follows.
    VoidResult setDeleted(const QList<qint64> &ids, const QDateTime &at, qint64 userId);
    /// The leads in the trash since before `before` (invalid: all of them).
    QList<qint64> trashedBefore(const QDateTime &before) const;

    /// Sets one column to one value on many leads at once (status, owner…),
    /// with updated_at. `fieldKey` is a lead field key with a column.
    VoidResult setField(const QList<qint64> &ids, const QString &fieldKey, const QVariant &value,
                        const QDateTime &updatedAt);
    /// Marks leads as merged into `masterId` (nullptr clears: undo).
    VoidResult setMergedInto(const QList<qint64> &ids, qint64 masterId);
    /// Recomputes last/next event dates from the lead's events.
    VoidResult refreshEventDates(qint64 leadId, const QDateTime &now);

    qint64 count(const LeadFilter &filter) const;
    QHash<qint64, qint64> countByStatus(const LeadFilter &filter) const;
    QList<qint64> ids(const LeadFilter &filter, qint64 offset = 0, qint64 limit = -1) const;
    QList<LeadRow> rows(const LeadFilter &filter, qint64 offset, qint64 limit) const;
    QList<LeadRow> rowsByIds(const QList<qint64> &ids) const;

    /// Live leads having an email / phone whose stored key is `key`.
    QList<qint64> idsWithContactKey(const QString &kind, const QString &key) const;
    /// Live leads whose folded last name is `lastNameKey`.
    QList<qint64> idsWithLastNameKey(const QString &lastNameKey) const;
    /// Live leads whose folded last name is `lastNameKey` and which share
    /// the folded first name `firstNameKey` or company `companyKey`, or are
    /// among `orIds`: the candidates of the likely-duplicates warning, read
    /// through the last-name index without loading a lead. Each comes with
    /// how many of first name and company it shares (0–2).
    QList<std::pair<qint64, int>> sameLastNameMatches(const QString &lastNameKey, const QString &firstNameKey,
                                                      const QString &companyKey, const QSet<qint64> &orIds) const;

    /// Sort keys LeadFilter::sortField accepts.
    static QStringList sortableFields();

    /// The SQL expression a sort key orders by, over the alias l (l.id when unknown).
    static QString sortExpression(const QString &sortField);
    /// The condition of every list of leads (alias l): not merged into another.
    static QString liveCondition() { return QStringLiteral("l.merged_into IS NULL AND l.deleted_at IS NULL"); }
    /// Whether `filter` lists every live lead: no menu, filter or search narrows it.
    bool listsEveryLiveLead(const LeadFilter &filter) const;

private:
    /// Writes again the search entries of `ids` as the leads now are (none for a gone lead).
    VoidResult refreshFts(const QList<qint64> &ids);
    struct Where
    {
        QString sql;
        QVariantList bindings;
    };
    /// The WHERE clause of `filter`; with `searchLimit`, the search matches
    /// at most that many leads (the first by id): live search lists a page,
    /// never every lead a one-letter prefix matches.
    Where where(const LeadFilter &filter, int searchLimit = 0) const;
    /// For the sorts by a reference, the key values in the order shown:
    /// "status" by the statuses' sequence, "assigned_to" unassigned first,
    /// then by the user's name. Empty for a sort on the column's own value.
    /// Such a list is read segment by segment (one key at a time, by id), so
    /// it pages through the (key, id) index like any other sort.
    QVariantList sortSegments(const QString &sortField) const;
    friend class LeadPager; // pages ids through where() and sortExpression()
    QString orderBy(const LeadFilter &filter) const;
    VoidResult writeDetails(qint64 id, const Lead &lead, const LeadRecord &record, bool replace);
    VoidResult writeFts(qint64 id, const LeadRecord &record, bool replace);
    QString countryCode(qint64 countryId) const;

    Database &m_db;
    QString m_scope;
    mutable QHash<qint64, QString> m_countryCodes;
};

/// FTS5 MATCH text for search-as-you-type: each folded word a prefix term.
QString ftsPrefixQuery(const QString &search);
