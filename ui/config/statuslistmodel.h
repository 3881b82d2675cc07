#pragma once

#include "leadstatus.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

class Workspace;

/// The statuses for the configuration page, in sequence order: the name
/// (renamed in place), open or closed (a check box), the role and the number
/// of leads. Rows are reordered by drag and drop in the model's own MIME
/// type; the drop asks StatusService::reorder and the rows follow when the
/// Workspace announces the change. Every refusal is reported by problem().
class StatusListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OpenColumn, RoleColumn, LeadsColumn, ColumnCount };
    enum Role { StatusIdRole = Qt::UserRole + 1 };

    explicit StatusListModel(Workspace &ws, QObject *parent = nullptr);

    LeadStatus status(int row) const { return m_statuses.value(row); }
    int rowOf(qint64 statusId) const;
    /// Live leads of a status (from one GROUP BY, read on reload).
    qint64 leadCount(qint64 statusId) const { return m_counts.value(statusId); }
    /// Reads the statuses and counts again.
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Renames (name column) or opens/closes (check box) through StatusService.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    /// Moves the dragged status before `row` (the end when -1) through
    /// StatusService::reorder.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    /// Never removes: the view calls it after a move-drop.
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    /// Moves a status to row `to` (0-based) through StatusService::reorder.
    VoidResult moveTo(qint64 statusId, int to);

    static QString mimeType();
    static QString roleLabel(StatusRole role);

signals:
    /// The core refused a change (shown by the page).
    void problem(const QString &title, const Problems &problems);

private:
    Workspace &m_ws;
    QList<LeadStatus> m_statuses;
    QHash<qint64, qint64> m_counts;
};
