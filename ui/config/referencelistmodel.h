#pragma once

#include "reference.h"
#include "result.h"

#include <QAbstractListModel>

class Workspace;

/// One reference list (industries, tags, products, …) for the configuration
/// pages: the entries as ReferenceService lists them, renamed in place
/// through ReferenceService::update. Tags show their colour as a swatch,
/// products their sales direction, countries their ISO code. The rows
/// follow Workspace::referencesChanged; refusals go to problem().
class ReferenceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ItemIdRole = Qt::UserRole + 1, ColorRole, CodeRole, ParentIdRole };

    ReferenceListModel(Workspace &ws, RefKind kind, QObject *parent = nullptr);

    RefKind kind() const { return m_kind; }
    ReferenceItem item(int row) const { return m_items.value(row); }
    int rowOf(qint64 id) const;
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// A new name (EditRole) goes through ReferenceService::update.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The core refused an edit (shown by the page).
    void problem(const QString &title, const Problems &problems);

private:
    Workspace &m_ws;
    RefKind m_kind;
    QList<ReferenceItem> m_items;
    bool m_inSetData = false;
};
