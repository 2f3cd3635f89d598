#!/usr/bin/env bash
# bench/run.sh formats [ROWS] [THREADS] — read/write records/s of CSV and JSON Lines and of the
# read → encode on N threads → write pipeline, over generated customer rows (default 1,000,000).
set -euo pipefail
exec "$CRMBRIDGE_BUILD_DIR/bin/bench_formats" "${1:-1000000}" "${2:-2}"
