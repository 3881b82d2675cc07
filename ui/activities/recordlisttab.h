#pragma once

#include "lead.h"
#include "leadtabpage.h"
#include "result.h"

#include <QDateTime>

#include <functional>

class MessageBanner;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class Workspace;

/// The common frame of the Events, Emails, Attachments and Tickets tabs: a
/// row of buttons, a banner for refusals, a hint when the lead cannot take
/// entries (not saved yet, converted), and a sortable list whose rows carry
/// the record id. It follows the Workspace signals so that the list stays
/// in step with changes made anywhere.
class RecordListTab : public LeadTabPage
{
    Q_OBJECT
public:
    /// Asks the user to confirm `text`; tests replace it.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit RecordListTab(Workspace &ws, QWidget *parent = nullptr);

    void setLead(const Lead &lead) override;
    /// Re-reads the lead's records, keeping the selection.
    void reload();

    qint64 leadId() const { return m_lead.id; }
    QTreeWidget *list() const { return m_list; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *hint() const { return m_hint; }
    /// The id of the current row (0: none).
    qint64 currentId() const;
    /// Makes the row of `id` current; false when it is not listed.
    bool selectId(qint64 id);
    /// The ids listed, in the order shown.
    QList<qint64> ids() const;

    /// Replaces the confirmation question for every tab (empty: a message box).
    static void setConfirm(Confirm confirm);

protected:
    /// Fills the list with the lead's records (the list is empty, lead saved).
    virtual void fill() = 0;
    /// The count for the tab title.
    virtual int count() const = 0;
    /// Enables the buttons for the lead and the current row.
    virtual void updateActions() = 0;
    /// The hint shown under the buttons for a saved, changeable lead (empty: none).
    virtual QString readyHint() const { return {}; }
    /// What the tab says when the lead is not saved yet.
    virtual QString unsavedHint() const = 0;
    /// The current row changed (the Emails tab previews it).
    virtual void currentChanged() {}
    /// The Delete key on the list (tabs that remove entries remove the current one).
    virtual void deleteRequested() {}
    /// A double-click or Enter on a row (edit or open it).
    virtual void activateRequested() {}

    bool eventFilter(QObject *watched, QEvent *event) override;

    /// Whether records may be added: the lead is saved and not converted.
    bool canAdd() const { return m_lead.id != 0 && !m_converted; }
    const Lead &lead() const { return m_lead; }

    QPushButton *addButton(const QString &icon, const QString &text, const QString &objectName, const QString &toolTip = {});
    /// Adds a row; `sortKeys` per column (a QDateTime, a number…) order it
    /// instead of its text.
    QTreeWidgetItem *addRow(qint64 id, const QStringList &texts, const QList<QVariant> &sortKeys = {});
    void setHeaders(const QStringList &headers);
    /// Shows the refusals of a service in the banner.
    void showProblems(const QString &title, const Problems &problems);
    void showError(const QString &title);
    void clearMessage();
    bool confirm(const QString &title, const QString &text);
    /// A date and time as the user reads them.
    static QString when(const QDateTime &at);
    /// A width that shows when() whole.
    int dateColumnWidth() const;

    Workspace &m_ws;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_buttons;

private:
    void onLeadsChanged(const QList<qint64> &ids);
    void refreshHint();

    Lead m_lead;
    bool m_converted = false;
    QLabel *m_hint;
    MessageBanner *m_banner;
    QTreeWidget *m_list;
};
