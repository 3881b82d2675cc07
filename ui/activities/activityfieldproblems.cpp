#include "activityfieldproblems.h"

#include "problemmark.h"

#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>
#include <QWidget>

QWidget *ActivityFieldProblems::wrap(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    editor->setParent(box);
    // The box takes the row's width so that a message wraps at the dialog's
    // edge, not at a narrow editor's; such an editor keeps its own width.
    box->setSizePolicy(QSizePolicy::Expanding, editor->sizePolicy().verticalPolicy());
    const bool grows = editor->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    v->addWidget(editor, 0, grows ? Qt::Alignment() : Qt::AlignLeft);
    auto *label = new QLabel(box);
    label->setObjectName(field + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    label->hide();
    v->addWidget(label);
    box->setFocusProxy(editor);
    m_fields.insert(field, Entry{editor, label});
    m_order << field;
    return box;
}

void ActivityFieldProblems::alias(const QString &field, const QString &shownAt)
{
    m_aliases.insert(field, shownAt);
}

QString ActivityFieldProblems::resolve(const QString &field) const
{
    return m_aliases.value(field, field);
}

Problems ActivityFieldProblems::show(const Problems &problems)
{
    clear();
    Problems rest;
    QHash<QString, QStringList> byField;
    for (const Problem &p : problems) {
        const QString key = resolve(p.field);
        if (m_fields.contains(key))
            byField[key] << p.message;
        else
            rest << p;
    }
    QWidget *first = nullptr;
    for (const QString &key : std::as_const(m_order)) {
        if (!byField.contains(key))
            continue;
        const Entry &e = m_fields.value(key);
        const QString text = byField.value(key).join(QLatin1Char('\n'));
        ProblemMark::set(e.editor, text);
        e.label->setText(text);
        e.label->show();
        if (!first)
            first = e.editor;
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        // The messages take room: let the window grow rather than clip them.
        if (QWidget *window = first->window(); window && window->isVisible() && window->layout()) {
            window->layout()->activate();
            window->resize(window->width(), std::max(window->height(), window->sizeHint().height()));
        }
    }
    return rest;
}

void ActivityFieldProblems::clear()
{
    for (const Entry &e : std::as_const(m_fields)) {
        ProblemMark::set(e.editor, QString());
        e.label->clear();
        e.label->hide();
    }
}

QString ActivityFieldProblems::message(const QString &field) const
{
    const auto it = m_fields.constFind(resolve(field));
    return it == m_fields.constEnd() ? QString() : it->label->text();
}
