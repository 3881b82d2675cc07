#include "messagebanner.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::NoFrame);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 8, 8);
    row->setSpacing(10);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(false);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &href) {
        emit linkActivated(href.startsWith(QLatin1String("quarry:")) ? href.mid(7) : href);
    });
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);
    m_close = new QToolButton(this);
    m_close->setIcon(Icons::icon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_label, 1);
    row->addLayout(m_actions);
    row->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QList<Line> &lines)
{
    m_kind = kind;
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    m_plain = title;
    if (!lines.isEmpty()) {
        html += QStringLiteral("<ul style=\"margin: 2px 0 0 -20px;\">");
        for (const Line &l : lines) {
            m_plain += QLatin1Char('\n') + l.text;
            if (l.link.isEmpty())
                html += QStringLiteral("<li>%1</li>").arg(l.text.toHtmlEscaped());
            else
                html += QStringLiteral("<li><a href=\"quarry:%1\">%2</a></li>").arg(l.link.toHtmlEscaped(), l.text.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_label->setText(html);
    const char *iconName = kind == Kind::Error     ? "error"
                           : kind == Kind::Warning ? "warning"
                           : kind == Kind::Success ? "check"
                                                   : "info";
    m_icon->setPixmap(Icons::icon(QString::fromLatin1(iconName)).pixmap(20, 20));
    applyStyle();
    show();
}

QToolButton *MessageBanner::addAction(const QString &text, const std::function<void()> &onClick)
{
    auto *b = new QToolButton(this);
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setObjectName(QStringLiteral("bannerAction"));
    connect(b, &QToolButton::clicked, this, onClick);
    m_actions->addWidget(b, 0, Qt::AlignTop);
    return b;
}

void MessageBanner::clear()
{
    m_plain.clear();
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_plain;
}

void MessageBanner::applyStyle()
{
    QString bg, border, fg;
    switch (m_kind) {
    case Kind::Error: bg = QStringLiteral("#fdecea"); border = QStringLiteral("#e3a19a"); fg = QStringLiteral("#8a1f11"); break;
    case Kind::Warning: bg = QStringLiteral("#fff6e0"); border = QStringLiteral("#e8c77a"); fg = QStringLiteral("#6b4b00"); break;
    case Kind::Success: bg = QStringLiteral("#e8f6ee"); border = QStringLiteral("#9fd3b4"); fg = QStringLiteral("#1d5e3a"); break;
    case Kind::Information: bg = QStringLiteral("#e8f1fb"); border = QStringLiteral("#a9c8ea"); fg = QStringLiteral("#1d4b7a"); break;
    }
    setStyleSheet(QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                                 "#messageBanner QLabel { color: %3; background: transparent; }"
                                 "#messageBanner QLabel a { color: %3; }")
                      .arg(bg, border, fg));
}
