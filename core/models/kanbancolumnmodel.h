#pragma once

#include "leadfilter.h"
#include "leadpager.h"
#include "leadroles.h"
#include "rowpagecache.h"

#include <QAbstractListModel>

class Workspace;

/// One kanban column: the live leads of one status that match the grid's
/// filter (its search and filters apply; the status is the column's own), as
/// cards, the most recently updated first (so a card dropped here shows on
/// top). Lazy like the grid: count from one query, pages on demand, a
/// bounded cache; a card moving in or out changes one row, without a recount.
///
/// Drag and drop carries lead ids in Quarry's own MIME type. A drop never
/// edits rows: it asks, through statusChangeRequested() (or convertRequested()
/// / loseRequested() for the converted and lost statuses, whose dialogs the UI
/// opens), and the rows move when the Workspace announces the change.
class KanbanColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LeadIdRole = LeadRoles::LeadId,
        StatusIdRole = LeadRoles::StatusId,
        ScoreRole = LeadRoles::Score,
        TagIdsRole = LeadRoles::TagIds,
        NextEventRole = LeadRoles::NextEvent,
        AssignedToRole = LeadRoles::AssignedTo,
        CompanyRole = LeadRoles::Company,
        OwnerInitialsRole = LeadRoles::OwnerInitials,
        TagColorsRole = LeadRoles::TagColors,
        OwnerNameRole = LeadRoles::OwnerName,
        DisplayNameRole = LeadRoles::DisplayName,
    };
    Q_ENUM(Role)

    KanbanColumnModel(Workspace &ws, qint64 statusId, QObject *parent = nullptr);

    qint64 statusId() const { return m_statusId; }

    /// The grid's filter: its status list is replaced by this column's
    /// status, its order by the column's (most recently updated first).
    /// `knownCount` (from the board's GROUP BY) saves the column its COUNT.
    void setFilter(const LeadFilter &filter, qint64 knownCount = -1);
    /// The filter as applied (with this column's status).
    const LeadFilter &filter() const { return m_filter; }

    /// Seeds the count from a GROUP BY the board already ran, so opening the
    /// board costs one query for every column. Resets the model.
    void setKnownCount(qint64 count);

    qint64 leadId(int row) const;
    /// The row of lead `id` among the loaded pages, or -1.
    int rowOf(qint64 id) const;

    int cacheBound() const { return m_cache.maxPages(); }
    void setCacheBound(int pages) { m_cache.setMaxPages(pages); }
    int pageSize() const { return m_cache.pageSize(); }
    void setPageSize(int rows);
    qint64 cachedRowCount() const { return m_cache.cachedRowCount(); }
    qint64 pageLoads() const { return m_cache.loadCount(); }

    void reload();

    /// Past this many changed leads a reset is cheaper than sorting them out.
    static constexpr int MaxIncrementalChange = 500;
    /// Follows a change of leads `ids`, whose rows now are `fresh` (read
    /// once for the whole board; those gone are missing): cards leave,
    /// enter on top or refresh. A column left alone follows the Workspace's
    /// leadsChanged itself; the board calls leaveChangesToBoard() and this.
    void followChange(const QList<qint64> &ids, const QList<LeadRow> &fresh);
    void leaveChangesToBoard();
    /// True until the column has read anything: a change needs no rows.
    bool unread() const { return m_count < 0; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Asks for the status change (see the class comment); true only when
    /// this column is a plain open status and some lead would move.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    /// Never removes anything: after a move-drop the view calls this on the
    /// source column; the card leaves when its status really changes.
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    /// The lead ids a drag carries (empty when none).
    static QList<qint64> idsFromMime(const QMimeData *data) { return LeadRoles::idsFromMime(data); }

signals:
    /// Leads dropped on this open status: the UI calls LeadService::changeStatus.
    void statusChangeRequested(const QList<qint64> &ids, qint64 toStatusId);
    /// Leads dropped on the converted status: the UI opens the convert dialog.
    void convertRequested(const QList<qint64> &ids);
    /// Leads dropped on the lost status: the UI opens the lose dialog (reason).
    void loseRequested(const QList<qint64> &ids);

private:
    void onLeadsChanged(const QList<qint64> &ids);
    bool insertOnTop(const LeadRow &row);
    void resetRows(qint64 knownCount = -1);
    const LeadRow *rowAt(int row) const;
    QList<LeadRow> loadPage(qint64 offset, int limit) const;

    Workspace &m_ws;
    qint64 m_statusId;
    LeadFilter m_filter;
    mutable LeadPager m_pager;
    mutable RowPageCache m_cache;
    mutable qint64 m_count = -1;
    /// The filter, its status aside, lists every live lead: a lead of this
    /// status belongs here without asking the database.
    bool m_takesEveryLead = true;
    QMetaObject::Connection m_changes;
};
