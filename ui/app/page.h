#pragma once

#include <QString>

/// The views of the main window, in navigation order.
enum class Page { MyLeads, OpenedLeads, ClosedLeads, Trash, AllLeads, Kanban, Partners, Contacts, Opportunities, Configuration };

namespace Pages {
/// Every page, in navigation order.
QList<Page> all();
/// The stable key saved in the settings ("my", "kanban", …).
QString key(Page page);
bool fromKey(const QString &key, Page *page);
/// The translated name shown in the navigation.
QString title(Page page);
/// The icon name (see Icons::icon).
QString iconName(Page page);
/// Whether the page is one of the four lead lists (the grid).
bool isLeadList(Page page);
} // namespace Pages
