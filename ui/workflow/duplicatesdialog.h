#pragma once

#include "mergeservice.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>

class WorkflowProblems;
class MessageBanner;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;

/// What merging a group will do, before anything is written: which value
/// comes from which lead, and the values that do not survive (kept on the
/// master's timeline). Merge confirms, Cancel changes nothing.
class MergePlanDialog : public QDialog
{
    Q_OBJECT
public:
    MergePlanDialog(Workspace &ws, const MergePlan &plan, QWidget *parent = nullptr);

    QTreeWidget *gains() const { return m_gains; }
    QTreeWidget *losses() const { return m_losses; }

private:
    QTreeWidget *m_gains;
    QTreeWidget *m_losses;
};

/// Tools > Check duplicates: pick the fields to compare (those the
/// DuplicateFinder accepts), over the selected leads or all leads; the groups
/// found are listed with each lead's name, company, email, phone, status and
/// creation; per group, choose the master, merge the group into it (after
/// showing MergeService's plan), or mark it "not duplicates" so it is not
/// proposed again. After a merge the group leaves the list and the master can
/// be opened.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `scope`: the selected leads (fewer than two: all leads).
    DuplicatesDialog(Workspace &ws, const QList<qint64> &scope, QWidget *parent = nullptr);

    /// A merge made here and still in effect when the dialog closes (for the
    /// main window's undo).
    struct Merge
    {
        qint64 mergeId = 0;
        qint64 master = 0;
        QList<qint64> others;
        QString masterName;
    };
    QList<Merge> merges() const { return m_merges; }
    ~DuplicatesDialog() override;

    /// Ticks exactly these fields (keys of DuplicateFinder::fieldKeys()).
    void setFields(const QStringList &keys);
    QStringList fields() const;
    /// Searches with the ticked fields and scope; false (problem shown) when refused.
    bool find();
    /// The groups listed, in order, and the master chosen for each.
    QList<QList<qint64>> groups() const;
    qint64 masterOf(int group) const;
    /// Makes `leadId` the master of its group.
    void setMaster(int group, qint64 leadId);

    /// Shows the plan of merging `group` into its master and merges when
    /// confirmed; false when refused or cancelled (nothing changed).
    bool mergeGroup(int group);
    /// Marks the leads of `group` as not duplicates of each other; the group leaves the list.
    bool markNotDuplicates(int group);

    /// How a merge is confirmed (default: a MergePlanDialog); tests replace it.
    void setMergeConfirmation(std::function<bool(const MergePlan &)> confirm) { m_confirm = std::move(confirm); }
    /// The master of the last merge (0: none yet).
    qint64 lastMasterId() const { return m_lastMasterId; }
    /// Undoes the last merge made here (the leads come back, the search runs again).
    bool undoLastMerge();
    /// The banner's text (problems, results).
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// The user asked to open a lead (a master after a merge, or any lead listed).
    void openLeadRequested(qint64 leadId);

private:
    struct Group
    {
        QList<qint64> ids;
        qint64 master = 0;
    };
    int currentGroup() const;
    void populateGroup(int group);
    void rebuildGroup(int group);
    void removeGroup(int group);
    void updateButtons();
    void showResult(const QString &text);

    Workspace &m_ws;
    QList<qint64> m_scope;
    QList<Group> m_groups;
    qint64 m_lastMasterId = 0;
    qint64 m_lastMergeId = 0;
    bool m_updating = false;
    std::function<bool(const MergePlan &)> m_confirm;

    MessageBanner *m_banner;
    WorkflowProblems *m_problems;
    QHash<QString, QCheckBox *> m_fieldBoxes;
    QRadioButton *m_scopeSelection;
    QRadioButton *m_scopeAll;
    QPushButton *m_findButton;
    QLabel *m_countLabel;
    QTreeWidget *m_tree;
    QPushButton *m_setMaster;
    QPushButton *m_merge;
    QPushButton *m_notDuplicates;
    QPushButton *m_openLead;
    QPushButton *m_openMaster;
    QPushButton *m_undoMerge;
    QList<Merge> m_merges;
};
