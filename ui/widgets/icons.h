#pragma once

#include <QIcon>
#include <QString>

/// Quarry's action and view icons: the desktop theme's icon when the theme
/// has one under the freedesktop name, else Quarry's own SVG from
/// resources/icons (":/icons/<name>.svg"), so every action has an icon on
/// every desktop.
namespace Icons {

/// The icon named `name` ("new", "save", "kanban", …: the SVG's base name).
QIcon icon(const QString &name);

/// Whether the desktop theme is consulted first (default true). Tests and
/// screenshots turn it off to see Quarry's own icons.
void setUseTheme(bool use);

} // namespace Icons
