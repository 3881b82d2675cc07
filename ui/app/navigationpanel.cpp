#include "navigationpanel.h"

#include "apptheme.h"
#include "icons.h"
#include "leadservice.h"

#include <QLocale>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace {

enum Role { PageRole = Qt::UserRole + 1, CountRole, HeaderRole, IndentRole };

/// The icon drawn in one colour (the SVGs are single-colour line art).
QPixmap tinted(const QIcon &icon, const QColor &color, int size, qreal dpr)
{
    QPixmap pm = icon.pixmap(QSize(size, size), dpr);
    QPainter p(&pm);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(pm.rect(), color);
    return pm;
}

class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int h = option.fontMetrics.height();
        return QSize(180, index.data(HeaderRole).toBool() ? h + 18 : h + 16);
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(2, 1, -2, -1);
        if (index.data(HeaderRole).toBool()) {
            QFont f = option.font;
            f.setPointSizeF(f.pointSizeF() * 0.85);
            f.setBold(true);
            f.setCapitalization(QFont::AllUppercase);
            f.setLetterSpacing(QFont::PercentageSpacing, 106);
            p->setFont(f);
            p->setPen(QColor(0x8a, 0x96, 0xa3));
            p->drawText(r.adjusted(10, 0, 0, -3), Qt::AlignLeft | Qt::AlignBottom, index.data().toString());
            p->restore();
            return;
        }
        const bool selected = option.state & QStyle::State_Selected;
        const bool hovered = option.state & QStyle::State_MouseOver;
        const QColor accent(AppTheme::Accent);
        if (selected) {
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xe3, 0xee, 0xfa));
            p->drawRoundedRect(r, 6, 6);
            p->setBrush(accent);
            p->drawRoundedRect(QRect(r.left(), r.top() + 6, 3, r.height() - 12), 1.5, 1.5);
        } else if (hovered) {
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xf1, 0xf4, 0xf8));
            p->drawRoundedRect(r, 6, 6);
        }
        const QColor fg = selected ? QColor(0x1d, 0x4b, 0x7a) : QColor(0x33, 0x41, 0x4e);
        const int iconSize = 18;
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        // A page under another (Closed leads > Trash) is set in by one icon.
        const int indent = index.data(IndentRole).toBool() ? iconSize + 4 : 0;
        const QRect iconRect(r.left() + 12 + indent, r.center().y() - iconSize / 2, iconSize, iconSize);
        p->drawPixmap(iconRect, tinted(icon, selected ? accent : QColor(0x61, 0x6e, 0x7c), iconSize, p->device()->devicePixelRatioF()));

        QRect textRect = r.adjusted(12 + indent + iconSize + 10, 0, -8, 0);
        const qint64 count = index.data(CountRole).toLongLong();
        if (count >= 0 && index.data(CountRole).isValid()) {
            QFont f = option.font;
            f.setPointSizeF(f.pointSizeF() * 0.85);
            f.setBold(true);
            const QString text = QLocale().toString(count);
            const QFontMetrics fm(f);
            const int w = fm.horizontalAdvance(text) + 12;
            const QRect badge(textRect.right() - w, r.center().y() - fm.height() / 2 - 2, w, fm.height() + 4);
            p->setPen(Qt::NoPen);
            p->setBrush(selected ? accent : QColor(0xe6, 0xea, 0xef));
            p->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            p->setFont(f);
            p->setPen(selected ? QColor(Qt::white) : QColor(0x52, 0x60, 0x6d));
            p->drawText(badge, Qt::AlignCenter, text);
            textRect.setRight(badge.left() - 6);
        }
        QFont f = option.font;
        f.setBold(selected);
        p->setFont(f);
        p->setPen(fg);
        p->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetrics(f).elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
        p->restore();
    }
};

QStandardItem *header(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(true, HeaderRole);
    item->setFlags(Qt::NoItemFlags);
    return item;
}

} // namespace

NavigationPanel::NavigationPanel(QWidget *parent) : QListView(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Navigation"));
    m_model = new QStandardItemModel(this);
    auto addPage = [this](Page page) {
        auto *item = new QStandardItem(Icons::icon(Pages::iconName(page)), Pages::title(page));
        item->setData(int(page), PageRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(Pages::title(page));
        m_model->appendRow(item);
    };
    m_model->appendRow(header(tr("Leads")));
    for (Page p : {Page::MyLeads, Page::OpenedLeads, Page::ClosedLeads, Page::Trash, Page::AllLeads, Page::Kanban})
        addPage(p);
    m_model->item(rowOf(Page::Trash))->setData(true, IndentRole);
    m_model->item(rowOf(Page::Trash))->setToolTip(tr("Deleted leads, kept %n day(s) with everything on them", nullptr, LeadService::TrashDays));
    m_model->appendRow(header(tr("Customers")));
    for (Page p : {Page::Partners, Page::Contacts, Page::Opportunities})
        addPage(p);
    m_model->appendRow(header(tr("Settings")));
    addPage(Page::Configuration);
    setModel(m_model);
    setItemDelegate(new NavigationDelegate(this));
    setMouseTracking(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(false);
    setCurrentPage(Page::MyLeads);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid() || current.data(HeaderRole).toBool())
            return;
        const Page page = Page(current.data(PageRole).toInt());
        if (page == m_current)
            return;
        m_current = page;
        emit pageRequested(page);
    });
}

int NavigationPanel::rowOf(Page page) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStandardItem *item = m_model->item(r);
        if (!item->data(HeaderRole).toBool() && item->data(PageRole).toInt() == int(page))
            return r;
    }
    return -1;
}

void NavigationPanel::setCurrentPage(Page page)
{
    m_current = page;
    const QModelIndex idx = m_model->index(rowOf(page), 0);
    if (selectionModel() && currentIndex() != idx)
        selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
}

void NavigationPanel::setCount(Page page, qint64 count)
{
    if (QStandardItem *item = m_model->item(rowOf(page)))
        item->setData(count < 0 ? QVariant() : QVariant(count), CountRole);
}

qint64 NavigationPanel::count(Page page) const
{
    const QStandardItem *item = m_model->item(rowOf(page));
    return item && item->data(CountRole).isValid() ? item->data(CountRole).toLongLong() : -1;
}

QSize NavigationPanel::sizeHint() const
{
    return QSize(220, 400);
}
