#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// File > Connect to a team server…: the server, the database and the login
/// of a team's PostgreSQL database. OK connects (the server checks the
/// password) before it closes; the server is remembered for the next start,
/// the password only in the desktop's keychain when asked. "Use this
/// computer's file" goes back to the local SQLite file.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const QString &current, QWidget *parent = nullptr);

    /// The address chosen (with its password), or "" for the local file.
    QString chosen() const { return m_chosen; }
    /// The address the fields describe, without password.
    QString address() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *problemLabel() const { return m_problem; }

    /// Connects with the fields; true (and chosen()) when the server let
    /// the login in and the database is Quarry's or empty.
    bool tryConnect();

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QString m_chosen;
};
