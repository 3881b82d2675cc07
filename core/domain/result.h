#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/// One thing wrong with a request: the field (snake_case lead field, CSV
/// column, option or command argument) and a translated message naming it.
struct Problem
{
    /// A refusal by a rule (the request can be corrected and sent again), or
    /// a failure of the database (locked, read-only, full): nothing was
    /// changed, and the same request may succeed later. The CLI exits 1 for
    /// the first and 3 for the second.
    enum class Kind { Rule, Failure };

    QString field;
    QString message;
    Kind kind = Kind::Rule;
    bool operator==(const Problem &) const = default;
};
using Problems = QList<Problem>;

/// True when one of `problems` is a failure of the database, not a rule.
inline bool hasFailure(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.kind == Problem::Kind::Failure)
            return true;
    return false;
}

/// "field: message" lines, for the CLI and message boxes.
inline QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << (p.field.isEmpty() ? p.message : p.field + QStringLiteral(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

/// Errors are values: a service returns either a value or the problems that
/// refused it. Never both, never neither.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Problems problems) : m_problems(std::move(problems))
    {
        Q_ASSERT(!m_problems.isEmpty());
    }
    static Result failure(const QString &field, const QString &message)
    {
        return Result(Problems{Problem{field, message}});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Problems &problems() const { return m_problems; }
    QString errorText() const { return describe(m_problems); }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Problems problems) : m_problems(std::move(problems)) {}
    static Result failure(const QString &field, const QString &message)
    {
        return Result(Problems{Problem{field, message}});
    }
    template<typename U>
    static Result from(const Result<U> &other)
    {
        return other.ok() ? Result() : Result(other.problems());
    }

    bool ok() const { return m_problems.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const Problems &problems() const { return m_problems; }
    QString errorText() const { return describe(m_problems); }

private:
    Problems m_problems;
};
using VoidResult = Result<void>;
