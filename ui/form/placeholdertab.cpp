#include "placeholdertab.h"

#include "icons.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderTab::PlaceholderTab(const QString &iconName, const QString &text, QWidget *parent) : LeadTabPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(iconName).pixmap(40, 40));
    icon->setAlignment(Qt::AlignCenter);
    auto *label = new QLabel(text, this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #7b8794;"));
    layout->addWidget(icon);
    layout->addWidget(label);
    layout->addStretch(1);
    setMinimumHeight(160);
}
