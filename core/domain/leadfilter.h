#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// Which leads a view shows, and in which order. Shared by the grid, the
/// kanban, the CLI's `leads` and `export leads`, and saved filters.
struct LeadFilter
{
    enum class Menu { All, My, Opened, Closed, Trash }; ///< Trash: the leads in it, and only those

    Menu menu = Menu::All;
    qint64 currentUserId = 0;     ///< for Menu::My
    QList<qint64> statusIds;      ///< any of these (empty: any)
    QList<qint64> assignedTo;     ///< any of these users; -1 stands for "unassigned"
    QList<qint64> sourceIds;
    QList<qint64> tagIds;         ///< leads with any of these tags
    QDate createdFrom;            ///< inclusive
    QDate createdTo;              ///< inclusive
    QString search;               ///< search as you type: prefix terms over name, company, email, phone, city
    QList<qint64> ids;            ///< restrict to these leads (empty: no restriction)

    QString sortField = QStringLiteral("id"); ///< a lead field key, see LeadRepository::sortableFields()
    bool sortDescending = false;

    static QString menuKey(Menu m);
    static bool menuFromKey(const QString &key, Menu *out);
    bool operator==(const LeadFilter &) const = default;
};
