#pragma once

#include <QObject>

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
    /// Shows every column in model order, at default widths.
    void reset();

signals:
    /// A column was shown or hidden.
    void columnsChanged();

private:
    QHeaderView *m_header;
};
