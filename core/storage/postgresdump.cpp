#include "postgresdump.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace {

QString tr(const char *s) { return QCoreApplication::translate("PostgresDump", s); }

Problems failure(const QString &message)
{
    return Problems{Problem{QStringLiteral("file"), message, Problem::Kind::Failure}};
}

/// pg_dump or pg_restore: on the PATH, else the newest PostgreSQL's.
QString tool(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(*it, name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

/// libpq's connection string of `a`, without its password.
QString conninfo(const DatabaseAddress &a)
{
    auto quoted = [](QString v) {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + v + QLatin1Char('\'');
    };
    QStringList parts;
    if (!a.host.isEmpty())
        parts << QStringLiteral("host=") + quoted(a.host);
    parts << QStringLiteral("port=%1").arg(a.port);
    if (!a.user.isEmpty())
        parts << QStringLiteral("user=") + quoted(a.user);
    if (!a.database.isEmpty())
        parts << QStringLiteral("dbname=") + quoted(a.database);
    for (const QString &o : a.options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts << o.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') + quoted(o.section(QLatin1Char('='), 1));
    return parts.join(QLatin1Char(' '));
}

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const DatabaseAddress *a)
{
    Run r;
    if (program.isEmpty()) {
        r.err = tr("PostgreSQL's client tools are not installed (Debian: postgresql-client).");
        return r;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (a && !a->password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), a->password);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(-1);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace

namespace PostgresDump {

Result<qint64> dump(const DatabaseAddress &address, const QString &path)
{
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(QStringLiteral(".%1.partial-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(partial);
    const Run r = run(tool(QStringLiteral("pg_dump")),
                      {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                       QStringLiteral("--file=") + partial, QStringLiteral("--dbname=") + conninfo(address)},
                      &address);
    if (r.code != 0) {
        QFile::remove(partial);
        return failure(tr("%1 was not backed up: pg_dump failed (%2).").arg(address.display(), r.err));
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return failure(tr("The backup could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    }
    return QFileInfo(path).size();
}

Result<int> schemaVersionOf(const QString &path)
{
    // The dump's own table of contents first: a Quarry dump has quarry_meta.
    const Run list = run(tool(QStringLiteral("pg_restore")), {QStringLiteral("--list"), path}, nullptr);
    if (list.code != 0 || !list.out.contains("TABLE DATA public quarry_meta"))
        return Problems{Problem{QStringLiteral("file"), tr("%1 is not a backup of a Quarry team database (pg_dump's custom format).")
                                                             .arg(QDir::toNativeSeparators(path))}};
    const Run data = run(tool(QStringLiteral("pg_restore")),
                         {QStringLiteral("--data-only"), QStringLiteral("--table=quarry_meta"), QStringLiteral("--file=-"), path}, nullptr);
    static const QRegularExpression version(QStringLiteral("^schema_version\\t(\\d+)$"), QRegularExpression::MultilineOption);
    const auto m = version.match(QString::fromUtf8(data.out));
    if (data.code != 0 || !m.hasMatch())
        return Problems{Problem{QStringLiteral("file"), tr("%1 holds no schema version: it is not a whole backup of a Quarry team database.")
                                                             .arg(QDir::toNativeSeparators(path))}};
    return m.captured(1).toInt();
}

VoidResult restore(const DatabaseAddress &address, const QString &path)
{
    const Run r = run(tool(QStringLiteral("pg_restore")),
                      {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
                       QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                       QStringLiteral("--dbname=") + conninfo(address), path},
                      &address);
    if (r.code != 0)
        return failure(tr("%1 was not restored: pg_restore failed (%2). The database was not changed.").arg(address.display(), r.err));
    return {};
}

} // namespace PostgresDump
