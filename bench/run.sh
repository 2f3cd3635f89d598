#!/usr/bin/env bash
# bench/run.sh NAME [SIZE] — runs one benchmark and prints its comparison table (Markdown).
# Benchmarks are not part of the test suite; see bench/README.md for what each one measures.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export CRMBRIDGE_ROOT=$ROOT
export CRMBRIDGE_BUILD_DIR=${CRMBRIDGE_BUILD_DIR:-$ROOT/build}

name=${1:-}
if [ -z "$name" ] || [ ! -x "$BENCH_DIR/$name/run.sh" ]; then
    echo "usage: bench/run.sh NAME [SIZE]" >&2
    echo "benchmarks:" >&2
    for dir in "$BENCH_DIR"/*/; do
        [ -x "$dir/run.sh" ] && echo "  $(basename "$dir")" >&2
    done
    exit 2
fi
shift

# Build what the benchmark runs (Release-like flags, no sanitizers).
source "$ROOT/scripts/deps.sh"
crmbridge_install_deps >&2
crmbridge_configure "$CRMBRIDGE_BUILD_DIR" >&2
cmake --build "$CRMBRIDGE_BUILD_DIR" -j "$(nproc)" >&2

exec "$BENCH_DIR/$name/run.sh" "$@"
