#!/usr/bin/env bash
# Installs what is missing, builds, and opens the window on the demo workspace (with the sandbox
# running). Arguments are passed to the window, e.g. `scripts/run.sh ~/team.crmbridge`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$CRMBRIDGE_ROOT"

crmbridge_install_deps

BUILD_DIR=${CRMBRIDGE_BUILD_DIR:-build}
crmbridge_configure "$BUILD_DIR"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target crmbridge crmbridge-cli

app="$BUILD_DIR/bin/crmbridge"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "==> No display found: starting the window under xvfb-run (headless)."
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$app" "$@"
fi
exec "$app" "$@"
