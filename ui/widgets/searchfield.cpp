#include "searchfield.h"

#include "icons.h"

#include <QKeyEvent>
#include <QTimer>

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    setPlaceholderText(tr("Search name, company, email, phone, city…"));
    setAccessibleName(tr("Search leads"));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &SearchField::fire);
    connect(this, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, &SearchField::fire);
}

void SearchField::setDebounceInterval(int ms)
{
    m_timer->setInterval(ms);
}

int SearchField::debounceInterval() const
{
    return m_timer->interval();
}

void SearchField::fire()
{
    m_timer->stop();
    const QString t = text().trimmed();
    if (t == m_lastFired)
        return;
    m_lastFired = t;
    emit searchChanged(t);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        fire();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
