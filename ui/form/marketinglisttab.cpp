#include "marketinglisttab.h"

#include "fieldeditor.h"

#include <QLabel>
#include <QVBoxLayout>

MarketingListTab::MarketingListTab(FieldEditor *editor, QWidget *parent) : LeadTabPage(parent), m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *hint = new QLabel(tr("Tick the marketing lists this lead belongs to; the change is saved with the lead."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #616e7c;"));
    layout->addWidget(hint);
    editor->widget()->setParent(this);
    editor->widget()->setMaximumHeight(220);
    layout->addWidget(editor->widget());
    layout->addStretch(1);
    connect(editor, &FieldEditor::edited, this, [this] {
        emit countChanged(int(m_editor->value().value<QList<qint64>>().size()));
        emit edited();
    });
}

void MarketingListTab::setLead(const Lead &lead)
{
    emit countChanged(int(lead.marketingListIds.size()));
}
