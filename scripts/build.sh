#!/usr/bin/env bash
# scripts/build.sh [PRESET [TARGET...]] — configures and builds Interleave with
# a CMake preset from CMakePresets.json (default: `default`, optimized with
# debug info, into build/default/), using every core. With targets, builds
# only those (run.sh builds just `interleave`: a newcomer sees the window
# without first waiting for every test and benchmark to compile).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
shift || true
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)" "${targets[@]}"
