#include "problempresenter.h"

#include "fieldeditor.h"
#include "leadsections.h"
#include "messagebanner.h"

#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

ProblemPresenter::ProblemPresenter(LeadSections *sections, MessageBanner *banner, QScrollArea *scroll, QObject *parent)
    : QObject(parent), m_sections(sections), m_banner(banner), m_scroll(scroll)
{
    connect(m_banner, &MessageBanner::linkActivated, this, [this](const QString &link) {
        if (FieldEditor *e = m_sections->editor(link)) {
            m_scroll->ensureWidgetVisible(e->widget(), 40, 80);
            e->focus();
        }
    });
}

void ProblemPresenter::clearFields()
{
    for (FieldEditor *e : m_sections->orderedEditors()) {
        if (!e->problem().isEmpty() || e->widget()->property("problem").toBool())
            e->setProblem(QString());
        if (QLabel *label = m_sections->label(e->key()))
            label->setStyleSheet(QString());
    }
}

void ProblemPresenter::fieldEdited(const QString &key)
{
    FieldEditor *e = m_sections->editor(key);
    if (!e || e->problem().isEmpty())
        return;
    e->setProblem(QString());
    if (QLabel *label = m_sections->label(key))
        label->setStyleSheet(QString());
}

void ProblemPresenter::show(const QString &title, const Problems &problems)
{
    clearFields();
    QHash<QString, QStringList> byField;
    QList<MessageBanner::Line> lines;
    for (const Problem &p : problems) {
        FieldEditor *e = m_sections->editor(p.field);
        lines << MessageBanner::Line{p.message, e ? p.field : QString()};
        if (e)
            byField[p.field] << p.message;
    }
    FieldEditor *first = nullptr;
    for (FieldEditor *e : m_sections->orderedEditors()) {
        if (!byField.contains(e->key()))
            continue;
        e->setProblem(byField.value(e->key()).join(QLatin1Char('\n')));
        if (QLabel *label = m_sections->label(e->key()))
            label->setStyleSheet(QStringLiteral("color: #b03a2e; font-weight: bold;"));
        if (!first)
            first = e;
    }
    m_banner->showMessage(MessageBanner::Kind::Error, title, lines);
    m_scroll->verticalScrollBar()->setValue(0);
    if (first)
        first->focus();
}
