#pragma once

#include "configsection.h"
#include "user.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Users: the list on the left, the chosen user's login, name, email,
/// active and administrator flags and team membership on the right, saved
/// through UserService (errors shown as the service words them).
class UsersPage : public ConfigSection
{
    Q_OBJECT
public:
    explicit UsersPage(Workspace &ws, QWidget *parent = nullptr);

    /// Shows a user in the form (0: a new user).
    void editUser(qint64 id);
    qint64 editedUserId() const { return m_userId; }
    /// Saves the form; returns whether it was saved.
    bool save();

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QCheckBox *activeBox() const { return m_active; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *partnerBox() const { return m_partner; }
    QListWidget *teamsList() const { return m_teams; }

private:
    void fillUsers();
    void fillTeams(const QList<qint64> &memberOf);
    bool saveTeams(qint64 userId);

    qint64 m_userId = 0;
    QListWidget *m_users;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QCheckBox *m_active;
    QComboBox *m_role;
    QComboBox *m_partner;
    QListWidget *m_teams;
    QPushButton *m_save;
};
