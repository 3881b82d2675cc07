#include "page.h"

#include <QCoreApplication>
#include <QList>

namespace Pages {

QList<Page> all()
{
    return {Page::MyLeads, Page::OpenedLeads, Page::ClosedLeads, Page::Trash, Page::AllLeads, Page::Kanban,
            Page::Partners, Page::Contacts, Page::Opportunities, Page::Configuration};
}

QString key(Page page)
{
    switch (page) {
    case Page::MyLeads: return QStringLiteral("my");
    case Page::OpenedLeads: return QStringLiteral("opened");
    case Page::ClosedLeads: return QStringLiteral("closed");
    case Page::Trash: return QStringLiteral("trash");
    case Page::AllLeads: return QStringLiteral("all");
    case Page::Kanban: return QStringLiteral("kanban");
    case Page::Partners: return QStringLiteral("partners");
    case Page::Contacts: return QStringLiteral("contacts");
    case Page::Opportunities: return QStringLiteral("opportunities");
    case Page::Configuration: return QStringLiteral("configuration");
    }
    return {};
}

bool fromKey(const QString &k, Page *page)
{
    for (Page p : all())
        if (key(p) == k) {
            *page = p;
            return true;
        }
    return false;
}

QString title(Page page)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Pages", s); };
    switch (page) {
    case Page::MyLeads: return tr("My leads");
    case Page::OpenedLeads: return tr("Opened leads");
    case Page::ClosedLeads: return tr("Closed leads");
    case Page::Trash: return tr("Trash");
    case Page::AllLeads: return tr("All leads");
    case Page::Kanban: return tr("Kanban");
    case Page::Partners: return tr("Partners");
    case Page::Contacts: return tr("Contacts");
    case Page::Opportunities: return tr("Opportunities");
    case Page::Configuration: return tr("Configuration");
    }
    return {};
}

QString iconName(Page page)
{
    switch (page) {
    case Page::MyLeads: return QStringLiteral("my-leads");
    case Page::OpenedLeads: return QStringLiteral("inbox");
    case Page::ClosedLeads: return QStringLiteral("archive");
    case Page::Trash: return QStringLiteral("delete");
    case Page::AllLeads: return QStringLiteral("grid");
    case Page::Kanban: return QStringLiteral("kanban");
    case Page::Partners: return QStringLiteral("partners");
    case Page::Contacts: return QStringLiteral("contacts");
    case Page::Opportunities: return QStringLiteral("opportunities");
    case Page::Configuration: return QStringLiteral("settings");
    }
    return {};
}

bool isLeadList(Page page)
{
    return page == Page::MyLeads || page == Page::OpenedLeads || page == Page::ClosedLeads || page == Page::Trash
           || page == Page::AllLeads;
}

} // namespace Pages
