#include "tagspage.h"

#include "configundo.h"

#include "referencelistmodel.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QIcon swatchIcon(const QColor &color)
{
    QPixmap pixmap(18, 18);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 15, 15), 4, 4);
    return QIcon(pixmap);
}
} // namespace

TagsPage::TagsPage(Workspace &ws, QWidget *parent) : ReferenceListPage(ws, RefKind::Tag, parent)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *title = new QLabel(tr("Colour"), card);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #616e7c;"));
    m_swatch = new QToolButton(card);
    m_swatch->setObjectName(QStringLiteral("colorButton"));
    m_swatch->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_swatch->setIconSize(QSize(18, 18));
    m_swatch->setToolTip(tr("Choose the tag's colour"));
    connect(m_swatch, &QToolButton::clicked, this, &TagsPage::chooseColor);
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addWidget(m_swatch, 0, Qt::AlignLeft);
    setDetailsWidget(card);
    currentItemChanged(currentItem());
}

ReferenceItem TagsPage::newItem(const QString &name) const
{
    static const QStringList palette = {QStringLiteral("#3a7bd5"), QStringLiteral("#2e9e6b"), QStringLiteral("#d08a1c"),
                                        QStringLiteral("#c0392b"), QStringLiteral("#7b61c9"), QStringLiteral("#1f9aa6"),
                                        QStringLiteral("#c2569b"), QStringLiteral("#5a7184")};
    ReferenceItem item = ReferenceListPage::newItem(name);
    item.color = palette.at(model()->rowCount() % palette.size());
    return item;
}

void TagsPage::currentItemChanged(const std::optional<ReferenceItem> &item)
{
    m_swatch->setEnabled(item.has_value());
    if (!item) {
        m_hint->setText(tr("Select a tag to change its colour."));
        m_swatch->setIcon(QIcon());
        m_swatch->setText(tr("Choose…"));
        return;
    }
    m_hint->setText(tr("The colour of \"%1\" on cards, chips and in the grid.").arg(item->name));
    m_swatch->setIcon(swatchIcon(QColor(item->color)));
    m_swatch->setText(item->color.isEmpty() ? tr("Choose…") : item->color);
}

bool TagsPage::setTagColor(qint64 id, const QString &color)
{
    auto item = workspace().references().find(RefKind::Tag, id);
    if (!item)
        return false;
    const ReferenceItem before = *item;
    item->color = color;
    if (!check(workspace().references().update(RefKind::Tag, *item), tr("The colour of \"%1\" was not changed").arg(item->name)))
        return false;
    ConfigUndo::pushUpdate(workspace(), RefKind::Tag, before, *item, tr("Change the colour of \"%1\"").arg(item->name));
    clearMessage();
    selectItem(id);
    return true;
}

void TagsPage::chooseColor()
{
    const auto item = currentItem();
    if (!item)
        return;
    const QColor chosen = QColorDialog::getColor(QColor(item->color), this, tr("Colour of \"%1\"").arg(item->name));
    if (chosen.isValid())
        setTagColor(item->id, chosen.name());
}
