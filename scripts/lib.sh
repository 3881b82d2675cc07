# Shared by scripts/run, scripts/test and scripts/bench: install what is
# missing (Debian packages only, and only when missing, so a machine that has
# them needs neither root nor network), then configure and build with Ninja.
set -euo pipefail

QUARRY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

QUARRY_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev qt6-svg-dev
    libsqlite3-dev sqlite3 libicu-dev libphonenumber-dev
    libzip-dev libxlsxwriter-dev
    libqt6sql6-psql libpq-dev qtkeychain-qt6-dev
)

quarry_install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# quarry_build PRESET [TARGETS...]
quarry_build() {
    local preset="$1"; shift
    cd "$QUARRY_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null
    fi
    cmake --build "build/$preset" ${1:+--target "$@"}
}
