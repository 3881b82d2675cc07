#pragma once

#include <QWidget>

/// Stands in for a view that a later part of Quarry provides (kanban,
/// partners, contacts, opportunities, configuration, lead form tabs): an
/// icon, the view's name and one sentence on what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &iconName, const QString &title, const QString &text, QWidget *parent = nullptr);
};
