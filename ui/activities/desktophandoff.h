#pragma once

#include <QUrl>

#include <functional>

/// Hands a URL to the desktop (the mail client for mailto:, the default
/// application for a file) through QDesktopServices. Tests replace the
/// opener so that nothing is launched, and read what would have opened.
namespace DesktopHandoff {

using Opener = std::function<bool(const QUrl &)>;

/// Opens `url` with the current opener (QDesktopServices::openUrl unless replaced).
bool open(const QUrl &url);
/// Replaces the opener; an empty function puts QDesktopServices back.
/// Returns the previous one.
Opener setOpener(Opener opener);

} // namespace DesktopHandoff
