#include "user.h"

#include <QStringList>

QString User::initials() const
{
    QString out;
    const QStringList words = (name.isEmpty() ? login : name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        out.append(w.front().toUpper());
        if (out.size() == 2)
            break;
    }
    return out;
}
