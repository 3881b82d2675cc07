#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QTabBar>
#include <QWidget>

void WheelGuard::install(QWidget *root)
{
    auto *guard = root->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        guard = new WheelGuard(root);
    auto guardOne = [guard](QWidget *w) {
        w->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: the wheel must not take the focus
        w->removeEventFilter(guard);
        w->installEventFilter(guard);
    };
    for (QComboBox *c : root->findChildren<QComboBox *>())
        guardOne(c);
    for (QAbstractSpinBox *s : root->findChildren<QAbstractSpinBox *>())
        guardOne(s);
    for (QTabBar *t : root->findChildren<QTabBar *>())
        guardOne(t);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && !w->hasFocus()) {
            // Ignored and filtered: Qt hands the wheel to the parents (the scroll area).
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
