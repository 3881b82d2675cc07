#include "configpage.h"

#include "citiespage.h"
#include "countriespage.h"
#include "emailtemplatespage.h"
#include "optionspage.h"
#include "productspage.h"
#include "referencelistpage.h"
#include "statusconfigpage.h"
#include "tagspage.h"
#include "teamspage.h"
#include "userspage.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>

namespace {
QString listLabel(RefKind kind)
{
    const RefListInfo *info = refListInfo(kind);
    return info ? QCoreApplication::translate("RefList", info->label) : QString();
}
QString listKey(RefKind kind)
{
    const RefListInfo *info = refListInfo(kind);
    return info ? QString::fromLatin1(info->key) : QString();
}
} // namespace

ConfigPage::ConfigPage(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("configPage"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("configSections"));
    m_list->setFixedWidth(230);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // names fit; a bar would only appear with the vertical one
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget#configSections { background: #ffffff; border: none; border-right: 1px solid #dde3ea; outline: none; padding: 8px 6px; }"
        "QListWidget#configSections::item { padding: 5px 10px; border-radius: 5px; color: #1f2933; }"
        "QListWidget#configSections::item:selected { background: #e3eefa; color: #1d4b7a; font-weight: bold; }"
        "QListWidget#configSections::item:hover:!selected { background: #f1f5f9; }"));
    m_stack = new QStackedWidget(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    Workspace *w = &ws;
    const QString leads = tr("Leads");
    addSection(leads, QStringLiteral("statuses"), tr("Statuses"), [w] { return new StatusConfigPage(*w); });
    addSection(leads, QStringLiteral("options"), tr("CRM options"), [w] { return new OptionsPage(*w); });
    addSection(leads, QStringLiteral("email_templates"), tr("Email templates"), [w] { return new EmailTemplatesPage(*w); });
    const QString people = tr("People");
    addSection(people, QStringLiteral("users"), tr("Users"), [w] { return new UsersPage(*w); });
    addSection(people, listKey(RefKind::Team), listLabel(RefKind::Team), [w] { return new TeamsPage(*w); });

    // The simple lists are one page class, told which list it shows.
    auto simple = [this, w](RefKind kind) {
        return [this, w, kind]() -> ConfigSection * {
            auto *page = new ReferenceListPage(*w, kind);
            if (kind == RefKind::Industry) {
                page->setImportable(true);
                connect(page, &ReferenceListPage::importRequested, this, &ConfigPage::csvImportRequested);
            }
            return page;
        };
    };
    const QString lists = tr("Lead lists");
    for (RefKind kind : {RefKind::Industry, RefKind::Function, RefKind::Department, RefKind::Source, RefKind::Category,
                         RefKind::LossReason})
        addSection(lists, listKey(kind), listLabel(kind), simple(kind));
    addSection(lists, listKey(RefKind::Tag), listLabel(RefKind::Tag), [w] { return new TagsPage(*w); });
    const QString marketing = tr("Marketing and sales");
    for (RefKind kind : {RefKind::Campaign, RefKind::DistributionChannel, RefKind::MarketingList, RefKind::SalesDirection})
        addSection(marketing, listKey(kind), listLabel(kind), simple(kind));
    addSection(marketing, listKey(RefKind::Product), listLabel(RefKind::Product), [w] { return new ProductsPage(*w); });
    const QString organisation = tr("Organisation");
    for (RefKind kind : {RefKind::Company, RefKind::Agency, RefKind::Location})
        addSection(organisation, listKey(kind), listLabel(kind), simple(kind));
    const QString places = tr("Places");
    addSection(places, listKey(RefKind::Country), listLabel(RefKind::Country), [w] { return new CountriesPage(*w); });
    addSection(places, QStringLiteral("cities"), tr("Cities"), [this, w]() -> ConfigSection * {
        auto *page = new CitiesPage(*w);
        connect(page, &CitiesPage::importRequested, this, &ConfigPage::csvImportRequested);
        return page;
    });

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty())
            showSection(item->data(Qt::UserRole).toString());
    });
    const QString last = QSettings().value(QStringLiteral("configuration/section")).toString();
    showSection(sectionKeys().contains(last) ? last : QStringLiteral("statuses"));
}

void ConfigPage::addSection(const QString &group, const QString &key, const QString &title, std::function<ConfigSection *()> make)
{
    if (m_sections.isEmpty() || m_sections.last().group != group) {
        // A small heading above each group; not selectable.
        auto *heading = new QListWidgetItem(group.toUpper(), m_list);
        heading->setFlags(Qt::NoItemFlags);
        QFont f = heading->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.8);
        heading->setFont(f);
        heading->setForeground(QColor(0x7b, 0x87, 0x94));
        if (!m_sections.isEmpty())
            heading->setSizeHint(QSize(0, 34));
    }
    auto *item = new QListWidgetItem(title, m_list);
    item->setData(Qt::UserRole, key);
    m_sections << Section{key, title, group, std::move(make)};
}

QStringList ConfigPage::sectionKeys() const
{
    QStringList keys;
    for (const Section &s : m_sections)
        keys << s.key;
    return keys;
}

ConfigSection *ConfigPage::showSection(const QString &key)
{
    ConfigSection *page = m_pages.value(key);
    if (!page) {
        for (const Section &s : std::as_const(m_sections))
            if (s.key == key)
                page = s.make();
        if (!page)
            return nullptr;
        page->setParent(this);
        m_pages.insert(key, page);
        m_stack->addWidget(page);
    }
    m_current = key;
    m_stack->setCurrentWidget(page);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == key && m_list->currentRow() != i) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
        }
    QSettings().setValue(QStringLiteral("configuration/section"), key);
    return page;
}
