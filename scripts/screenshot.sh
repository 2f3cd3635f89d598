#!/usr/bin/env bash
# scripts/screenshot.sh OUT.png [crmbridge arguments…] — opens the window under Xvfb with a fresh
# HOME (so the demo workspace is new), waits for it to settle and saves a screenshot.
# SCREENSHOT_DELAY (seconds, default 3) and SCREENSHOT_HOME (reuse a HOME) tune it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$1
shift
home=${SCREENSHOT_HOME:-$(mktemp -d)}
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" "$@" &
    app=$!
    sleep "${SCREENSHOT_DELAY:-3}"
    import -window root "'"$out"'"
    kill $app
' "$ROOT/${CRMBRIDGE_BUILD_DIR:-build}/bin/crmbridge" "$@"
echo "saved $out"
