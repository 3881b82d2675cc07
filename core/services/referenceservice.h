#pragma once

#include "reference.h"
#include "result.h"

#include <QHash>

#include <optional>

class Workspace;

/// The reference lists an admin configures (industries, functions, tags, …):
/// names unique after case and accent folding ("Sales Manager" and
/// "sales  manager" are one function), removal refused while leads use an
/// entry, and name lookups for the CLI, import and forms.
class ReferenceService
{
public:
    explicit ReferenceService(Workspace &ws);

    /// What one entry of a list is called, translated ("industry", "tag"…).
    static QString singularName(RefKind kind);

    QList<ReferenceItem> list(RefKind kind) const;
    std::optional<ReferenceItem> find(RefKind kind, qint64 id) const;
    /// The display name of an entry ("" for 0), cached per list.
    QString nameOf(RefKind kind, qint64 id) const;
    /// The colour of a tag as #rrggbb.
    QString colorOf(qint64 tagId) const;

    Result<ReferenceItem> add(RefKind kind, const ReferenceItem &item);
    Result<ReferenceItem> add(RefKind kind, const QString &name) { return add(kind, ReferenceItem{0, name}); }
    VoidResult update(RefKind kind, const ReferenceItem &item);
    VoidResult remove(RefKind kind, qint64 id);

    /// The entry named `text` (folded; countries also by ISO code; products
    /// within `parentId`). With `createMissing`, a missing function (unless
    /// the admin restricts functions), tag or marketing list is created.
    Result<qint64> resolve(RefKind kind, const QString &text, bool createMissing, qint64 parentId = 0);
    /// Forgets the cached entries of a list and announces it changed: another
    /// connection (an import running in a worker thread) wrote to it.
    void refresh(RefKind kind) { invalidate(kind); }
    /// Whether users may create entries of this list from a lead (the "+").
    bool allowsInlineCreation(RefKind kind) const;

    // Cities repository
    Result<City> addCity(const City &city);
    /// Removes a city of the repository (the undo of addCity), refused while
    /// a lead names it.
    VoidResult removeCity(qint64 id);
    QList<City> findCities(const QString &prefix, int limit = 20) const;
    qint64 cityCount() const;

private:
    /// Whether the acting user may change the list `kind` (Access).
    Problems mayChange(RefKind kind) const;
    Result<ReferenceItem> insert(RefKind kind, const ReferenceItem &item);
    void invalidate(RefKind kind);
    Problems validate(RefKind kind, const ReferenceItem &item) const;
    Workspace &m_ws;
    mutable QHash<RefKind, QHash<qint64, ReferenceItem>> m_cache;
};
