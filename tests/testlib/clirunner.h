#pragma once

// quarry-cli run as a separate process, as scripts run it: the built binary
// (QUARRY_CLI_PATH), a test user "tester", a data folder inside the test's
// temporary folder, the C.UTF-8 locale. Shared by the tests of tests/cli.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

namespace CliRunner {

/// What one run of quarry-cli did.
struct Run
{
    int code = -1; ///< exit code; -1 when it crashed or timed out
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

/// "exit N / stdout / stderr", for failure messages.
inline QByteArray describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out.left(1500), r.err.left(1500)).toUtf8();
}

/// Starts `quarry-cli --database DATABASE ARGS…` with its data folder in
/// `dataHome` and the variables of `env` added; the caller finishes it.
inline QProcess *start(const QString &dataHome, const QString &database, const QStringList &args,
                       const QMap<QString, QString> &env = {})
{
    auto *p = new QProcess;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    e.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p->setProcessEnvironment(e);
    p->start(QStringLiteral(QUARRY_CLI_PATH), QStringList{QStringLiteral("--database"), database} + args);
    return p;
}

/// Waits for a started run (killed past `timeoutMs`) and frees it.
inline Run finish(QProcess *p, int timeoutMs = 60000)
{
    Run r;
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
    }
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

/// One run, start to finish.
inline Run run(const QString &dataHome, const QString &database, const QStringList &args, const QMap<QString, QString> &env = {})
{
    return finish(start(dataHome, database, args, env));
}

} // namespace CliRunner
