#include "contact.h"

#include <QStringList>

QString Contact::fullName() const
{
    QStringList parts;
    for (const QString &p : {firstName, middleName, lastName})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char(' '));
}
