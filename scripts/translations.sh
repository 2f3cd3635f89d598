#!/usr/bin/env bash
# scripts/translations.sh check [BUILD_DIR]  — fails when translations/*.ts miss strings of the
#     sources (or keep strings the sources lost), or the Chinese has untranslated entries.
#     Runs lupdate on copies: the .ts files in the tree are never touched. Also a ctest test.
# scripts/translations.sh update [BUILD_DIR] — refreshes translations/*.ts from the sources.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
mode=${1:-check}
build=${2:-build}
case "$build" in /*) ;; *) build="$ROOT/$build" ;; esac

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
    lupdate="$bins/lupdate"
fi
linguist_dir=${LINGUIST_DIR:-$(sed -n 's/^Qt6LinguistTools_DIR:PATH=//p' "$build/CMakeCache.txt" 2>/dev/null)}
project_cmake="$build/translations/.lupdate/crmbridge_translations_project.cmake"
options=(-locations none -no-obsolete -no-ui-lines)

case "$mode" in
update)
    cmake --build "$build" --target update_translations
    ;;
check)
    if [ ! -f "$project_cmake" ] || [ -z "$linguist_dir" ]; then
        echo "translations: configure $build first (cmake -S . -B $build)" >&2
        exit 2
    fi
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp translations/*.ts "$tmp/"
    cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$tmp/project.json" \
        -P "$linguist_dir/GenerateLUpdateProject.cmake" >/dev/null
    "$lupdate" -silent -project "$tmp/project.json" "${options[@]}" -ts "$tmp"/*.ts
    stale=0
    for ts in translations/*.ts; do
        if ! cmp -s "$ts" "$tmp/$(basename "$ts")"; then
            echo "translations: $ts is stale — it differs from what lupdate makes of the sources:"
            diff -u "$ts" "$tmp/$(basename "$ts")" | grep -E '^[-+] *<source>' | head -20 || true
            stale=1
        fi
    done
    unfinished=$(grep -c 'type="unfinished"' translations/crmbridge_zh_CN.ts || true)
    if [ "$unfinished" != "0" ]; then
        echo "translations: translations/crmbridge_zh_CN.ts has $unfinished untranslated string(s):"
        grep -B1 'type="unfinished"' translations/crmbridge_zh_CN.ts | grep '<source>' | head -20
        stale=1
    fi
    if [ $stale -ne 0 ]; then
        echo "translations: run 'scripts/translations.sh update' and translate the new strings (Qt Linguist)."
        exit 1
    fi
    echo "translations: up to date"
    ;;
*)
    echo "usage: scripts/translations.sh check|update [BUILD_DIR]" >&2
    exit 2
    ;;
esac
