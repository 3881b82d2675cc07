#include "connectdialog.h"

#include "database.h"
#include "databaseaddress.h"
#include "teamlogin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a team server"));
    setObjectName(QStringLiteral("connectDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team shares one PostgreSQL database: each person logs in with their own login and "
                                "password, and the server lets them see and change what their role allows."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("crm.example.org or /run/postgresql"));
    m_host->setToolTip(tr("The server's host name, or the folder of its Unix socket."));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(QStringLiteral("quarry"));
    m_login = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in this computer's keychain"), this);
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    QPushButton *local = buttons->addButton(tr("Use this computer's file"), QDialogButtonBox::ResetRole);
    local->setObjectName(QStringLiteral("useLocalFile"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryConnect())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(local, &QPushButton::clicked, this, [this] {
        m_chosen.clear();
        TeamLogin::rememberServer({});
        accept();
    });
    // The server worked on now, or the one remembered, fills the fields.
    const QString known = current.startsWith(QLatin1String("postgres")) ? current : TeamLogin::rememberedServer();
    if (const auto a = DatabaseAddress::parse(known); a && a->isPostgres()) {
        m_host->setText(a->host);
        m_port->setValue(a->port);
        m_database->setText(a->database);
        m_login->setText(a->user);
    }
}

QString ConnectDialog::address() const
{
    DatabaseAddress a;
    a.backend = DatabaseAddress::Backend::PostgreSQL;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed().isEmpty() ? QStringLiteral("quarry") : m_database->text().trimmed();
    a.user = m_login->text().trimmed();
    return a.uri();
}

bool ConnectDialog::tryConnect()
{
    m_problem->hide();
    if (m_host->text().trimmed().isEmpty() || m_login->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Give the server and your login."));
        m_problem->show();
        return false;
    }
    auto a = DatabaseAddress::parse(address()).value();
    a.password = m_password->text();
    const QString withPassword = a.password.isEmpty() ? TeamLogin::withPassword(a.uri(), this, false) : a.uri();
    {
        // The server checks the password and the database: the same open as the app's.
        Database db;
        if (VoidResult r = db.open(withPassword); !r) {
            m_problem->setText(r.errorText());
            m_problem->show();
            return false;
        }
    }
    if (m_remember->isChecked() && !a.password.isEmpty()) {
        QString error;
        if (!TeamLogin::keepPassword(a.uri(), a.password, &error)) {
            m_problem->setText(tr("Connected, but the password could not be kept in the keychain (%1): it will be asked at each start.").arg(error));
            m_problem->show();
        }
    }
    TeamLogin::rememberServer(a.uri());
    m_chosen = withPassword;
    return true;
}
