#include "statusdelegate.h"

#include "apptheme.h"
#include "leadroles.h"
#include "statusservice.h"
#include "workspace.h"

#include <QApplication>
#include <QPainter>

StatusDelegate::StatusDelegate(Workspace &ws, QObject *parent) : QStyledItemDelegate(parent), m_ws(ws)
{
    reload();
    connect(&ws, &Workspace::statusesChanged, this, &StatusDelegate::reload);
}

QString StatusDelegate::colorOf(Workspace &ws, qint64 statusId)
{
    static const QStringList funnel = {QStringLiteral("#3a7bd5"), QStringLiteral("#7b61c9"), QStringLiteral("#d08a1c"),
                                       QStringLiteral("#1f9aa6"), QStringLiteral("#c2569b"), QStringLiteral("#5a7184")};
    const auto status = ws.statuses().find(statusId);
    if (!status)
        return QStringLiteral("#9aa5b1");
    if (status->role == StatusRole::Converted)
        return QString::fromLatin1(AppTheme::Converted);
    if (status->role == StatusRole::Lost)
        return QString::fromLatin1(AppTheme::Lost);
    int index = 0;
    for (const LeadStatus &s : ws.statuses().all()) {
        if (s.id == statusId)
            break;
        if (s.role != StatusRole::Converted && s.role != StatusRole::Lost)
            ++index;
    }
    return funnel.at(index % funnel.size());
}

void StatusDelegate::reload()
{
    m_colors.clear();
    for (const LeadStatus &s : m_ws.statuses().all())
        m_colors.insert(s.id, colorOf(m_ws, s.id));
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;
    const QColor color(m_colors.value(index.data(LeadRoles::StatusId).toLongLong(), QStringLiteral("#9aa5b1")));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.92);
    const QFontMetrics fm(f);
    const int maxW = option.rect.width() - 12;
    const QString shown = fm.elidedText(text, Qt::ElideRight, maxW - 16);
    const int w = qMin(maxW, fm.horizontalAdvance(shown) + 16);
    const QRect pill(option.rect.left() + 6, option.rect.center().y() - fm.height() / 2 - 2, w, fm.height() + 4);
    QColor bg = color;
    bg.setAlpha(38);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bg);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(f);
    painter->setPen(color.darker(125));
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}
