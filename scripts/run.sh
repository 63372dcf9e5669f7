#!/usr/bin/env bash
# scripts/run.sh [interleave arguments] — the one command for a fresh
# Debian/Ubuntu machine: installs what is missing, builds, opens the window.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" default interleave  # the window only; test.sh builds the rest
exec "$root/build/default/app/interleave" "$@"
