#pragma once

#include "result.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

/// Shows a dialog's refusals at the fields they name: a red frame on the
/// editor (the style sheet's [problem="true"] rule), its message in red
/// under it, and the first field in error focused. Problems naming no
/// known field are returned for the dialog to show elsewhere.
class ActivityFieldProblems
{
public:
    /// Wraps `editor` with a message line below it; add the returned widget
    /// to the form in place of the editor.
    QWidget *wrap(const QString &field, QWidget *editor);
    /// Another problem key shown at an already wrapped field ("duration" at "end").
    void alias(const QString &field, const QString &shownAt);

    /// Shows `problems`; returns those that no field takes.
    Problems show(const Problems &problems);
    void clear();
    /// The message shown at `field` (empty: none), for tests.
    QString message(const QString &field) const;

private:
    struct Entry
    {
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
    };
    QString resolve(const QString &field) const;
    QHash<QString, Entry> m_fields;
    QHash<QString, QString> m_aliases;
    QStringList m_order;
};
