#include "teamlogin.h"

#include "databaseaddress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace {

QString tr(const char *s) { return QCoreApplication::translate("TeamLogin", s); }

const QString Service = QStringLiteral("Quarry");

/// The keychain's key of a server's login: the address without password.
QString keyOf(const DatabaseAddress &a)
{
    DatabaseAddress shown = a;
    shown.password.clear();
    return shown.uri();
}

/// Runs a keychain job to its end (they report asynchronously).
void finish(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

namespace TeamLogin {

QString rememberedServer()
{
    return QSettings().value(QStringLiteral("team/server")).toString();
}

void rememberServer(const QString &uri)
{
    QSettings s;
    if (uri.isEmpty()) {
        s.remove(QStringLiteral("team/server"));
        return;
    }
    auto a = DatabaseAddress::parse(uri);
    if (!a)
        return;
    a->password.clear();
    s.setValue(QStringLiteral("team/server"), a->uri());
}

QString withPassword(const QString &uri, QWidget *parent, bool ask)
{
    auto a = DatabaseAddress::parse(uri);
    if (!a || !a->isPostgres() || !a->password.isEmpty() || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return uri;
    QKeychain::ReadPasswordJob job(Service);
    job.setAutoDelete(false);
    job.setKey(keyOf(*a));
    finish(job);
    if (job.error() == QKeychain::NoError && !job.textData().isEmpty()) {
        a->password = job.textData();
        return a->uri();
    }
    if (!ask)
        return uri;
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Team server"),
                                                   tr("Password of %1 on %2:").arg(a->user.isEmpty() ? tr("your login") : a->user,
                                                                                   a->display()),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return {};
    a->password = password;
    return a->uri();
}

bool keepPassword(const QString &uri, const QString &password, QString *error)
{
    const auto a = DatabaseAddress::parse(uri);
    if (!a)
        return false;
    QKeychain::WritePasswordJob job(Service);
    job.setAutoDelete(false);
    job.setKey(keyOf(*a));
    job.setTextData(password);
    finish(job);
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace TeamLogin
