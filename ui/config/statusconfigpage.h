#pragma once

#include "configsection.h"
#include "leadstatus.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeView;
class StatusListModel;

/// Lead statuses: the list in sequence order, reordered by drag and drop
/// (or Move up / Move down) through StatusService::reorder, renamed in place,
/// opened or closed with a check box; the statuses holding the roles new,
/// converted and lost chosen in three combos; statuses added, and removed
/// with a "move its leads to" prompt when leads have them. Everything the
/// service refuses is shown in the banner.
class StatusConfigPage : public ConfigSection
{
    Q_OBJECT
public:
    explicit StatusConfigPage(Workspace &ws, QWidget *parent = nullptr);

    StatusListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The combo of a role (new, converted, lost).
    QComboBox *roleCombo(StatusRole role) const;

    /// Adds a status (as the Add button does); returns its id or 0.
    qint64 addStatus(const QString &name, bool isOpen = true);
    /// Removes a status, moving its leads to `moveLeadsTo` (0: none).
    bool removeStatus(qint64 id, qint64 moveLeadsTo = 0);
    /// Gives `role` to the status `id` (as the role combos do).
    bool setRole(StatusRole role, qint64 id);

private:
    void fillRoleCombos();
    void moveCurrent(int delta);
    void onRemove();
    void updateButtons();
    qint64 currentId() const;
    void select(qint64 id);

    StatusListModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_newName;
    QCheckBox *m_newClosed;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QComboBox *m_newRole;
    QComboBox *m_convertedRole;
    QComboBox *m_lostRole;
};
