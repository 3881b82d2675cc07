#include "savedfilterservice.h"

#include "database.h"

#include "savedfilterrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("SavedFilterService", s); }

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

QList<qint64> idsFromJson(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out << qint64(x.toDouble());
    return out;
}

SavedFilter fromRecord(const SavedFilterRecord &r)
{
    SavedFilter f;
    f.id = r.id;
    f.userId = r.userId;
    f.name = r.name;
    f.filter = SavedFilterService::fromJson(QJsonDocument::fromJson(r.filterJson.toUtf8()).object());
    return f;
}
} // namespace

SavedFilterService::SavedFilterService(Workspace &ws) : m_ws(ws) {}

QJsonObject SavedFilterService::toJson(const LeadFilter &filter)
{
    QJsonObject o;
    o.insert(QStringLiteral("menu"), LeadFilter::menuKey(filter.menu));
    o.insert(QStringLiteral("statuses"), idsToJson(filter.statusIds));
    o.insert(QStringLiteral("assigned_to"), idsToJson(filter.assignedTo));
    o.insert(QStringLiteral("sources"), idsToJson(filter.sourceIds));
    o.insert(QStringLiteral("tags"), idsToJson(filter.tagIds));
    if (filter.createdFrom.isValid())
        o.insert(QStringLiteral("created_from"), filter.createdFrom.toString(Qt::ISODate));
    if (filter.createdTo.isValid())
        o.insert(QStringLiteral("created_to"), filter.createdTo.toString(Qt::ISODate));
    if (!filter.search.isEmpty())
        o.insert(QStringLiteral("search"), filter.search);
    o.insert(QStringLiteral("sort"), filter.sortField);
    o.insert(QStringLiteral("descending"), filter.sortDescending);
    return o;
}

LeadFilter SavedFilterService::fromJson(const QJsonObject &o)
{
    LeadFilter f;
    LeadFilter::Menu menu = LeadFilter::Menu::All;
    if (LeadFilter::menuFromKey(o.value(QStringLiteral("menu")).toString(), &menu))
        f.menu = menu;
    f.statusIds = idsFromJson(o.value(QStringLiteral("statuses")));
    f.assignedTo = idsFromJson(o.value(QStringLiteral("assigned_to")));
    f.sourceIds = idsFromJson(o.value(QStringLiteral("sources")));
    f.tagIds = idsFromJson(o.value(QStringLiteral("tags")));
    f.createdFrom = QDate::fromString(o.value(QStringLiteral("created_from")).toString(), Qt::ISODate);
    f.createdTo = QDate::fromString(o.value(QStringLiteral("created_to")).toString(), Qt::ISODate);
    f.search = o.value(QStringLiteral("search")).toString();
    if (const QString sort = o.value(QStringLiteral("sort")).toString(); !sort.isEmpty())
        f.sortField = sort;
    f.sortDescending = o.value(QStringLiteral("descending")).toBool();
    return f;
}

QList<SavedFilter> SavedFilterService::list() const
{
    QList<SavedFilter> out;
    SavedFilterRepository repo(m_ws.database());
    for (const SavedFilterRecord &r : repo.forUser(m_ws.currentUserId()))
        out << fromRecord(r);
    return out;
}

std::optional<SavedFilter> SavedFilterService::find(qint64 id) const
{
    SavedFilterRepository repo(m_ws.database());
    const auto r = repo.find(id);
    if (!r || (r->userId != 0 && r->userId != m_ws.currentUserId()))
        return std::nullopt;
    return fromRecord(*r);
}

Result<SavedFilter> SavedFilterService::save(const QString &name, const LeadFilter &filter)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result<SavedFilter>::failure(QStringLiteral("name"), tr("A saved filter needs a name."));
    if (trimmed.size() > 100)
        return Result<SavedFilter>::failure(QStringLiteral("name"), tr("The name of a saved filter is limited to 100 characters."));
    LeadFilter kept = filter;
    kept.currentUserId = 0;
    kept.ids.clear();

    SavedFilterRepository repo(m_ws.database());
    SavedFilterRecord rec;
    rec.userId = m_ws.currentUserId();
    rec.name = trimmed;
    rec.filterJson = QString::fromUtf8(QJsonDocument(toJson(kept)).toJson(QJsonDocument::Compact));
    rec.id = repo.idByName(rec.userId, trimmed);
    if (rec.id != 0) {
        if (VoidResult r = repo.update(rec); !r)
            return r.problems();
    } else {
        auto id = repo.insert(rec);
        if (!id)
            return id.problems();
        rec.id = id.value();
    }
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    return fromRecord(rec);
}

VoidResult SavedFilterService::remove(qint64 id)
{
    SavedFilterRepository repo(m_ws.database());
    const auto r = repo.find(id);
    if (!r)
        return VoidResult::failure(QStringLiteral("id"), tr("There is no saved filter #%1.").arg(id));
    if (r->userId != m_ws.currentUserId())
        return VoidResult::failure(QStringLiteral("id"), tr("The filter \"%1\" belongs to someone else.").arg(r->name));
    return repo.remove(id);
}
