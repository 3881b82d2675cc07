#include "cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QList<CliCommand> &cliCommands()
{
    static QList<CliCommand> commands;
    return commands;
}

void Cli::print(const QJsonValue &value, const QString &text)
{
    if (json) {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        out << doc.toJson(QJsonDocument::Indented);
    } else if (!text.isEmpty()) {
        out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            out << '\n';
    }
    out.flush();
}

void Cli::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << int(h.size());
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMin(40, qMax(widths[i], int(row[i].size())));
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i) {
            QString c = cells[i];
            c.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (c.size() > 40)
                c = c.left(39) + QChar(0x2026);
            padded << (i + 1 == cells.size() ? c : c.leftJustified(widths[i]));
        }
        out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

int Cli::fail(const Problems &problems, int code)
{
    err << describe(problems) << '\n';
    err.flush();
    // A locked, read-only or failing database is a failure whatever the
    // command expected: nothing was changed.
    return code == Exit::Refused && hasFailure(problems) ? Exit::Failed : code;
}

int Cli::fail(const QString &message, int code)
{
    return fail(Problems{Problem{QString(), message}}, code);
}

int Cli::usage(const QString &message)
{
    err << message << '\n' << "Run quarry-cli --help for the commands.\n";
    err.flush();
    return Exit::Usage;
}

bool Cli::parseAssignments(const QStringList &args, QList<std::pair<QString, QString>> *out, QString *bad)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$"), QRegularExpression::DotMatchesEverythingOption);
    for (const QString &a : args) {
        const auto m = re.match(a);
        if (!m.hasMatch()) {
            *bad = a;
            return false;
        }
        out->append({m.captured(1), m.captured(2)});
    }
    return true;
}

bool Cli::parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

bool Cli::parseIds(const QStringList &args, QList<qint64> *ids)
{
    for (const QString &a : args)
        for (const QString &part : a.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            qint64 id = 0;
            if (!parseId(part.trimmed(), &id))
                return false;
            ids->append(id);
        }
    return !ids->isEmpty();
}

bool Cli::takeOption(QStringList &args, const QString &name, QString *value, bool *missingValue)
{
    if (missingValue)
        *missingValue = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size()) {
                if (missingValue)
                    *missingValue = true;
                args.removeAt(i);
                return false;
            }
            *value = args[i + 1];
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            *value = args[i].mid(name.size() + 1);
            args.removeAt(i);
            return true;
        }
    }
    return false;
}

bool Cli::takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}
