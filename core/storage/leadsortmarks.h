#pragma once

#include "result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

class Database;

/// Counted marks over each order the lead list sorts by: what SQLite's
/// B-trees do not keep, how many entries lie before a place in an index.
///
/// For each sort field (the grid's columns with a (key, id) index), the table
/// lead_sort_marks holds a mark every spacing() live leads of that order, and
/// for each mark how many live leads follow it up to the next mark (its
/// bucket). Triggers on leads keep the counts exact on every insert, delete,
/// merge and change of a sort key, in any process that writes the file. So
/// row N of a million, in any of these orders, is the bucket whose counts sum
/// past N, then at most a bucket of index entries skipped from its mark,
/// instead of N entries walked from the start.
///
/// The first mark of an order (the head) sorts before every lead, so every
/// lead has a bucket. A bucket that grew past a few spacings (new leads all
/// land in the last bucket of the id and creation orders) is split when its
/// order is next loaded outside a transaction.
///
/// Bulk loads that defer their indexes drop the triggers too and call
/// rebuild() when they finish (BulkLeadWriter).
///
/// On PostgreSQL (schema 8) the table has a key column per type (text keys
/// in key, integer ones in num) and statement-level triggers over transition
/// tables keep the same counts, one grouped UPDATE per order and statement,
/// so COPY's batches keep them too; the marks are read by the users who see
/// every lead (row-level security), the only ones whose lists they count.
class LeadSortMarks
{
public:
    struct Mark
    {
        QVariant key;       ///< the order's key at the mark (the head: the smallest integer)
        qint64 id = 0;      ///< the lead id at the mark (the head: 0)
        qint64 before = 0;  ///< live leads up to and including the mark: the rank of the first lead after it
        qint64 count = 0;   ///< live leads after the mark, up to and including the next mark
        bool isHead() const { return id == 0; }
    };
    /// The marks of one order, ascending.
    struct Order
    {
        QList<Mark> marks;
        qint64 total = 0;
        bool isEmpty() const { return marks.isEmpty(); }
        /// The last mark whose bucket starts at or before ascending rank `rank`.
        qsizetype bucketOfRank(qint64 rank) const;
        /// The last mark whose key is below `key` (integer keys only).
        qsizetype lastBelowKey(qint64 key) const;
    };

    /// The sort fields that keep marks.
    static const QStringList &sorts();
    static bool keepsMarks(const QString &sortField);
    /// Leads between two marks when they are built (tests make it small).
    static int spacing();
    static void setSpacing(int rows);

    /// Creates (or replaces) the triggers and builds every order's marks, in
    /// the caller's transaction (the migration that tells the live leads).
    static VoidResult install(Database &db);
    /// Builds the marks of `sortField` again from its index, or of every order
    /// when empty.
    static VoidResult rebuild(Database &db, const QString &sortField = {});
    /// The marks of `sortField`; empty when it keeps none. Splits a bucket
    /// grown past a few spacings first, when no transaction is open.
    static Order load(Database &db, const QString &sortField);
    /// The live leads with a key below `key` (integer keys: the status and
    /// owner orders, whose segments are counted this way), using `order`'s marks.
    static qint64 rowsBelowKey(Database &db, const QString &sortField, const Order &order, qint64 key);

    /// A query and its bindings.
    struct Query
    {
        QString sql;
        QVariantList bindings;
    };
    /// Reads l.id and `expression` of the leads `where` selects, in the order
    /// (expression, id), descending when told, from the start or after the
    /// lead at (fromKey, fromId) when fromKey is given: `limit` of them past
    /// `skip`. After a place, it is two index seeks merged (the same key and a
    /// further id, then further keys): a row value (key, id) > (?, ?) is
    /// sought by its key alone, and the leads of that key before the id would
    /// all be stepped over (a million leads have six scores). With
    /// `rowValue` (PostgreSQL, whose B-tree seeks a row value directly, where
    /// it would merge and sort the two), one seek (key, id) > (?, ?).
    static Query seekQuery(const QString &expression, const QString &where, const QVariantList &whereBindings,
                           const QVariant *fromKey, qint64 fromId, bool descending, qint64 limit, qint64 skip,
                           bool rowValue = false);
};
