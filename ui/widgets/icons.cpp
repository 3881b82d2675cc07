#include "icons.h"

#include <QFile>
#include <QHash>

namespace {

bool useTheme = true;
QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

/// Freedesktop names of the standard actions; Quarry-specific icons have none.
QString themeName(const QString &name)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("new"), QStringLiteral("document-new")},
        {QStringLiteral("save"), QStringLiteral("document-save")},
        {QStringLiteral("delete"), QStringLiteral("edit-delete")},
        {QStringLiteral("undo"), QStringLiteral("edit-undo")},
        {QStringLiteral("redo"), QStringLiteral("edit-redo")},
        {QStringLiteral("search"), QStringLiteral("edit-find")},
        {QStringLiteral("print"), QStringLiteral("document-print")},
        {QStringLiteral("pdf"), QStringLiteral("document-export")},
        {QStringLiteral("back"), QStringLiteral("go-previous")},
        {QStringLiteral("quit"), QStringLiteral("application-exit")},
    };
    return names.value(name);
}

} // namespace

namespace Icons {

QIcon icon(const QString &name)
{
    if (auto it = cache().constFind(name); it != cache().constEnd())
        return *it;
    const QString file = QStringLiteral(":/icons/%1.svg").arg(name);
    QIcon own = QFile::exists(file) ? QIcon(file) : QIcon();
    QIcon result = own;
    if (useTheme)
        if (const QString theme = themeName(name); !theme.isEmpty() && QIcon::hasThemeIcon(theme))
            result = QIcon::fromTheme(theme, own);
    cache().insert(name, result);
    return result;
}

void setUseTheme(bool use)
{
    useTheme = use;
    cache().clear();
}

} // namespace Icons
