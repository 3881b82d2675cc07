#pragma once

#include "page.h"

#include <QListView>

class QStandardItemModel;

/// The left navigation: the lead lists (with their counts), the kanban,
/// partners, contacts, opportunities and configuration, under small
/// section headings. Keyboard: Up/Down move, the page follows.
class NavigationPanel : public QListView
{
    Q_OBJECT
public:
    explicit NavigationPanel(QWidget *parent = nullptr);

    void setCurrentPage(Page page);
    Page currentPage() const { return m_current; }
    /// The count shown beside a page (-1 hides it).
    void setCount(Page page, qint64 count);
    qint64 count(Page page) const;

    QSize sizeHint() const override;

signals:
    /// The user chose a page.
    void pageRequested(Page page);

private:
    int rowOf(Page page) const;
    QStandardItemModel *m_model;
    Page m_current = Page::MyLeads;
};
