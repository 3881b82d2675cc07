#pragma once

#include "result.h"

#include <QHash>
#include <QObject>

class MessageBanner;
class QWidget;

/// Shows the core's refusals on a small editor: each problem at the field
/// it names (the red frame of the app's style and a tooltip), all of them
/// in the banner, each line a link that focuses its field.
class FieldProblems : public QObject
{
    Q_OBJECT
public:
    FieldProblems(MessageBanner *banner, QObject *parent = nullptr);

    /// The editor of a problem key ("name", "tin", "last_name"…).
    void addField(const QString &key, QWidget *editor);
    QWidget *field(const QString &key) const { return m_fields.value(key); }

    void show(const QString &title, const Problems &problems);
    /// Removes every frame, and hides the banner unless told to keep it.
    void clear(bool clearBanner = true);
    /// Whether `key`'s editor is framed as in error now.
    bool hasProblem(const QString &key) const;

private:
    MessageBanner *m_banner;
    QHash<QString, QWidget *> m_fields;
};
