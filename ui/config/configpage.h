#pragma once

#include "reference.h"

#include <QHash>
#include <QWidget>

#include <functional>

class ConfigSection;
class QListWidget;
class QStackedWidget;
class Workspace;

/// The configuration page: the sections on the left (statuses, CRM options,
/// users, teams, every reference list, countries, cities), the chosen
/// section's page on the right. Pages are built when first shown.
class ConfigPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPage(Workspace &ws, QWidget *parent = nullptr);

    /// Section keys in display order: "statuses", "options", "email_templates", "users", then
    /// the reference lists by their key ("industries", "tags", …), "cities".
    QStringList sectionKeys() const;
    /// Shows a section (building its page) and returns the page, or nullptr.
    ConfigSection *showSection(const QString &key);
    QString currentSection() const { return m_current; }

signals:
    /// The user asked to import a list from CSV: industries (RefKind::Industry)
    /// or cities (RefKind::City). The import workflow connects here.
    void csvImportRequested(RefKind kind);

private:
    struct Section
    {
        QString key;
        QString title;
        QString group;
        std::function<ConfigSection *()> make;
    };
    void addSection(const QString &group, const QString &key, const QString &title, std::function<ConfigSection *()> make);

    Workspace &m_ws;
    QList<Section> m_sections;
    QHash<QString, ConfigSection *> m_pages;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QString m_current;
};
