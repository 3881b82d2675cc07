#include "fieldproblems.h"

#include "messagebanner.h"
#include "problemmark.h"

#include <QWidget>

FieldProblems::FieldProblems(MessageBanner *banner, QObject *parent) : QObject(parent), m_banner(banner)
{
    connect(m_banner, &MessageBanner::linkActivated, this, [this](const QString &key) {
        if (QWidget *w = m_fields.value(key))
            w->setFocus(Qt::OtherFocusReason);
    });
}

void FieldProblems::addField(const QString &key, QWidget *editor)
{
    m_fields.insert(key, editor);
}

void FieldProblems::show(const QString &title, const Problems &problems)
{
    clear();
    QList<MessageBanner::Line> lines;
    QWidget *first = nullptr;
    for (const Problem &p : problems) {
        QWidget *w = m_fields.value(p.field);
        if (w) {
            ProblemMark::set(w, p.message);
            if (!first)
                first = w;
        }
        lines << MessageBanner::Line{p.message, w ? p.field : QString()};
    }
    m_banner->showMessage(MessageBanner::Kind::Error, title, lines);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void FieldProblems::clear(bool clearBanner)
{
    for (QWidget *w : std::as_const(m_fields))
        ProblemMark::set(w, {});
    if (clearBanner)
        m_banner->clear();
}

bool FieldProblems::hasProblem(const QString &key) const
{
    return ProblemMark::isSet(m_fields.value(key));
}
