#pragma once

#include "leadfilter.h"
#include "savedfilterservice.h"

#include <QFrame>

#include <functional>

class QToolButton;
class QLabel;
class Workspace;

/// The filters above the grid: status, assigned to, source, tags and
/// created between, each a button whose popup checks the values wanted
/// (applied as they are ticked), a "Clear" button, and the saved filters
/// menu (apply, save the current filter under a name, delete).
class LeadFilterBar : public QFrame
{
    Q_OBJECT
public:
    explicit LeadFilterBar(Workspace &ws, QWidget *parent = nullptr);

    /// Writes the bar's criteria into `filter` (the other members are kept).
    void applyTo(LeadFilter &filter) const;
    /// Shows the criteria of `filter` (a saved filter being applied).
    void setCriteria(const LeadFilter &filter);
    void clear();
    /// Whether any criterion is set.
    bool isActive() const;
    /// Gives the whole filter to save (menu, search and sort included).
    void setCurrentFilterProvider(std::function<LeadFilter()> provider) { m_current = std::move(provider); }

    SavedFilterService &savedFilters() { return m_saved; }

    /// The filter buttons, for tests: "status", "assigned_to", "source", "tags", "created", "saved".
    QToolButton *button(const QString &key) const;

signals:
    /// A criterion changed.
    void changed();
    /// The user applied a saved filter: the grid takes it whole.
    void savedFilterApplied(const LeadFilter &filter);
    /// A saved filter could not be saved or removed.
    void problem(const QString &message);

private:
    struct Choice
    {
        qint64 id;
        QString name;
        QString color;
    };
    QToolButton *addButton(const QString &key, const QString &iconName, const QString &text);
    void showChecklist(QToolButton *button, const QList<Choice> &choices, QList<qint64> *selected);
    void showDateRange();
    void showSavedFilters();
    void refreshButtons();
    QList<Choice> statusChoices() const;
    QList<Choice> userChoices() const;
    QList<Choice> refChoices(int kind) const;

    Workspace &m_ws;
    SavedFilterService m_saved;
    std::function<LeadFilter()> m_current;
    QList<qint64> m_statuses, m_users, m_sources, m_tags;
    QDate m_from, m_to;
    QToolButton *m_status, *m_assigned, *m_source, *m_tagsButton, *m_created, *m_clear, *m_savedButton;
};
