#pragma once

#include "lead.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct LeadField;

/// A lead as the rows that store it: the values of the `leads` columns in
/// storage form (stored keys included), each email and phone with its key,
/// and its full-text entry. Computed once per write, so that LeadRepository
/// (QSqlQuery) and BulkLeadWriter (sqlite3 on the native handle) store
/// exactly the same keys, and each name or phone is normalised only once.
struct LeadRecord
{
    struct ContactPoint
    {
        QString kind; ///< email, billing_email, phone
        int position = 0;
        QString value; ///< as typed
        QString key;   ///< lower-cased email / canonical phone
    };
    struct Fts
    {
        QString name; ///< folded full name and title
        QString company;
        QString email; ///< keys, space-separated
        QString phone; ///< canonical digits and typed digits of each phone and the mobile
        QString city;
    };

    /// Values in columnNames() order: storage forms of the lead's fields
    /// (never null for NOT NULL text), then the stored keys (folded names,
    /// TIN digits, the first email's and the first phone's keys).
    QVariantList values;
    QList<ContactPoint> points;
    Fts fts;
    /// Merged leads leave every list, search included: no FTS entry.
    bool hasFts = true; ///< live leads only: merged and trashed ones leave search

    /// The record of `lead`; `region` (ISO alpha-2, the lead's country or
    /// "") is the default region of its phone numbers.
    static LeadRecord from(const Lead &lead, const QString &region);

    /// The `leads` columns written, id excluded: the field registry's stored
    /// columns, then the key columns.
    static const QStringList &columnNames();
    /// The lead fields behind the first columns of columnNames().
    static const QList<const LeadField *> &columnFields();
    /// The key columns at the end of columnNames().
    static const QStringList &keyColumnNames();

    /// A field's value in storage form, and back.
    static QVariant toSql(const LeadField &field, const QVariant &value);
    static QVariant fromSql(const LeadField &field, const QVariant &value);
};
