#pragma once

#include <QObject>

#include <functional>

class QHeaderView;
class QMenu;

/// Lets the user choose which grid columns are shown: a checkable entry per
/// column (the last visible one cannot be hidden) and "Reset columns".
/// Shown from the header's context menu and the View menu.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    ColumnChooser(QHeaderView *header, QObject *parent = nullptr);

    /// Fills `menu` with the column entries (cleared first).
    void populate(QMenu *menu);
    /// Puts the columns back as the view first showed them.
    void reset();
    /// What reset() does (the grid's default order and widths); without
    /// one, every column is shown in model order.
    void setResetHandler(std::function<void()> handler) { m_reset = std::move(handler); }

signals:
    /// A column was shown or hidden.
    void columnsChanged();

private:
    QHeaderView *m_header;
    std::function<void()> m_reset;
};
