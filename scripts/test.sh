#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, checks that the translations are not
# stale, and runs every test with ctest (GUI tests offscreen, fixed TZ and LANG). Ends with ctest's
# summary; the exit code is ctest's (or the build's, when the build fails).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$CRMBRIDGE_ROOT"

crmbridge_install_deps

BUILD_DIR=${CRMBRIDGE_BUILD_DIR:-build}
JOBS=${CRMBRIDGE_JOBS:-$(nproc)}

echo "==> Configuring $BUILD_DIR (warnings are errors)"
crmbridge_configure "$BUILD_DIR" -DCRMBRIDGE_WERROR=ON -DCRMBRIDGE_BUILD_TESTS=ON
echo "==> Building"
cmake --build "$BUILD_DIR" -j "$JOBS"

echo "==> Running the tests (translations_up_to_date runs lupdate against translations/*.ts)"
export QT_QPA_PLATFORM=offscreen TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8
set +e
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -j "$JOBS"
status=$?
set -e
exit $status
