#!/usr/bin/env bash
# bench/run.sh syncstall [SCALE] — main-thread stalls of the window during a ≥ 100,000-record sync:
# the sandbox (its own process, rate limits off) with ≈ 480 CRM contacts per scale unit, a workspace
# with an upsert profile Demo CRM contacts → Demo ERP customers whose mapping stamps every record
# (so every contact is written: an update where the ERP has it, a create where not), and
# bench_syncstall driving the real window: Syncs page, Run, "Yes". Once offscreen, once under Xvfb
# (real painting) when xvfb-run is there; the sandbox is reset in between.
set -euo pipefail
scale=${1:-220} # 220 → ≈ 105,000 contacts, ≈ 102,000 written
bin="$CRMBRIDGE_BUILD_DIR/bin"
python=python3

work=$(mktemp -d)
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8
sandbox=""
stop_sandbox() { [ -n "$sandbox" ] && kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null || true; }
trap 'stop_sandbox; rm -rf "$work"' EXIT
"$bin/crmbridge-cli" sandbox serve --base-port 0 --scale "$scale" --no-rate-limits --json >"$work/sandbox.json" 2>"$work/sandbox.err" &
sandbox=$!
for _ in $(seq 1200); do
    if "$python" -c "import json,sys; json.load(open(sys.argv[1]))" "$work/sandbox.json" 2>/dev/null; then break; fi
    sleep 0.1
done
url() { "$python" -c "import json,sys; d=json.load(open(sys.argv[1])); print([s for s in d['systems'] if s['id']==sys.argv[2]][0]['url'])" "$work/sandbox.json" "$1"; }
crm=$(url crm)
erp=$(url erp)

ws="$work/stall.crmbridge"
"$bin/crmbridge-cli" workspace init "$ws" --demo --quiet
mkdir -p "$work/import/mappings"
"$python" - "$work/import/mappings" <<'PY'
import json, sys
status = [{"name": "st", "fold_case": True, "fold_whitespace": True, "default": "A",
           "entries": [{"source": "Active", "target": "A"}, {"source": "Inactive", "target": "I"}, {"source": "Blocked", "target": "B"}]}]
m = {"format_version": 1, "name": "stall contact to customer", "time_zone": "UTC",
     "source": {"entity": "", "fields": []}, "target": {"entity": "", "fields": []}, "value_maps": status, "rules": [
    {"target": "name", "formula": "TRIM(properties.firstname & \" \" & properties.lastname)"},
    {"target": "email", "formula": "LOWER(TRIM(properties.email))"},
    {"target": "phone", "formula": "properties.phone"},
    {"target": "company", "formula": "properties.company"},
    {"target": "street", "formula": "properties.address"},
    {"target": "city", "formula": "properties.city"},
    {"target": "country", "formula": "properties.country"},
    {"target": "status", "formula": "LOOKUP(st, properties.customer_status)"},
    {"target": "synced_at", "formula": "TO_TEXT(NOW())"}]}
json.dump(m, open(sys.argv[1] + "/stall-contact-to-customer.json", "w"), indent=2)
PY
"$bin/crmbridge-cli" workspace import "$work/import" --workspace "$ws" --quiet
cat >"$work/profile.json" <<'JSON'
{"name": "stall contacts to customers", "mapping": "stall contact to customer", "mode": "upsert",
 "source": {"endpoint": "Demo CRM", "entity": "contacts",
            "query": [["properties", "email,firstname,lastname,phone,company,address,city,country,customer_status"]]},
 "target": {"endpoint": "Demo ERP", "entity": "customers"},
 "match_key": {"target_field": "email", "source_formula": "LOWER(TRIM(properties.email))", "target_formula": "LOWER(TRIM(email))"},
 "concurrency": 6, "batch_size": 0}
JSON
"$bin/crmbridge-cli" sync-profile add --from-json "$work/profile.json" --workspace "$ws" --quiet

