#pragma once

#include "leadfilter.h"
#include "leadstatus.h"

#include <QAbstractListModel>
#include <QList>

class KanbanColumnModel;
class Workspace;

/// The kanban board: one row per lead status in sequence order, each owning
/// the KanbanColumnModel of its cards. Opening the board (or changing its
/// filter) counts every column in one GROUP BY and hands each column its
/// count, so no column runs a COUNT of its own. A row's CountRole follows its
/// column as cards come and go.
///
/// The columns are rebuilt when the statuses change: views drop the old
/// column models on modelAboutToBeReset (they are deleted after the reset).
class KanbanBoardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StatusIdRole = Qt::UserRole + 100, ///< qint64
        CountRole,                         ///< qint64: cards in the column
        IsOpenRole,                        ///< bool
        StatusRoleKeyRole,                 ///< "new", "converted", "lost" or ""
    };
    Q_ENUM(Role)

    explicit KanbanBoardModel(Workspace &ws, QObject *parent = nullptr);
    ~KanbanBoardModel() override;

    /// The grid's filter; each column replaces its status list with its own.
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }

    /// The column of row `row` (owned by the board), or nullptr.
    KanbanColumnModel *column(int row) const;
    /// The column of status `statusId`, or nullptr.
    KanbanColumnModel *columnFor(qint64 statusId) const;
    LeadStatus status(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();
    void applyFilter();
    void onLeadsChanged(const QList<qint64> &ids);
    void watch(KanbanColumnModel *column);

    Workspace &m_ws;
    LeadFilter m_filter;
    QList<LeadStatus> m_statuses;
    QList<KanbanColumnModel *> m_columns;
};
