#pragma once

#include "lead.h"
#include "leadfield.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>

class Workspace;

/// Turns lead field values into text and JSON and back: referenced records by
/// name (users by login), choices by key, lists comma-separated. Used by the
/// CLI, CSV import and export, and the activity timeline.
class LeadCodec
{
public:
    explicit LeadCodec(Workspace &ws);

    /// What people read: names for references, labels for choices,
    /// "yes"/"no", dates in ISO form, lists joined with ", ".
    QString displayText(const LeadField &field, const QVariant &value) const;
    /// The value as scripts read it (references by name, lists as arrays).
    QJsonValue toJson(const LeadField &field, const QVariant &value) const;
    /// Every field of the lead, plus "display_name" and "merged_into".
    QJsonObject toJson(const Lead &lead) const;
    /// The plain text of a field for CSV export (what `parse` reads back).
    QString exportText(const LeadField &field, const QVariant &value) const;

    /// Parses `text` typed by a person or read from CSV into the field's
    /// value. With `createMissing`, functions (unless restricted), tags and
    /// marketing lists named but missing are created.
    Result<QVariant> parse(const LeadField &field, const QString &text, const Lead &context, bool createMissing);

    /// Applies FIELD=VALUE assignments in order; the problems name each field.
    Result<Lead> apply(Lead lead, const QList<std::pair<QString, QString>> &assignments, bool createMissing);

private:
    QString referenceName(RefKind kind, qint64 id) const;
    Workspace &m_ws;
};

/// Splits "a@x.com, b@y.com; c@z.com" (or Google's "a@x.com ::: b@y.com") into
/// trimmed, non-empty items.
QStringList splitList(const QString &text);
