#!/usr/bin/env bash
# Installs the Debian packages CRM Bridge needs, and only those that are missing.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run on its own.
set -euo pipefail

CRMBRIDGE_PACKAGES=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config git
    # Qt 6.4 modules
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libgl-dev
    libqt6opengl6-dev  # Qt6Charts's CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in
    # libraries used by features
    qtkeychain-qt6-dev libphonenumber-dev libyaml-cpp-dev libsimdjson-dev libsqlite3-dev
    libjemalloc-dev  # the allocator of every program (cmake/CrmBridgeAllocator.cmake)
    # running and checking the window headless; fonts for English and Chinese
    libqt6svg6 qt6-svg-dev
    xvfb xauth imagemagick fonts-noto-cjk fonts-dejavu-core
    # benchmarks: load generator and peers
    wrk sqlite3 jq miller
)

crmbridge_missing_packages() {
    local missing=()
    for pkg in "${CRMBRIDGE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]:-}"
}

crmbridge_install_deps() {
    local missing
    missing=$(crmbridge_missing_packages)
    if [ -z "$missing" ]; then
        return 0
    fi
    echo "==> Installing missing Debian packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
}

# crmbridge_configure BUILD_DIR [cmake args...]
crmbridge_configure() {
    local dir=$1
    shift
    local generator=()
    if command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$CRMBRIDGE_ROOT" -B "$dir" "${generator[@]}" "$@"
    else
        cmake -S "$CRMBRIDGE_ROOT" -B "$dir" "$@" >/dev/null
    fi
}

CRMBRIDGE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CRMBRIDGE_ROOT

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    crmbridge_install_deps
fi
