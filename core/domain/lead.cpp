#include "lead.h"

#include <QCoreApplication>

QString Lead::fullName() const
{
    QStringList parts;
    for (const QString &p : {firstName, middleName, lastName})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char(' '));
}

QString Lead::displayName() const
{
    const QString name = fullName();
    if (!name.isEmpty())
        return name;
    if (!company.trimmed().isEmpty())
        return company.trimmed();
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    return QCoreApplication::translate("Lead", "Lead #%1").arg(id);
}
