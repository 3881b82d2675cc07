#pragma once

#include <QAbstractTableModel>

class Workspace;

/// What the partner, contact and opportunity list models share: a search,
/// an order (any column, asked of the database), and rows read a page at a
/// time as the view scrolls (canFetchMore/fetchMore), counted once per
/// search. Read-only: edits go through PartnerService, then reload().
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role : int {
        IdRole = Qt::UserRole + 1, ///< qint64: the record's id
        PartnerIdRole,             ///< qint64: its partner (partners: itself)
        LeadIdRole,                ///< qint64: the lead it came from (0: none)
        SortRole,                  ///< the raw value (numbers, dates) behind the text
    };

    RecordListModel(Workspace &ws, QObject *parent = nullptr);

    /// Rows read per page.
    static constexpr int PageSize = 100;

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    /// Every matching row, loaded or not.
    qint64 totalCount() const { return m_total; }
    /// Reads the rows again (after an edit or a conversion elsewhere),
    /// keeping as many rows loaded as before.
    void reload();
    /// The row of the record with that id among the loaded rows, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    Workspace &workspace() const { return m_ws; }
    /// Reads the rows [offset, offset + limit) of the current search and
    /// order into the subclass's pending rows; returns how many it read.
    virtual int readPage(int offset, int limit) = 0;
    /// Appends the pending rows to the rows shown.
    virtual void commitPage() = 0;
    /// Counts the rows of the current search.
    virtual qint64 count() const = 0;
    /// Forgets every row.
    virtual void clearRows() = 0;
    /// The id of a loaded row.
    virtual qint64 idAt(int row) const = 0;
    virtual int loadedRows() const = 0;

private:
    void load(int rows);

    Workspace &m_ws;
    QString m_search;
    qint64 m_total = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
