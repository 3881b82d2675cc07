#pragma once

#include "leadfilter.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

class Workspace;

/// A grid filter saved under a name by a user (or shared: userId 0).
struct SavedFilter
{
    qint64 id = 0;
    qint64 userId = 0;
    QString name;
    LeadFilter filter;
};

/// Saved grid filters: named per user, a name unique for its owner (saving
/// under an existing name replaces that filter). Not wired into Workspace:
/// the views that need it build one on the workspace they show.
class SavedFilterService
{
public:
    explicit SavedFilterService(Workspace &ws);

    /// The current user's filters and the shared ones, by name.
    QList<SavedFilter> list() const;
    std::optional<SavedFilter> find(qint64 id) const;
    /// Saves `filter` under `name` for the current user (replacing the
    /// user's filter of that name). The current user and the id restriction
    /// are not saved: they belong to the moment, not to the filter.
    Result<SavedFilter> save(const QString &name, const LeadFilter &filter);
    /// Removes one of the current user's filters.
    VoidResult remove(qint64 id);

    /// LeadFilter as JSON (what the saved_filters table holds) and back.
    static QJsonObject toJson(const LeadFilter &filter);
    static LeadFilter fromJson(const QJsonObject &json);

private:
    Workspace &m_ws;
};
