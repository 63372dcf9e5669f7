#!/usr/bin/env bash
# scripts/screenshot.sh [OUT.png] [interleave flags] — regenerates the README's
# screenshot (default docs/screenshot.png): the window at 1280x720, a
# projector's size (SIZE=WxH for another), on a virtual display. interleave writes compressed PNGs itself (stb_image_write),
# so the file is used as written. Needs a build in build/default (or
# INTERLEAVE=path/to/interleave) and xvfb-run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs/screenshot.png}"
[ $# -gt 0 ] && shift
exe="${INTERLEAVE:-$root/build/default/app/interleave}"  # INTERLEAVE=path picks another build
[ -x "$exe" ] || { echo "screenshot: build first (./scripts/build.sh)" >&2; exit 1; }
xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" --screenshot "$out" --size "${SIZE:-1280x720}" "$@"
echo "screenshot: wrote $out ($(( $(stat -c %s "$out") / 1024 )) KiB)"
