#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class RecordEditor;
class RecordListModel;
class SearchField;
class Workspace;

/// The frame of the partner, contact and opportunity pages: a header with
/// the title, the count and a search field (search as you type), the list
/// as a sortable table (rows read as it scrolls) with an empty-state text,
/// and a pane beside it for the selected record. The list follows the
/// workspace: conversions and edits made elsewhere show when the page is
/// next visible, or at once when it is.
class RecordListPage : public QWidget
{
    Q_OBJECT
public:
    /// What a page says: its title, its search field's placeholder and
    /// name, its count ("%1" the number), and its empty list with a search
    /// ("%1" the search) and without.
    struct Texts
    {
        QString title;
        QString searchPlaceholder;
        QString searchName;
        QString oneRecord;
        QString records;
        QString noMatch;
        QString noRecords;
    };

    RecordListPage(Workspace &ws, RecordListModel *model, const Texts &texts, QWidget *parent = nullptr);

    Workspace &workspace() const { return m_ws; }
    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SearchField *searchField() const { return m_search; }
    /// The text shown over the empty list ("" when the list has rows).
    QString emptyText() const;

    /// Selects the record with that id (loading pages until it is found).
    bool selectId(qint64 id);
    /// The id of the selected record, or 0.
    qint64 currentId() const;
    /// Reads the list again, keeping the selection.
    void reload();

signals:
    /// Open this lead in the lead form (the main window does).
    void openLeadRequested(qint64 leadId);

protected:
    /// Puts the record's editor beside the table (owned by the page): it
    /// shows the selected record, keeps its edits through a reload of the
    /// same record, and its saves reload the list.
    void setEditor(RecordEditor *editor);
    /// The widths of the table's columns.
    void setColumnWidths(const QList<std::pair<int, int>> &widths);
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void currentRowChanged(int row);
    QString countText(qint64 count) const;
    void scheduleReload();

    Workspace &m_ws;
    RecordListModel *m_model;
    Texts m_texts;
    RecordEditor *m_editor = nullptr;
    QTableView *m_view;
    SearchField *m_search;
    QLabel *m_count;
    QLabel *m_empty;
    QSplitter *m_splitter;
    QStackedWidget *m_pane;
    QLabel *m_noSelection;
    QTimer *m_reloadTimer;
    bool m_stale = false;
    qint64 m_shownId = -1;
};
