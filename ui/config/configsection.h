#pragma once

#include "result.h"

#include <QWidget>

#include <functional>

class MessageBanner;
class QVBoxLayout;
class Workspace;

/// The small base every configuration page shares: a title and one line
/// saying what the page is for, a banner that shows what the core refused
/// (each problem's message as the service wrote it), and a body below.
/// Pages never check rules themselves: they call a service and show its
/// answer.
class ConfigSection : public QWidget
{
    Q_OBJECT
public:
    ConfigSection(Workspace &ws, const QString &title, const QString &description, QWidget *parent = nullptr);

    Workspace &workspace() const { return m_ws; }
    QString title() const { return m_title; }
    MessageBanner *banner() const { return m_banner; }
    /// The text the banner shows now ("" when hidden), for tests.
    QString message() const;

    /// Shows the problems of a refused request under `title`.
    void showProblems(const QString &title, const Problems &problems);
    /// Shows `result`'s problems when it failed; returns whether it succeeded.
    bool check(const VoidResult &result, const QString &title);
    template<typename T>
    bool check(const Result<T> &result, const QString &title)
    {
        return check(VoidResult::from(result), title);
    }
    /// A short success note, with an optional action (e.g. "Undo").
    void showDone(const QString &text, const QString &actionText = {}, const std::function<void()> &action = {});
    void clearMessage();

protected:
    /// Where the page puts its content.
    QVBoxLayout *body() const { return m_body; }

private:
    Workspace &m_ws;
    QString m_title;
    MessageBanner *m_banner;
    QVBoxLayout *m_body;
};
