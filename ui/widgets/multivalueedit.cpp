#include "multivalueedit.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

MultiValueEdit::MultiValueEdit(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    outer->addLayout(m_rows);
    m_add = new QToolButton(this);
    m_add->setIcon(Icons::icon(QStringLiteral("add")));
    m_add->setText(tr("Add another"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow(QString())->setFocus();
        updateButtons();
    });
    outer->addWidget(m_add, 0, Qt::AlignLeft);
    addRow(QString());
    updateButtons();
}

QStringList MultiValueEdit::values() const
{
    QStringList out;
    for (const QLineEdit *e : m_edits)
        if (const QString v = e->text().trimmed(); !v.isEmpty())
            out << v;
    return out;
}

void MultiValueEdit::setValues(const QStringList &values)
{
    while (!m_edits.isEmpty()) {
        QLineEdit *e = m_edits.takeLast();
        QWidget *row = e->parentWidget();
        m_rows->removeWidget(row);
        delete row;
    }
    for (const QString &v : values)
        addRow(v);
    if (m_edits.isEmpty())
        addRow(QString());
    updateButtons();
}

void MultiValueEdit::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    for (QLineEdit *e : m_edits)
        e->setPlaceholderText(text);
}

void MultiValueEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *e : m_edits)
        e->setReadOnly(readOnly);
    updateButtons();
}

QLineEdit *MultiValueEdit::addRow(const QString &value)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(2);
    auto *edit = new QLineEdit(value, row);
    edit->setPlaceholderText(m_placeholder);
    edit->setReadOnly(m_readOnly);
    edit->setClearButtonEnabled(false);
    auto *remove = new QToolButton(row);
    remove->setIcon(Icons::icon(QStringLiteral("close")));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this value"));
    remove->setAccessibleName(remove->toolTip());
    remove->setObjectName(QStringLiteral("removeValue"));
    h->addWidget(edit);
    h->addWidget(remove);
    m_rows->addWidget(row);
    m_edits << edit;
    connect(edit, &QLineEdit::textEdited, this, &MultiValueEdit::edited);
    connect(edit, &QLineEdit::textEdited, this, &MultiValueEdit::updateButtons);
    connect(remove, &QToolButton::clicked, this, [this, edit] { removeRow(edit); });
    return edit;
}

void MultiValueEdit::removeRow(QLineEdit *edit)
{
    const bool hadText = !edit->text().trimmed().isEmpty();
    if (m_edits.size() == 1) {
        edit->clear();
    } else {
        m_edits.removeAll(edit);
        QWidget *row = edit->parentWidget();
        m_rows->removeWidget(row);
        row->hide();
        row->deleteLater(); // the click came from inside the row
        m_edits.last()->setFocus();
    }
    updateButtons();
    if (hadText)
        emit edited();
}

void MultiValueEdit::updateButtons()
{
    m_add->setVisible(!m_readOnly);
    for (QLineEdit *e : m_edits)
        if (auto *remove = e->parentWidget()->findChild<QToolButton *>(QStringLiteral("removeValue")))
            remove->setVisible(!m_readOnly && (m_edits.size() > 1 || !e->text().isEmpty()));
}
