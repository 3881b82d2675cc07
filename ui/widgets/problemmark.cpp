#include "problemmark.h"

#include <QStyle>
#include <QWidget>

namespace ProblemMark {

void set(QWidget *w, const QString &message)
{
    if (!w)
        return;
    const bool problem = !message.isEmpty();
    if (!problem && !isSet(w))
        return; // nothing to remove: a tooltip of its own stays
    w->setToolTip(message);
    if (isSet(w) == problem)
        return;
    // A dynamic property changes the style sheet's match only once repolished.
    w->setProperty("problem", problem);
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

bool isSet(const QWidget *w)
{
    return w && w->property("problem").toBool();
}

} // namespace ProblemMark