reset_sandbox() {
    "$python" - "$crm" "$erp" <<'PY'
import sys, urllib.request
for url in sys.argv[1:]:
    urllib.request.urlopen(urllib.request.Request(url + "/_sandbox/reset", method="POST")).read()
PY
}
vars=(--var "crm_base_url=$crm" --var "erp_base_url=$erp/api/v1")

rows=()
only=${SYNCSTALL_ONLY:-} # offscreen or xvfb: run only that one
if [ "$only" != xvfb ]; then
QT_QPA_PLATFORM=offscreen "$bin/bench_syncstall" "$ws" "stall contacts to customers" "${vars[@]}" --no-rate-limits \
    --label "offscreen" >"$work/offscreen.json" 2>"$work/offscreen.err" || { cat "$work/offscreen.err" >&2; exit 1; }
cat "$work/offscreen.err" >&2
rows+=("$work/offscreen.json")
reset_sandbox
fi
if [ "$only" != offscreen ] && command -v xvfb-run >/dev/null 2>&1; then
    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/bench_syncstall" "$ws" "stall contacts to customers" \
        "${vars[@]}" --no-rate-limits --label "xcb under Xvfb (real painting)" >"$work/xvfb.json" 2>"$work/xvfb.err" \
        || { cat "$work/xvfb.err" >&2; exit 1; }
    cat "$work/xvfb.err" >&2
    rows+=("$work/xvfb.json")
fi

"$python" - "$scale" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "${rows[@]}" <<'PY'
import json, sys
scale, cores, load = sys.argv[1:4]
rows = [json.load(open(p)) for p in sys.argv[4:]]
def worst(r):
    w = r.get("worst_stall") or {}
    if not w:
        return "none over 20 ms"
    return f"{w['cpu_ms']:.0f} / {w['queued_ms']:.0f} / {w['asleep_ms']:.0f} ({w['phase']})"
print()
print(f"### syncstall: the window's main thread during a sync of CRM contacts → ERP customers "
      f"(sandbox --scale {scale}, rate limits off, {cores} cores, load average {load})")
print()
print("Probe: a 5 ms precise timer on the main thread (lateness = how much later than due it fired); "
      "longest event = the longest single event the main thread dispatched (the longest time it did "
      "not return to the event loop); the worst stall split by the scheduler's counters "
      "(/proc/thread-self/schedstat): the main thread on a CPU, runnable but waiting for a free CPU "
      "(machine load), asleep (a lock, I/O); \"less waiting for a CPU\" is the part of a stall the "
      "window's own work caused (on a CPU or asleep), which load on the machine does not explain.")
print()
print("| platform | status | records written | seconds | records/s | max stall ms | p99 ms | p50 ms | stalls > 50 ms | longest event ms | max stall less waiting for a CPU ms | such stalls > 50 ms | worst stall: on CPU / waiting for a CPU / asleep ms |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for r in rows:
    print(f"| {r['label']} | {r['status']} | {r['written']} | {r['seconds']:.1f} | {r['records_per_second']:.0f} | "
          f"{r['max_lateness_ms']:.1f} | {r['p99_lateness_ms']:.1f} | {r['p50_lateness_ms']:.2f} | {r['stalls_over_50ms']} | "
          f"{r['longest_event_ms']:.1f} | {r['max_own_stall_ms']:.1f} | {r['own_stalls_over_50ms']} | {worst(r)} |")
print()
print("goal: no main-thread stall over 50 ms")
print()
print("Worst per phase (max probe lateness / longest event, ms):")
print()
phases = []
for r in rows:
    for p in r["phases"]:
        if p not in phases:
            phases.append(p)
print("| platform | " + " | ".join(phases) + " |")
print("|---|" + "---:|" * len(phases))
for r in rows:
    cells = []
    for p in phases:
        v = r["phases"].get(p)
        cells.append(f"{v['max_lateness_ms']:.1f} / {v['longest_event_ms']:.1f}" if v else "")
    print(f"| {r['label']} | " + " | ".join(cells) + " |")
PY
