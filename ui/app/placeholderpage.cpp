#include "placeholderpage.h"

#include "icons.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &iconName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(iconName).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setStyleSheet(QStringLiteral("opacity: 0.5;"));
    auto *heading = new QLabel(title, this);
    heading->setAlignment(Qt::AlignCenter);
    heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold; color: #33414e;"));
    auto *body = new QLabel(text, this);
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    body->setStyleSheet(QStringLiteral("color: #616e7c;"));
    body->setMaximumWidth(460);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
