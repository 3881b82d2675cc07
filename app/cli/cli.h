#pragma once

#include "result.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>

class Workspace;

/// Exit codes of quarry-cli (docs/cli.md).
namespace Exit {
inline constexpr int Done = 0;
inline constexpr int Refused = 1; ///< done in part, or refused by a rule
inline constexpr int Usage = 2;
inline constexpr int Failed = 3;  ///< failed, nothing changed
} // namespace Exit

/// The ways a command answers: one JSON document with --json, aligned text
/// otherwise; errors to stderr. The helpers every command shares.
class CliIo
{
public:
    CliIo(bool json, QTextStream &out, QTextStream &err) : json(json), out(out), err(err) {}

    const bool json;
    QTextStream &out;
    QTextStream &err;

    /// Prints `value` as the JSON document (with --json) or `text` otherwise.
    void print(const QJsonValue &value, const QString &text);
    /// Prints an aligned table for people.
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    /// Reports problems on stderr and returns `code`.
    int fail(const Problems &problems, int code = Exit::Refused);
    int fail(const QString &message, int code = Exit::Refused);
    int usage(const QString &message);

    /// `text` safe for a terminal: every control character (U+0000–U+001F,
    /// U+007F, U+0080–U+009F) shown as a visible escape such as "\x1b", so
    /// that a stored value can never move the cursor, change colours or
    /// clear the screen. Line feeds are kept when `keepNewlines`.
    static QString visible(const QString &text, bool keepNewlines = true);
    /// A JSON document's text with U+007F–U+009F written as \u escapes:
    /// QJsonDocument escapes only U+0000–U+001F, and a terminal may read a
    /// raw U+009B as the start of an escape sequence.
    static QString jsonText(const QJsonDocument &doc, bool indented = true);
    /// Splits FIELD=VALUE arguments; a malformed one is a usage error.
    static bool parseAssignments(const QStringList &args, QList<std::pair<QString, QString>> *out, QString *bad);
    /// Parses a lead id; false on anything else.
    static bool parseId(const QString &text, qint64 *id);
    /// Parses "1,2,3" (or several arguments) into ids.
    static bool parseIds(const QStringList &args, QList<qint64> *ids);
    /// Takes "--name VALUE" out of args (also "--name=VALUE"). Returns false
    /// when the option is missing; sets *missingValue when given without value.
    static bool takeOption(QStringList &args, const QString &name, QString *value, bool *missingValue = nullptr);
    static bool takeFlag(QStringList &args, const QString &name);
};

/// What a command gets: the open workspace, its arguments, and the ways to
/// answer. Commands are thin: parse, call one service, print.
class Cli : public CliIo
{
public:
    Cli(Workspace &ws, bool json, QTextStream &out, QTextStream &err) : CliIo(json, out, err), ws(ws) {}

    Workspace &ws;
};

/// A command: "lead add", "status rename", … with a one-line synopsis.
struct CliCommand
{
    QStringList words;   ///< {"lead", "add"}
    QString synopsis;    ///< "FIELD=VALUE …"
    QString help;
    std::function<int(Cli &, QStringList args)> run;
    /// Instead of run, for the commands that work on the database file
    /// itself and must work when it does not open (restore): the path
    /// given with --database, no workspace.
    std::function<int(CliIo &, const QString &database, QStringList args)> runOnFile = {};
};

/// Every command file registers its commands with a static CliRegistrar.
QList<CliCommand> &cliCommands();
struct CliRegistrar
{
    explicit CliRegistrar(std::initializer_list<CliCommand> commands)
    {
        for (const CliCommand &c : commands)
            cliCommands() << c;
    }
};

struct LeadFilter;
/// Takes the list filters (--status, --menu, --search, --sort, --limit) out
/// of args into `filter` and `*limit` (-1: all). Returns a usage problem text
/// or "" when they parse. Shared by `leads` and `export leads`.
QString takeLeadFilter(Cli &cli, QStringList &args, LeadFilter *filter, qint64 *limit);
