#!/usr/bin/env bash
# scripts/translations.sh check [BUILD_DIR]  — fails when translations/*.ts miss strings of the
#                                              sources or the Chinese has untranslated entries
# scripts/translations.sh update [BUILD_DIR] — refreshes translations/*.ts from the sources
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
mode=${1:-check}
build=${2:-build}

case "$mode" in
update)
    cmake --build "$build" --target update_translations
    ;;
check)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp translations/*.ts "$tmp/"
    cmake --build "$build" --target update_translations >"$tmp/lupdate.log" 2>&1 || {
        cat "$tmp/lupdate.log"
        exit 1
    }
    stale=0
    for ts in translations/*.ts; do
        if ! cmp -s "$ts" "$tmp/$(basename "$ts")"; then
            echo "translations: $ts is stale — the sources have strings it lacks (or it has strings they lost):"
            diff -u "$tmp/$(basename "$ts")" "$ts" | head -40 || true
            stale=1
        fi
        cp "$tmp/$(basename "$ts")" "$ts"
    done
    unfinished=$(grep -c 'type="unfinished"' translations/crmbridge_zh_CN.ts || true)
    if [ "$unfinished" != "0" ]; then
        echo "translations: translations/crmbridge_zh_CN.ts has $unfinished untranslated string(s)"
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
