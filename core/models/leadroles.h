#pragma once

#include "leadrepository.h"

#include <QList>
#include <QVariant>

class QMimeData;
class ReferenceService;

/// What the lead list models (grid and kanban) share: the item data roles
/// their delegates read, Quarry's drag-and-drop MIME type carrying lead ids,
/// and the role values of one LeadRow.
namespace LeadRoles {

/// Item data roles; both models use these values so a delegate works on either.
enum Role : int {
    LeadId = Qt::UserRole + 1, ///< qint64
    StatusId,                  ///< qint64
    Score,                     ///< int, 0–5, for a star delegate
    TagIds,                    ///< QList<qint64>
    NextEvent,                 ///< QDateTime (invalid when none)
    AssignedTo,                ///< qint64 user id (0: unassigned)
    Company,                   ///< QString
    OwnerInitials,             ///< QString, "JD"
    TagColors,                 ///< QStringList of "#rrggbb", one per tag
    OwnerName,                 ///< QString
    DisplayName,               ///< QString: full name, else company, else title, else "Lead #id"
    Title,                     ///< QString: what the lead is about ("40 vans for the spring fleet")
};

/// The role names, for debugging and QML-like consumers.
QHash<int, QByteArray> names();

/// The value of `role` for `row` (roles above only; invalid otherwise).
/// `refs` gives tag colours; may be null when TagColors is not asked.
QVariant value(const LeadRow &row, int role, const ReferenceService *refs);

/// "Jean Dupont", else the company, else the title, else "Lead #id".
QString displayName(const LeadRow &row);
/// "JD" from an owner's name ("" when unassigned).
QString initials(const QString &name);

/// Quarry's MIME type for dragged leads: a QDataStream of QList<qint64>.
QString mimeType();
/// MIME data carrying `ids` (the caller owns it).
QMimeData *mimeDataFor(const QList<qint64> &ids);
/// The lead ids `data` carries; empty when it carries none.
QList<qint64> idsFromMime(const QMimeData *data);

} // namespace LeadRoles
