#include "cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

QList<CliCommand> &cliCommands()
{
    static QList<CliCommand> commands;
    return commands;
}

QString CliIo::visible(const QString &text, bool keepNewlines)
{
    auto isControl = [](char16_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text; // the usual case: nothing to copy
    QString out;
    out.reserve(text.size() + 16);
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isControl(c) || (keepNewlines && c == u'\n'))
            out += ch;
        else
            out += QStringLiteral("\\x") + QString::number(c, 16).rightJustified(2, QLatin1Char('0'));
    }
    return out;
}

QString CliIo::jsonText(const QJsonDocument &doc, bool indented)
{
    QString text = QString::fromUtf8(doc.toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact));
    // Outside strings JSON holds no such character: escaping them keeps the document valid.
    for (qsizetype i = 0; i < text.size(); ++i)
        if (const char16_t c = text.at(i).unicode(); c >= 0x7F && c <= 0x9F) {
            const QString escape = QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            text.replace(i, 1, escape);
            i += escape.size() - 1;
        }
    return text;
}

void CliIo::print(const QJsonValue &value, const QString &text)
{
    if (json) {
        out << jsonText(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()));
    } else if (!text.isEmpty()) {
        out << visible(text);
        if (!text.endsWith(QLatin1Char('\n')))
            out << '\n';
    }
    out.flush();
}

void CliIo::printTable(const QStringList &headers, const QList<QStringList> &givenRows)
{
    // One line a row: a line feed in a cell is a space, any other control
    // character a visible escape (counted in the widths).
    auto cleaned = [](const QStringList &cells) {
        QStringList out;
        for (QString c : cells)
            out << visible(c.replace(QLatin1Char('\n'), QLatin1Char(' ')), false);
        return out;
    };
    QList<QStringList> rows;
    rows.reserve(givenRows.size());
    for (const QStringList &row : givenRows)
        rows << cleaned(row);
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

int CliIo::fail(const Problems &problems, int code)
{
    // Messages may quote the refused value.
    err << visible(describe(problems)) << '\n';
    err.flush();
    // A locked, read-only or failing database is a failure whatever the
    // command expected: nothing was changed.
    return code == Exit::Refused && hasFailure(problems) ? Exit::Failed : code;
}

int CliIo::fail(const QString &message, int code)
{
    return fail(Problems{Problem{QString(), message}}, code);
}

int CliIo::usage(const QString &message)
{
    err << visible(message) << '\n' << "Run quarry-cli --help for the commands.\n";
    err.flush();
    return Exit::Usage;
}

bool CliIo::parseAssignments(const QStringList &args, QList<std::pair<QString, QString>> *out, QString *bad)
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

bool CliIo::parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

bool CliIo::parseIds(const QStringList &args, QList<qint64> *ids)
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

bool CliIo::takeOption(QStringList &args, const QString &name, QString *value, bool *missingValue)
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

bool CliIo::takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}
