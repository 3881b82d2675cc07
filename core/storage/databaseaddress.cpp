#include "databaseaddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QStringList>

std::optional<DatabaseAddress> DatabaseAddress::parse(const QString &text, QString *error)
{
    DatabaseAddress a;
    const QString t = text.trimmed();
    if (!t.startsWith(QLatin1String("postgresql://")) && !t.startsWith(QLatin1String("postgres://"))) {
        a.path = text;
        return a;
    }
    // scheme://[user[:password]@][host][:port][/database][?key=value&…],
    // read by hand: QUrl refuses a user without a host ("anna@/crm?host=/run").
    auto decode = [](const QString &part) { return QUrl::fromPercentEncoding(part.toUtf8()); };
    QString rest = t.mid(t.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        a.database = decode(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        a.user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            a.password = decode(userInfo.mid(colon + 1));
    }
    if (const qsizetype colon = authority.lastIndexOf(QLatin1Char(':')); colon >= 0 && !authority.endsWith(QLatin1Char(']'))) {
        bool ok = false;
        a.port = authority.mid(colon + 1).toInt(&ok);
        if (!ok) {
            if (error)
                *error = QCoreApplication::translate("DatabaseAddress", "%1: \"%2\" is not a port.").arg(t, authority.mid(colon + 1));
            return std::nullopt;
        }
        authority.truncate(colon);
    }
    a.backend = Backend::PostgreSQL;
    a.host = decode(authority);
    QStringList options;
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = decode(item.section(QLatin1Char('='), 0, 0));
        const QString value = decode(item.section(QLatin1Char('='), 1));
        if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port"))
            a.port = value.toInt();
        else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            a.password = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else
            options << key + QLatin1Char('=') + value;
    }
    a.options = options.join(QLatin1Char(';'));
    if (a.port <= 0 || a.port > 65535) {
        if (error)
            *error = QCoreApplication::translate("DatabaseAddress", "%1: the port must be between 1 and 65535.").arg(t);
        return std::nullopt;
    }
    return a;
}

QString DatabaseAddress::display() const
{
    if (!isPostgres())
        return path;
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        out += host;
    out += QStringLiteral(":%1/%2").arg(port).arg(database);
    if (host.startsWith(QLatin1Char('/')))
        out += QStringLiteral("?host=") + host;
    return out;
}

QString DatabaseAddress::uri() const
{
    if (!isPostgres())
        return path;
    auto enc = [](const QString &part) { return QString::fromUtf8(QUrl::toPercentEncoding(part)); };
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        out += enc(user);
        if (!password.isEmpty())
            out += QLatin1Char(':') + enc(password);
        out += QLatin1Char('@');
    }
    QStringList query;
    if (host.startsWith(QLatin1Char('/')))
        query << QStringLiteral("host=") + enc(host);
    else
        out += host;
    out += QStringLiteral(":%1/%2").arg(port).arg(enc(database));
    for (const QString &o : options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        query << enc(o.section(QLatin1Char('='), 0, 0)) + QLatin1Char('=') + enc(o.section(QLatin1Char('='), 1));
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}
