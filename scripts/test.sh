#!/usr/bin/env bash
# scripts/test.sh [PRESET] — installs what is missing, builds everything and
# runs the whole test suite with ctest.
#
# The preset is the argument if given, else `ci` when CI=true (as .ci/run sets;
# warnings are errors there), else `default`. The window tests start their own
# virtual display (xvfb-run), so no DISPLAY is needed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -gt 0 ]; then
  preset="$1"
elif [ "${CI:-}" = true ]; then
  preset=ci
else
  preset=default
fi
"$root/scripts/setup.sh"
"$root/scripts/build.sh" "$preset"
cd "$root"
ctest --preset "$preset" --parallel "$(nproc)"
