#!/usr/bin/env bash
# bench/run.sh mapping [ROWS] — the same 10-field customer mapping (mapping.json) in crmbridge-cli map,
# jq (map.jq), Miller (map.mlr) and Python 3 (map.py) over ROWS generated records (default
# 1,000,000; generate.py) as CSV and as JSON Lines, all writing JSON Lines. Checks that every output
# says the same as crmbridge's (compare.py), then prints records/s, MB/s of input and peak RSS
# (/usr/bin/time -f %M) per tool and input, and the ms per re-preview of 1,000 records through a
# 20-rule mapping (bench_mapping_preview). jq reads no CSV, so it runs on JSON Lines only.
set -euo pipefail
rows=${1:-1000000}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin="$CRMBRIDGE_BUILD_DIR/bin"
if ! command -v jq >/dev/null || ! command -v mlr >/dev/null || [ ! -x /usr/bin/time ]; then
    apt-get install -y --no-install-recommends jq miller time >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "generating $rows records..." >&2
python3 "$here/generate.py" "$rows" "$work"
countries=$(jq -c '.value_maps[0].entries | map({(.source): .target}) | add' "$here/mapping.json")
declare -A size=([csv]=$(stat -c %s "$work/customers.csv") [jsonl]=$(stat -c %s "$work/customers.jsonl"))

rows_md=()
failed=0
reference="$work/reference.jsonl"
declare -A rate

# measure KEY LABEL FORMAT COMMAND... — runs COMMAND (JSON Lines on stdout) once under
# /usr/bin/time, checks its output against the reference and adds a table row.
measure() {
    local key=$1 label=$2 format=$3
    shift 3
    local out="$work/out.jsonl"
    echo "running: $label on $format..." >&2
    if ! /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >"$out" 2>"$work/stderr"; then
        echo "$label on $format failed:" >&2
        cat "$work/stderr" >&2
        failed=1
        rows_md+=("| $label | $format | failed | | | | | |")
        return
    fi
    local seconds kib user system
    read -r seconds kib user system <"$work/time"
    [ "$seconds" = "0.00" ] && seconds=0.01
    local verdict
    if [ ! -f "$reference" ]; then
        mv "$out" "$reference"
        verdict="reference"
    else
        verdict=$(python3 "$here/compare.py" "$reference" "$out") || failed=1
        rm -f "$out"
    fi
    local rps mbs mib
    rps=$(awk -v n="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
    mbs=$(awk -v b="${size[$format]}" -v s="$seconds" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    mib=$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')
    rate[$key]=$rps
    local cpu
    cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
    rows_md+=("| $label | $format | $seconds | $cpu | $rps | $mbs | $mib | ${verdict%%$'\n'*} |")
    [ "$verdict" = "${verdict%%$'\n'*}" ] || echo "$label on $format: $verdict" >&2
}

cli=("$bin/crmbridge-cli" map --mapping "$here/mapping.json" --output - --output-format jsonl --quiet)
for format in csv jsonl; do
    input="$work/customers.$format"
    measure "crm-$format" "crmbridge-cli map ($(nproc) threads)" "$format" "${cli[@]}" --input "$input"
    measure "crm1-$format" "crmbridge-cli map --threads 1" "$format" "${cli[@]}" --input "$input" --threads 1
    if [ "$format" = jsonl ]; then
        measure "jq-$format" "jq $(jq --version | sed 's/^jq-//')" "$format" \
            jq -c --argjson countries "$countries" -f "$here/map.jq" "$input"
    fi
    measure "mlr-$format" "Miller $(mlr --version | sed 's/^mlr //')" "$format" \
        mlr -S "--i$format" --ojsonl put -f "$here/map.mlr" "$input"
    measure "py-$format" "Python $(python3 -c 'import platform; print(platform.python_version())')" "$format" \
        python3 "$here/map.py" "$format" "$input"
done

ratio() { awk -v a="${rate[$1]:-0}" -v b="${rate[$2]:-0}" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }'; }

echo
echo "### mapping: $(printf "%'d" "$rows") customer records, 10-field mapping, $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "Input: CSV $(awk -v b="${size[csv]}" 'BEGIN { printf "%.0f", b / 1048576 }') MiB, JSON Lines $(awk -v b="${size[jsonl]}" 'BEGIN { printf "%.0f", b / 1048576 }') MiB; every tool writes JSON Lines; one run each; records/s and MB/s from wall-clock seconds, CPU s = user + system."
echo
echo "| tool | input | seconds | CPU s | records/s | MB/s (input) | peak RSS MiB | output vs crmbridge (CSV) |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${rows_md[@]}"
echo
echo "crmbridge-cli map vs jq (JSON Lines): $(ratio crm-jsonl jq-jsonl); vs Miller: $(ratio crm-csv mlr-csv) (CSV), $(ratio crm-jsonl mlr-jsonl) (JSON Lines); vs Python: $(ratio crm-csv py-csv) (CSV), $(ratio crm-jsonl py-jsonl) (JSON Lines)."
echo "Goal on 2 cores: ≥ 250,000 records/s, ≥ 10× jq, ≥ 2× Miller, < 100 MiB peak."
echo
"$bin/bench_mapping_preview" 1000 50
exit $failed
