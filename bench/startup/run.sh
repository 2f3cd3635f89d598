#!/usr/bin/env bash
# bench/run.sh startup [RUNS] — how long until the window has painted its first frame, and how long
# `crmbridge-cli workspace info` takes, next to the sqlite3 shell reading the same counts.
set -euo pipefail
runs=${1:-15}
bin="$CRMBRIDGE_BUILD_DIR/bin"
command -v sqlite3 >/dev/null || { apt-get install -y --no-install-recommends sqlite3 >/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
"$bin/crmbridge-cli" workspace init "$work/bench.crmbridge" --demo --quiet

# median of N timings (ms) of a command
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

window() {
    CRMBRIDGE_EXIT_AFTER_FIRST_FRAME=1 QT_QPA_PLATFORM=xcb DISPLAY=$display "$bin/crmbridge" "$work/bench.crmbridge"
}

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

window_ms=$(median_ms window)
cli_ms=$(median_ms "$bin/crmbridge-cli" workspace info --workspace "$work/bench.crmbridge")
cli_json_ms=$(median_ms "$bin/crmbridge-cli" workspace info --workspace "$work/bench.crmbridge" --json)
sqlite_ms=$(median_ms sqlite3 -readonly "$work/bench.crmbridge" \
    "select count(*) from endpoints; select count(*) from mappings; select count(*) from runs;")

echo
echo "### startup (median of $runs runs, $(nproc) cores)"
echo
echo "| what | ms |"
echo "|---|---:|"
echo "| crmbridge: process start → first frame painted (Xvfb) | $window_ms |"
echo "| crmbridge-cli workspace info | $cli_ms |"
echo "| crmbridge-cli workspace info --json | $cli_json_ms |"
echo "| sqlite3 shell, three counts on the same file (peer) | $sqlite_ms |"
