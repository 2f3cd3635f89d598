#!/usr/bin/env bash
# bench/run.sh fetch [SCALE] — fetch ~100,000 sandbox contacts (page size 100) with
# `crmbridge-cli fetch` and with a Python requests.Session loop over the same pages, in one run.
set -euo pipefail
scale=${1:-210} # 480 contacts per scale unit: 210 → 100,800 contacts
bin="$CRMBRIDGE_BUILD_DIR/bin"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

python=""
for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c "import requests" 2>/dev/null; then python=$candidate; break; fi
done
if [ -z "$python" ]; then
    apt-get install -y --no-install-recommends python3-requests >/dev/null
    python=/usr/bin/python3
fi

work=$(mktemp -d)
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
"$bin/crmbridge-cli" sandbox serve --base-port 0 --scale "$scale" --no-rate-limits --json >"$work/sandbox.json" 2>"$work/sandbox.err" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; wait $sandbox 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do
    if "$python" -c "import json,sys; json.load(open(sys.argv[1]))" "$work/sandbox.json" 2>/dev/null; then break; fi
    sleep 0.1
done
crm=$("$python" -c "import json,sys; d=json.load(open(sys.argv[1])); print([s for s in d['systems'] if s['id']=='crm'][0]['url'])" "$work/sandbox.json")
token=$("$python" -c "import json,sys; d=json.load(open(sys.argv[1])); s=[s for s in d['systems'] if s['id']=='crm'][0]; print(s['credentials']['token'])" "$work/sandbox.json")
"$bin/crmbridge-cli" workspace init "$work/bench.crmbridge" --demo --quiet

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

cli_s=$(seconds "$bin/crmbridge-cli" fetch "Demo CRM" contacts --workspace "$work/bench.crmbridge" \
    --var "crm_base_url=$crm" --rate-preset none --output "$work/cli.jsonl" --quiet)
py_s=$(seconds "$python" "$here/fetch_requests.py" "$crm" "$token" "$work/py.jsonl")

cli_n=$(wc -l <"$work/cli.jsonl")
py_n=$(wc -l <"$work/py.jsonl")
same=$(cmp -s <(sort "$work/cli.jsonl" | "$python" -c "import sys,json; [print(json.dumps(json.loads(l),sort_keys=True)) for l in sys.stdin]") \
              <(sort "$work/py.jsonl" | "$python" -c "import sys,json; [print(json.dumps(json.loads(l),sort_keys=True)) for l in sys.stdin]") && echo yes || echo NO)
pages=$(( (cli_n + 99) / 100 ))

echo
echo "### fetch: $cli_n sandbox contacts, page size 100 ($pages pages), $(nproc) cores, same records: $same"
echo
echo "| client | records | seconds | records/s | pages/s |"
echo "|---|---:|---:|---:|---:|"
printf "| crmbridge-cli fetch | %d | %.2f | %.0f | %.0f |\n" "$cli_n" "$cli_s" "$(echo "$cli_n / $cli_s" | bc -l)" "$(echo "$pages / $cli_s" | bc -l)"
printf "| Python requests.Session loop | %d | %.2f | %.0f | %.0f |\n" "$py_n" "$py_s" "$(echo "$py_n / $py_s" | bc -l)" "$(echo "$pages / $py_s" | bc -l)"
printf "\ncrmbridge-cli is %.1f× the Python loop.\n" "$(echo "$py_s / $cli_s" | bc -l)"
