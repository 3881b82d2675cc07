#!/usr/bin/env bash
# Brings translations/*.ts in step with the sources (lupdate), the same way
# the CMake target quarry_ui_lupdate does: the field labels of
# core/domain/leadfield.cpp, spelled TR("…"), are restated for lupdate in a
# generated file. quarry_en.ts keeps the English plural forms only.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
grep -o 'TR("[^"]*")' "$root/core/domain/leadfield.cpp" \
    | sed 's/^TR(/QT_TRANSLATE_NOOP("LeadField", /; s/$/;/' > "$tmp/leadfield_labels_i18n.cpp"
cd "$root"
"$lupdate" -locations none -no-obsolete core ui app "$tmp/leadfield_labels_i18n.cpp" -ts translations/quarry_fr.ts
"$lupdate" -locations none -no-obsolete -pluralonly core ui app "$tmp/leadfield_labels_i18n.cpp" -ts translations/quarry_en.ts
