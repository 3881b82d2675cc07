#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>

ColumnChooser::ColumnChooser(QHeaderView *header, QObject *parent) : QObject(parent), m_header(header)
{
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(m_header);
        populate(&menu);
        menu.exec(m_header->mapToGlobal(pos));
    });
}

void ColumnChooser::populate(QMenu *menu)
{
    menu->clear();
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    const int visible = m_header->count() - m_header->hiddenSectionCount();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction *a = menu->addAction(model->headerData(logical, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(logical));
        // The last visible column stays: a grid without columns is a trap.
        a->setEnabled(m_header->isSectionHidden(logical) || visible > 1);
        connect(a, &QAction::toggled, this, [this, logical](bool on) {
            m_header->setSectionHidden(logical, !on);
            emit columnsChanged();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Reset columns"), this, &ColumnChooser::reset);
}

void ColumnChooser::reset()
{
    if (m_reset) {
        m_reset();
        emit columnsChanged();
        return;
    }
    for (int logical = 0; logical < m_header->count(); ++logical) {
        m_header->setSectionHidden(logical, false);
        m_header->moveSection(m_header->visualIndex(logical), logical);
        m_header->resizeSection(logical, m_header->defaultSectionSize());
    }
    emit columnsChanged();
}
