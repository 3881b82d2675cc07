#pragma once

#include "leadfilter.h"
#include "leadpager.h"
#include "leadroles.h"
#include "rowpagecache.h"

#include <QAbstractTableModel>
#include <QHash>

class Workspace;

/// The lead grid: one row per live lead matching a LeadFilter, in the
/// filter's order. Lazy all the way to a million leads: the row count comes
/// from one COUNT (none when the first page is not full), rows are read a
/// page at a time when a view asks for them, and at most cacheBound() pages
/// stay in memory. It never walks the list to its end.
///
/// Read-only: edits go through the services, whose Workspace signals bring
/// the changed rows back here.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, FullName, Title, Company, Phone, Email, City, CreatedAt, AssignedTo, Status, Score, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        LeadIdRole = LeadRoles::LeadId,       ///< qint64
        StatusIdRole = LeadRoles::StatusId,   ///< qint64
        ScoreRole = LeadRoles::Score,         ///< int 0–5 for a star delegate
        TagIdsRole = LeadRoles::TagIds,       ///< QList<qint64>
        NextEventRole = LeadRoles::NextEvent, ///< QDateTime
        AssignedToRole = LeadRoles::AssignedTo,
        CompanyRole = LeadRoles::Company,
        OwnerInitialsRole = LeadRoles::OwnerInitials,
        TagColorsRole = LeadRoles::TagColors,
        OwnerNameRole = LeadRoles::OwnerName,
        DisplayNameRole = LeadRoles::DisplayName,
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultCacheBound = 20;

    explicit LeadTableModel(Workspace &ws, QObject *parent = nullptr);

    /// Which leads, in which order. Resets the model.
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }

    /// The LeadFilter sort key of `column` (see LeadRepository::sortableFields()).
    static QString sortKey(int column);
    /// The column sorted by `key`, or -1.
    static int columnOfSortKey(const QString &key);

    /// The lead shown on `row` (loads its page when needed; 0 when none).
    qint64 leadId(int row) const;
    /// The row of lead `id` among the loaded pages, or -1 when not loaded.
    int rowOf(qint64 id) const;

    /// The most pages kept in memory (least recently used evicted first).
    int cacheBound() const { return m_cache.maxPages(); }
    void setCacheBound(int pages) { m_cache.setMaxPages(pages); }
    int pageSize() const { return m_cache.pageSize(); }
    /// Changes the rows read per query; drops the cache.
    void setPageSize(int rows);
    /// How many rows are held in memory now (for tests and the bench).
    qint64 cachedRowCount() const { return m_cache.cachedRowCount(); }
    /// How many pages have been read from the database.
    qint64 pageLoads() const { return m_cache.loadCount(); }

    /// Re-reads everything (count and rows).
    void reload();

    /// A search lists at most this many leads (the FTS query has a LIMIT).
    int searchLimit() const { return m_pager.searchLimit(); }
    void setSearchLimit(int leads);
    /// Whether the search matched more leads than the model lists: the view
    /// says "more than rowCount()".
    bool isCountCapped() const { return m_pager.isCapped(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Sorts by the column's sort key (ignored for a column without one).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Rows dragged from the grid carry their lead ids (e.g. onto a kanban column).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::MoveAction; }

signals:
    /// The filter (or its sort) changed; the model was reset.
    void filterChanged(const LeadFilter &filter);

private:
    void onLeadsChanged(const QList<qint64> &ids);
    void loadStatusNames();
    void resetRows();
    const LeadRow *rowAt(int row) const;
    QList<LeadRow> loadPage(qint64 offset, int limit) const;

    Workspace &m_ws;
    LeadFilter m_filter;
    static QString countKey(const LeadFilter &filter);
    mutable LeadPager m_pager;
    mutable RowPageCache m_cache;
    mutable qint64 m_count = -1; ///< -1 until first asked
    /// Counts of the filters shown since the leads last changed, by filter
    /// (sort aside): clearing a search shows the list's count again at once.
    mutable QHash<QString, qint64> m_counts;
    QHash<qint64, QString> m_statusNames;
};
