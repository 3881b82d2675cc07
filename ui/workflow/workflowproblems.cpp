#include "workflowproblems.h"

#include "messagebanner.h"

#include <QLabel>
#include <QWidget>

void WorkflowProblems::bind(const QString &field, QLabel *label, QWidget *widget)
{
    m_bindings.insert(field, Binding{label, widget});
}

void WorkflowProblems::clear()
{
    for (const Binding &b : std::as_const(m_bindings))
        if (b.label) {
            b.label->clear();
            b.label->hide();
        }
    if (m_banner)
        m_banner->clear();
}

void WorkflowProblems::show(const QString &title, const Problems &problems)
{
    clear();
    QList<MessageBanner::Line> unbound;
    QWidget *focus = nullptr;
    QHash<QString, QStringList> byField;
    for (const Problem &p : problems) {
        const auto it = m_bindings.constFind(p.field);
        if (it != m_bindings.cend() && it->label) {
            byField[p.field] << p.message;
            if (!focus && it->widget && it->widget->isEnabled())
                focus = it->widget;
        } else {
            unbound << MessageBanner::Line{p.message, {}};
        }
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel *label = m_bindings.value(it.key()).label;
        label->setText(it.value().join(QLatin1Char('\n')));
        label->show();
    }
    if (m_banner && !unbound.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, title, unbound);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

QString WorkflowProblems::textAt(const QString &field) const
{
    const Binding b = m_bindings.value(field);
    return b.label && !b.label->isHidden() ? b.label->text() : QString();
}

QLabel *WorkflowProblems::makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}
