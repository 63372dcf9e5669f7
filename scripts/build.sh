#!/usr/bin/env bash
# scripts/build.sh [PRESET] — configures and builds Interleave with a CMake
# preset from CMakePresets.json (default: `default`, optimized with debug
# info, into build/default/), using every core.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
