#include "productspage.h"

#include "configundo.h"

#include "referenceservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

ProductsPage::ProductsPage(Workspace &ws, QWidget *parent) : ReferenceListPage(ws, RefKind::Product, parent)
{
    m_newDirection = new QComboBox(this);
    m_newDirection->setObjectName(QStringLiteral("newDirectionCombo"));
    m_newDirection->setToolTip(tr("The sales direction of the new product"));
    m_newDirection->setMinimumWidth(180);
    addBar()->insertWidget(1, m_newDirection);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *title = new QLabel(tr("Sales direction"), card);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #616e7c;"));
    m_direction = new QComboBox(card);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addWidget(m_direction);
    setDetailsWidget(card);

    connect(m_direction, &QComboBox::activated, this, &ProductsPage::changeDirection);
    connect(&ws, &Workspace::referencesChanged, this, [this](RefKind kind) {
        if (kind == RefKind::SalesDirection)
            fillDirections();
    });
    fillDirections();
}

void ProductsPage::fillDirections()
{
    const qint64 keepNew = m_newDirection->currentData().toLongLong();
    const QList<ReferenceItem> directions = workspace().references().list(RefKind::SalesDirection);
    for (QComboBox *combo : {m_newDirection, m_direction}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const ReferenceItem &d : directions)
            combo->addItem(d.name, d.id);
    }
    if (const int i = m_newDirection->findData(keepNew); i >= 0)
        m_newDirection->setCurrentIndex(i);
    if (directions.isEmpty())
        m_newDirection->setPlaceholderText(tr("Add a sales direction first"));
    currentItemChanged(currentItem());
}

void ProductsPage::setNewDirection(qint64 directionId)
{
    if (const int i = m_newDirection->findData(directionId); i >= 0)
        m_newDirection->setCurrentIndex(i);
}

ReferenceItem ProductsPage::newItem(const QString &name) const
{
    ReferenceItem item = ReferenceListPage::newItem(name);
    item.parentId = m_newDirection->currentData().toLongLong();
    return item;
}

void ProductsPage::currentItemChanged(const std::optional<ReferenceItem> &item)
{
    m_direction->setEnabled(item.has_value());
    const QSignalBlocker block(m_direction);
    if (!item) {
        m_hint->setText(tr("Select a product to change its sales direction. A lead offers only the products of its direction."));
        m_direction->setCurrentIndex(-1);
        return;
    }
    m_hint->setText(tr("The direction \"%1\" belongs to.").arg(item->name));
    m_direction->setCurrentIndex(m_direction->findData(item->parentId));
}

void ProductsPage::changeDirection()
{
    auto item = currentItem();
    if (!item)
        return;
    const ReferenceItem before = *item;
    item->parentId = m_direction->currentData().toLongLong();
    if (check(workspace().references().update(RefKind::Product, *item), tr("The direction of \"%1\" was not changed").arg(item->name))) {
        ConfigUndo::pushUpdate(workspace(), RefKind::Product, before, *item, tr("Change the direction of \"%1\"").arg(item->name));
        clearMessage();
        selectItem(item->id);
    }
}
