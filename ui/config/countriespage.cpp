#include "countriespage.h"

#include "configundo.h"

#include "referenceservice.h"
#include "workspace.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CountriesPage::CountriesPage(Workspace &ws, QWidget *parent) : ReferenceListPage(ws, RefKind::Country, parent)
{
    m_newCode = new QLineEdit(this);
    m_newCode->setObjectName(QStringLiteral("newCodeEdit"));
    m_newCode->setPlaceholderText(tr("Code"));
    m_newCode->setMaxLength(2);
    m_newCode->setFixedWidth(70);
    m_newCode->setToolTip(tr("The ISO 3166 two-letter code, e.g. FR"));
    addBar()->insertWidget(1, m_newCode);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *title = new QLabel(tr("ISO code"), card);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #616e7c;"));
    auto *row = new QHBoxLayout;
    m_code = new QLineEdit(card);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(2);
    m_code->setFixedWidth(70);
    m_save = new QPushButton(tr("Save code"), card);
    row->addWidget(m_code);
    row->addWidget(m_save);
    row->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addLayout(row);
    setDetailsWidget(card);
    connect(m_save, &QPushButton::clicked, this, &CountriesPage::saveCode);
    connect(m_code, &QLineEdit::returnPressed, this, &CountriesPage::saveCode);
    currentItemChanged(currentItem());
}

void CountriesPage::setNewCode(const QString &code)
{
    m_newCode->setText(code);
}

ReferenceItem CountriesPage::newItem(const QString &name) const
{
    ReferenceItem item = ReferenceListPage::newItem(name);
    item.code = m_newCode->text().trimmed().toUpper();
    return item;
}

void CountriesPage::currentItemChanged(const std::optional<ReferenceItem> &item)
{
    m_code->setEnabled(item.has_value());
    m_save->setEnabled(item.has_value());
    m_code->setText(item ? item->code.toUpper() : QString());
    m_hint->setText(item ? tr("The code of %1, used by imports, phone numbers and the CLI.").arg(item->name)
                         : tr("Select a country to change its code."));
}

void CountriesPage::saveCode()
{
    auto item = currentItem();
    if (!item)
        return;
    const ReferenceItem before = *item;
    item->code = m_code->text().trimmed().toUpper();
    if (check(workspace().references().update(RefKind::Country, *item), tr("The code of %1 was not changed").arg(item->name))) {
        ConfigUndo::pushUpdate(workspace(), RefKind::Country, before, *item, tr("Change the code of %1").arg(item->name));
        clearMessage();
        selectItem(item->id);
    }
}
