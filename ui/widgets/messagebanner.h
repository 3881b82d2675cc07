#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QHBoxLayout;
class QToolButton;

/// A coloured band above a form or list: errors (with one line per
/// problem, each a link to the field it names), warnings and information,
/// with optional action buttons and a close button.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Success };

    /// One line; `link` (a field key, an id…) makes it clickable.
    struct Line
    {
        QString text;
        QString link;
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &title, const QList<Line> &lines = {});
    /// Adds a button to the banner now shown (removed on the next message).
    QToolButton *addAction(const QString &text, const std::function<void()> &onClick);
    void clear();

    Kind kind() const { return m_kind; }
    /// The message as plain text (title and lines), for tests and accessibility.
    QString text() const;

signals:
    /// The user clicked a line carrying `link`.
    void linkActivated(const QString &link);

private:
    void applyStyle();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    QString m_plain;
};
