#include "tagchips.h"

#include "flowlayout.h"
#include "icons.h"
#include "referenceservice.h"

#include <QColor>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

TagChips::TagChips(ReferenceService &refs, QWidget *parent) : QWidget(parent), m_refs(refs)
{
    m_flow = new FlowLayout(this, 4, 4);
    m_add = new QToolButton(this);
    m_add->setIcon(Icons::icon(QStringLiteral("add")));
    m_add->setText(tr("Add tag"));
    m_add->setToolTip(tr("Add a tag"));
    m_add->setAutoRaise(true);
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setIconSize(QSize(12, 12));
    m_add->setStyleSheet(QStringLiteral("QToolButton { color: #2f6fb0; }"));
    m_add->setObjectName(QStringLiteral("tagAddButton"));
    connect(m_add, &QToolButton::clicked, this, &TagChips::showAddMenu);
    m_flow->addWidget(m_add);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QWidget *TagChips::createChip(const QString &name, const QString &color, QWidget *parent)
{
    auto *chip = new QLabel(name, parent);
    const QColor c(color.isEmpty() ? QStringLiteral("#808080") : color);
    const bool dark = c.lightness() < 150;
    chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 1px 8px; }")
                            .arg(c.name(), dark ? QStringLiteral("white") : QStringLiteral("#1f2933")));
    chip->setObjectName(QStringLiteral("tagChip"));
    return chip;
}

void TagChips::setTagIds(const QList<qint64> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    rebuild();
}

void TagChips::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

void TagChips::rebuild()
{
    // Chips are few (a lead has a handful of tags): rebuild them all.
    while (m_flow->count() > 0) {
        QLayoutItem *item = m_flow->takeAt(0);
        if (item->widget() && item->widget() != m_add) {
            // Later: the click that removes a tag comes from inside its chip.
            item->widget()->hide();
            item->widget()->deleteLater();
        }
        delete item;
    }
    for (qint64 id : m_ids) {
        const auto tag = m_refs.find(RefKind::Tag, id);
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(0);
        row->addWidget(createChip(tag ? tag->name : QString::number(id), tag ? tag->color : QString(), box));
        if (!m_readOnly) {
            auto *remove = new QToolButton(box);
            remove->setIcon(Icons::icon(QStringLiteral("close")));
            remove->setAutoRaise(true);
            remove->setIconSize(QSize(10, 10));
            remove->setToolTip(tr("Remove the tag %1").arg(tag ? tag->name : QString()));
            remove->setAccessibleName(remove->toolTip());
            connect(remove, &QToolButton::clicked, this, [this, id] { removeTag(id); });
            row->addWidget(remove);
        }
        m_flow->addWidget(box);
    }
    m_flow->addWidget(m_add);
    m_add->setVisible(!m_readOnly);
    updateGeometry();
}

void TagChips::showAddMenu()
{
    QMenu menu(this);
    for (const ReferenceItem &tag : m_refs.list(RefKind::Tag)) {
        if (m_ids.contains(tag.id))
            continue;
        QPixmap dot(10, 10);
        dot.fill(QColor(tag.color.isEmpty() ? QStringLiteral("#808080") : tag.color));
        menu.addAction(QIcon(dot), tag.name, this, [this, id = tag.id] { addTag(id); });
    }
    if (m_refs.allowsInlineCreation(RefKind::Tag)) {
        if (!menu.isEmpty())
            menu.addSeparator();
        menu.addAction(Icons::icon(QStringLiteral("add")), tr("New tag…"), this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("New tag"), tr("Name of the new tag:"), QLineEdit::Normal, {}, &ok);
            if (ok && !name.trimmed().isEmpty())
                createTag(name);
        });
    }
    menu.exec(m_add->mapToGlobal(QPoint(0, m_add->height())));
}

void TagChips::addTag(qint64 id)
{
    if (m_ids.contains(id))
        return;
    m_ids << id;
    rebuild();
    emit changed();
}

void TagChips::removeTag(qint64 id)
{
    if (m_ids.removeAll(id) == 0)
        return;
    rebuild();
    emit changed();
}

void TagChips::createTag(const QString &name)
{
    auto id = m_refs.resolve(RefKind::Tag, name, true);
    if (!id) {
        emit problem(id.errorText());
        return;
    }
    addTag(id.value());
}
