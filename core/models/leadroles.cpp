#include "leadroles.h"

#include "referenceservice.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace LeadRoles {

QHash<int, QByteArray> names()
{
    return {
        {LeadId, "leadId"},
        {StatusId, "statusId"},
        {Score, "score"},
        {TagIds, "tagIds"},
        {NextEvent, "nextEvent"},
        {AssignedTo, "assignedTo"},
        {Company, "company"},
        {OwnerInitials, "ownerInitials"},
        {TagColors, "tagColors"},
        {OwnerName, "ownerName"},
        {DisplayName, "displayName"},
        {Title, "title"},
    };
}

QString displayName(const LeadRow &row)
{
    if (!row.fullName.trimmed().isEmpty())
        return row.fullName.trimmed();
    if (!row.company.trimmed().isEmpty())
        return row.company.trimmed();
    if (!row.title.trimmed().isEmpty())
        return row.title.trimmed();
    return QCoreApplication::translate("Lead", "Lead #%1").arg(row.id);
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &w : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        out.append(w.front().toUpper());
        if (out.size() == 2)
            break;
    }
    return out;
}

QVariant value(const LeadRow &row, int role, const ReferenceService *refs)
{
    switch (role) {
    case LeadId: return row.id;
    case StatusId: return row.statusId;
    case Score: return row.score;
    case TagIds: return QVariant::fromValue(row.tagIds);
    case NextEvent: return row.nextEventAt;
    case AssignedTo: return row.assignedTo;
    case Company: return row.company;
    case OwnerInitials: return initials(row.assignedName);
    case OwnerName: return row.assignedName;
    case DisplayName: return displayName(row);
    case Title: return row.title;
    case TagColors: {
        QStringList colors;
        for (qint64 tag : row.tagIds)
            colors << (refs ? refs->colorOf(tag) : QStringLiteral("#808080"));
        return colors;
    }
    default: return {};
    }
}

QString mimeType()
{
    return QStringLiteral("application/x-quarry-lead-ids");
}

QMimeData *mimeDataFor(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<qint64> idsFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QByteArray bytes = data->data(mimeType());
    QDataStream in(bytes);
    QList<qint64> ids;
    in >> ids;
    if (in.status() != QDataStream::Ok)
        return {};
    ids.removeAll(0);
    return ids;
}

} // namespace LeadRoles
