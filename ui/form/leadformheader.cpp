#include "leadformheader.h"

#include "icons.h"
#include "statuschevronbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QPushButton *actionButton(const QString &icon, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(Icons::icon(icon), text, parent);
    b->setIconSize(QSize(16, 16));
    return b;
}
} // namespace

LeadFormHeader::LeadFormHeader(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("formHeader"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(16, 12, 16, 12);
    v->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    backButton = new QToolButton(this);
    backButton->setIcon(Icons::icon(QStringLiteral("back")));
    backButton->setIconSize(QSize(20, 20));
    backButton->setAutoRaise(true);
    backButton->setToolTip(tr("Back to the list (Alt+Left)"));
    backButton->setAccessibleName(tr("Back to the list"));
    top->addWidget(backButton, 0, Qt::AlignTop);
    avatar = new QLabel(this);
    avatar->setObjectName(QStringLiteral("avatar"));
    avatar->setFixedSize(48, 48);
    avatar->setAlignment(Qt::AlignCenter);
    top->addWidget(avatar, 0, Qt::AlignTop);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    name = new QLabel(this);
    name->setObjectName(QStringLiteral("leadName"));
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names must not widen the window: they are cut at the right instead.
    name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    name->setMinimumWidth(120);
    titles->addWidget(name);
    m_titleSlot = new QWidget(this);
    auto *titleLayout = new QHBoxLayout(m_titleSlot);
    titleLayout->setContentsMargins(0, 0, 0, 0);
    titles->addWidget(m_titleSlot);
    auto *factsRow = new QHBoxLayout;
    factsRow->setSpacing(10);
    m_scoreSlot = new QWidget(this);
    auto *scoreLayout = new QHBoxLayout(m_scoreSlot);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    factsRow->addWidget(m_scoreSlot);
    facts = new QLabel(this);
    facts->setStyleSheet(QStringLiteral("color: #616e7c;"));
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    facts->setWordWrap(true);
    factsRow->addWidget(facts, 1);
    titles->addLayout(factsRow);
    top->addLayout(titles, 1);

    takeButton = actionButton(QStringLiteral("take-in-charge"), tr("Take in charge"), this);
    convertButton = actionButton(QStringLiteral("convert"), tr("Convert"), this);
    loseButton = actionButton(QStringLiteral("lose"), tr("Lose"), this);
    reopenButton = actionButton(QStringLiteral("reopen"), tr("Reopen"), this);
    printButton = actionButton(QStringLiteral("print"), tr("Print"), this);
    webButton = new QToolButton(this);
    webButton->setIcon(Icons::icon(QStringLiteral("web")));
    webButton->setToolTip(tr("Search the web for the company or the person"));
    webButton->setAccessibleName(webButton->toolTip());
    webButton->setPopupMode(QToolButton::InstantPopup);
    webButton->setAutoRaise(true);
    webButton->setIconSize(QSize(18, 18));
    discardButton = new QPushButton(tr("Discard"), this);
    discardButton->setToolTip(tr("Forget the changes"));
    saveButton = new QPushButton(Icons::icon(QStringLiteral("save-light")), tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("primaryButton"));
    saveButton->setToolTip(tr("Save the lead (Ctrl+S)"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (QWidget *w : std::initializer_list<QWidget *>{takeButton, convertButton, loseButton, reopenButton, printButton, webButton})
        buttons->addWidget(w);
    buttons->addSpacing(14);
    buttons->addWidget(discardButton);
    buttons->addWidget(saveButton);
    top->addLayout(buttons);
    top->setAlignment(buttons, Qt::AlignTop);
    v->addLayout(top);

    // The statuses get a row of their own: their names stay readable.
    statusBar = new StatusChevronBar(this);
    statusBar->setContentsMargins(0, 0, 0, 0);
    v->addWidget(statusBar);
}

void LeadFormHeader::setEditors(QWidget *titleEditor, QWidget *scoreEditor)
{
    titleEditor->setParent(m_titleSlot);
    m_titleSlot->layout()->addWidget(titleEditor);
    if (auto *line = qobject_cast<QLineEdit *>(titleEditor)) {
        line->setPlaceholderText(tr("What is this lead about? (e.g. 40 vans for the spring fleet)"));
        line->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid transparent; background: transparent; font-size: 11pt; color: #33414e; padding: 2px 4px; margin-left: -5px; }"
                                           "QLineEdit:hover { border-color: #dde3ea; }"
                                           "QLineEdit:focus { border-color: #2f6fb0; background: white; }"
                                           "QLineEdit[problem=\"true\"] { border-color: #d64545; }"));
    }
    scoreEditor->setParent(m_scoreSlot);
    m_scoreSlot->layout()->addWidget(scoreEditor);
}

void LeadFormHeader::setName(const QString &text, const QString &initials)
{
    name->setText(text);
    avatar->setText(initials);
}

void LeadFormHeader::setFacts(const QString &text)
{
    facts->setText(text);
}
