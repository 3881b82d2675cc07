#include "referencelistmodel.h"

#include "configundo.h"

#include "referenceservice.h"
#include "workspace.h"

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

ReferenceListModel::ReferenceListModel(Workspace &ws, RefKind kind, QObject *parent)
    : QAbstractListModel(parent), m_ws(ws), m_kind(kind)
{
    connect(&ws, &Workspace::referencesChanged, this, [this](RefKind changed) {
        // Products also show their direction's name.
        if (changed == m_kind || (m_kind == RefKind::Product && changed == RefKind::SalesDirection))
            reload();
    });
    reload();
}

void ReferenceListModel::reload()
{
    const QList<ReferenceItem> items = m_ws.references().list(m_kind);
    auto idsOf = [](const QList<ReferenceItem> &list) {
        QList<qint64> ids;
        for (const ReferenceItem &i : list)
            ids << i.id;
        return ids;
    };
    if (!m_items.isEmpty() && idsOf(items) == idsOf(m_items)) {
        m_items = items; // same rows, new values: the selection stays
        emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    if (m_inSetData) {
        // A rename that moves the entry: the values now, the new order once
        // the view has closed its editor (a reset under it would cut it off).
        QHash<qint64, ReferenceItem> fresh;
        for (const ReferenceItem &i : items)
            fresh.insert(i.id, i);
        for (ReferenceItem &i : m_items)
            i = fresh.value(i.id, i);
        emit dataChanged(index(0), index(rowCount() - 1));
        QMetaObject::invokeMethod(this, &ReferenceListModel::reload, Qt::QueuedConnection);
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ReferenceListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

int ReferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ReferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferenceItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (m_kind == RefKind::Country && !item.code.isEmpty())
            return QStringLiteral("%1  (%2)").arg(item.name, item.code.toUpper());
        if (m_kind == RefKind::Product && item.parentId)
            return QStringLiteral("%1  ·  %2").arg(item.name, m_ws.references().nameOf(RefKind::SalesDirection, item.parentId));
        return item.name;
    case Qt::EditRole:
        return item.name;
    case Qt::DecorationRole:
        if (m_kind == RefKind::Tag) {
            // A round swatch of the tag's colour.
            QPixmap swatch(14, 14);
            swatch.fill(Qt::transparent);
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(item.color.isEmpty() ? QStringLiteral("#808080") : item.color));
            p.drawEllipse(QRectF(1, 1, 12, 12));
            return swatch;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Double-click or press F2 to rename.");
    case ItemIdRole: return item.id;
    case ColorRole: return item.color;
    case CodeRole: return item.code;
    case ParentIdRole: return item.parentId;
    default: return {};
    }
}

Qt::ItemFlags ReferenceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ReferenceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ReferenceItem item = m_items.at(index.row());
    const QString name = value.toString();
    if (name == item.name)
        return false;
    const QString old = item.name;
    item.name = name;
    m_inSetData = true;
    const VoidResult result = m_ws.references().update(m_kind, item);
    m_inSetData = false;
    if (!result) {
        emit problem(tr("\"%1\" was not renamed").arg(old), result.problems());
        return false;
    }
    ReferenceItem was = item;
    was.name = old;
    ConfigUndo::pushUpdate(m_ws, m_kind, was, item, tr("Rename \"%1\" to \"%2\"").arg(old, name));
    return true; // the list is read again on referencesChanged
}
