#include "desktophandoff.h"

#include <QDesktopServices>

namespace {
DesktopHandoff::Opener &current()
{
    static DesktopHandoff::Opener opener;
    return opener;
}
} // namespace

namespace DesktopHandoff {

bool open(const QUrl &url)
{
    if (current())
        return current()(url);
    return QDesktopServices::openUrl(url);
}

Opener setOpener(Opener opener)
{
    Opener previous = current();
    current() = std::move(opener);
    return previous;
}

} // namespace DesktopHandoff
