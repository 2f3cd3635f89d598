#!/usr/bin/env bash
# bench/sandbox/run.sh [SECONDS] — requests/s of the sandbox's Demo ERP (GET one customer, PUT one
# customer) over 6 keep-alive connections, side by side with json-server (npm) serving the same
# records, measured in one run with wrk. Prints a Markdown table. Usually run as `bench/run.sh sandbox`.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=${CRMBRIDGE_ROOT:-$(cd "$HERE/../.." && pwd)}
BUILD=${CRMBRIDGE_BUILD_DIR:-$ROOT/build}
CLI=$BUILD/bin/crmbridge-cli
SECONDS_PER_RUN=${1:-5}
CONNECTIONS=6
JSON_SERVER_VERSION=0.17.4

if ! command -v wrk >/dev/null; then
    echo "bench/sandbox: installing wrk (Debian package) as the load generator" >&2
    apt-get install -y wrk >&2
fi
if [ ! -x "$ROOT/bench/node_modules/.bin/json-server" ]; then
    echo "bench/sandbox: installing json-server@$JSON_SERVER_VERSION into bench/node_modules" >&2
    npm install --prefix "$ROOT/bench" --no-save --no-audit --no-fund "json-server@$JSON_SERVER_VERSION" >&2
fi
[ -x "$CLI" ] || { echo "bench/sandbox: $CLI is missing; build first" >&2; exit 2; }

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# The sandbox, without the vendor-like rate limits (they would cap the benchmark, by design).
"$CLI" sandbox serve --base-port 0 --json --no-rate-limits >"$WORK/sandbox.json" 2>"$WORK/sandbox.err" &
PIDS+=($!)
for _ in $(seq 100); do
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$WORK/sandbox.json" 2>/dev/null && break
    sleep 0.1
done
read -r ERP_URL ERP_AUTH < <(python3 -c '
import json, sys
erp = [s for s in json.load(open(sys.argv[1]))["systems"] if s["id"] == "erp"][0]
print(erp["url"], erp["credentials"]["authorization"])' "$WORK/sandbox.json")

# The same records for json-server: every Demo ERP customer.
python3 - "$ERP_URL" "$ERP_AUTH" "$WORK" <<'PY'
import json, sys, urllib.request
url, auth, work = sys.argv[1:4]
customers, page = [], 1
while True:
    req = urllib.request.Request(f"{url}/api/v1/customers?page={page}&per_page=100", headers={"Authorization": auth})
    batch = json.load(urllib.request.urlopen(req))
    if not batch:
        break
    customers += batch
    page += 1
json.dump({"customers": customers}, open(f"{work}/db.json", "w"), ensure_ascii=False)
body = dict(customers[0]); body["phone"] = "+49 30 7654321"
json.dump(body, open(f"{work}/put.json", "w"), ensure_ascii=False)
PY

JS_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$ROOT/bench/node_modules/.bin/json-server" "$WORK/db.json" --port "$JS_PORT" --host 127.0.0.1 --quiet >"$WORK/js.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$JS_PORT/customers/1" >/dev/null && break; sleep 0.1; done

# rate URL METHOD AUTH → requests/s
rate() {
    local body=""
    [ "$2" = PUT ] && body="$WORK/put.json"
    BENCH_METHOD=$2 BENCH_BODY=$body BENCH_AUTH=$3 \
        wrk -t2 -c$CONNECTIONS -d"${SECONDS_PER_RUN}s" -s "$HERE/request.lua" "$1" 2>/dev/null \
        | awk '/Requests\/sec/ { printf "%d", $2 }'
}
# Warm up both servers (JIT, caches, connection setup).
rate "$ERP_URL/api/v1/customers/1" GET "$ERP_AUTH" >/dev/null
rate "http://127.0.0.1:$JS_PORT/customers/1" GET "" >/dev/null

SB_GET=$(rate "$ERP_URL/api/v1/customers/1" GET "$ERP_AUTH")
JS_GET=$(rate "http://127.0.0.1:$JS_PORT/customers/1" GET "")
SB_PUT=$(rate "$ERP_URL/api/v1/customers/1" PUT "$ERP_AUTH")
JS_PUT=$(rate "http://127.0.0.1:$JS_PORT/customers/1" PUT "")
RECORDS=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["customers"]))' "$WORK/db.json")

ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.1f}×' if b else 'n/a')" "$1" "$2"; }
echo "### Sandbox: requests/s, $CONNECTIONS keep-alive connections, ${SECONDS_PER_RUN}s each, $RECORDS customers, $(nproc) cores"
echo
echo "| operation | CRM Bridge sandbox (Demo ERP) | json-server $JSON_SERVER_VERSION | sandbox / json-server |"
echo "|---|---:|---:|---:|"
echo "| GET /customers/1 | $SB_GET | $JS_GET | $(ratio "$SB_GET" "$JS_GET") |"
echo "| PUT /customers/1 | $SB_PUT | $JS_PUT | $(ratio "$SB_PUT" "$JS_PUT") |"
