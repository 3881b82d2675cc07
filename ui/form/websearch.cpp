#include "websearch.h"

#include <QDesktopServices>
#include <QSettings>
#include <QUrlQuery>

namespace WebSearch {

QUrl companyUrl(const Lead &lead)
{
    if (lead.company.trimmed().isEmpty())
        return {};
    const QString engine = QSettings().value(QStringLiteral("websearch/engine"), QStringLiteral("https://duckduckgo.com/?q=%1")).toString();
    const QString words = QStringList{lead.company.trimmed(), lead.city.trimmed()}.join(QLatin1Char(' ')).trimmed();
    return QUrl(engine.arg(QString::fromLatin1(QUrl::toPercentEncoding(words))));
}

QUrl personUrl(const Lead &lead)
{
    const QString name = lead.fullName().trimmed();
    if (name.isEmpty())
        return {};
    QUrl url(QStringLiteral("https://www.linkedin.com/search/results/people/"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("keywords"), QStringList{name, lead.company.trimmed()}.join(QLatin1Char(' ')).trimmed());
    url.setQuery(q);
    return url;
}

bool open(const QUrl &url)
{
    return url.isValid() && !url.isEmpty() && QDesktopServices::openUrl(url);
}

} // namespace WebSearch
