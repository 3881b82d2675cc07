#pragma once

#include "referencelistpage.h"

class QLabel;
class QListWidget;
class QListWidgetItem;

/// Teams: the reference page with each team's members, ticked in a list of
/// users and saved through UserService::setTeamMembers.
class TeamsPage : public ReferenceListPage
{
    Q_OBJECT
public:
    explicit TeamsPage(Workspace &ws, QWidget *parent = nullptr);

    QListWidget *membersList() const { return m_members; }

protected:
    void currentItemChanged(const std::optional<ReferenceItem> &item) override;

private:
    void memberToggled(QListWidgetItem *item);
    QListWidget *m_members;
    QLabel *m_hint;
    bool m_saving = false;
};
