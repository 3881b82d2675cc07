#include "configsection.h"

#include "messagebanner.h"

#include <QLabel>
#include <QVBoxLayout>

ConfigSection::ConfigSection(Workspace &ws, const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("configTitle"));
    heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1f2933;"));
    layout->addWidget(heading);
    if (!description.isEmpty()) {
        auto *text = new QLabel(description, this);
        text->setObjectName(QStringLiteral("configDescription"));
        text->setWordWrap(true);
        text->setStyleSheet(QStringLiteral("color: #616e7c;"));
        layout->addWidget(text);
    }
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    layout->addLayout(m_body, 1);
}

QString ConfigSection::message() const
{
    return m_banner->text();
}

void ConfigSection::showProblems(const QString &title, const Problems &problems)
{
    QList<MessageBanner::Line> lines;
    for (const Problem &p : problems)
        lines << MessageBanner::Line{p.message, {}};
    m_banner->showMessage(MessageBanner::Kind::Error, title, lines);
}

bool ConfigSection::check(const VoidResult &result, const QString &title)
{
    if (result)
        return true;
    showProblems(title, result.problems());
    return false;
}

void ConfigSection::showDone(const QString &text, const QString &actionText, const std::function<void()> &action)
{
    m_banner->showMessage(MessageBanner::Kind::Success, text);
    if (!actionText.isEmpty() && action)
        m_banner->addAction(actionText, action);
}

void ConfigSection::clearMessage()
{
    m_banner->clear();
}
