#pragma once

#include "result.h"

#include <QHash>
#include <QPointer>
#include <QString>

class MessageBanner;
class QLabel;
class QWidget;

/// Shows a service's problems in a workflow dialog: each problem whose
/// field is bound appears in red under that field (and the first such field
/// takes the focus); the others go to the dialog's banner.
class WorkflowProblems
{
public:
    explicit WorkflowProblems(MessageBanner *banner) : m_banner(banner) {}

    /// Binds a problem field key to the label that shows it and the widget it is about.
    void bind(const QString &field, QLabel *label, QWidget *widget);
    /// Shows `problems` under `title` (in the banner when some are unbound).
    void show(const QString &title, const Problems &problems);
    void clear();
    /// The text shown under `field` ("" when none).
    QString textAt(const QString &field) const;

    /// A hidden red label for a field's problem.
    static QLabel *makeLabel(const QString &objectName, QWidget *parent);

private:
    struct Binding
    {
        QPointer<QLabel> label;
        QPointer<QWidget> widget;
    };
    MessageBanner *m_banner;
    QHash<QString, Binding> m_bindings;
};
