#pragma once

class QApplication;

/// Quarry's look: the Fusion style with a light, calm palette and a few
/// style sheet rules for the navigation, section cards and headers, so the
/// app looks the same on every desktop.
namespace AppTheme {

void apply(QApplication &app);

/// Colours shared by painted widgets ("#rrggbb").
inline constexpr const char *Accent = "#2f6fb0";
inline constexpr const char *Converted = "#2e9e6b";
inline constexpr const char *Lost = "#c0392b";
inline constexpr const char *Muted = "#616e7c";

} // namespace AppTheme
