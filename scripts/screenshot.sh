#!/usr/bin/env bash
# scripts/screenshot.sh [OUT.png] [interleave flags] — regenerates the README's
# screenshot (default docs/screenshot.png): the window at 1280x800 on a
# virtual display, then recompressed with Python's zlib to keep the file small
# (interleave itself writes uncompressed PNGs). Needs a build in build/default
# (or INTERLEAVE=path/to/interleave), xvfb-run and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs/screenshot.png}"
[ $# -gt 0 ] && shift
exe="${INTERLEAVE:-$root/build/default/app/interleave}"  # INTERLEAVE=path picks another build
[ -x "$exe" ] || { echo "screenshot: build first (./scripts/build.sh)" >&2; exit 1; }
raw="$(mktemp --suffix=.png)"
trap 'rm -f "$raw"' EXIT
xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" --screenshot "$raw" --size 1280x800 "$@"
python3 - "$raw" "$out" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
sig, pos, chunks, idat = data[:8], 8, [], b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    pos += 12 + length
    if kind == b"IDAT":
        idat += body
    else:
        chunks.append((kind, body))
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
packed = zlib.compress(zlib.decompress(idat), 9)
out = sig + chunk(*chunks[0]) + chunk(b"IDAT", packed) + b"".join(chunk(k, b) for k, b in chunks[1:])
open(sys.argv[2], "wb").write(out)
print(f"screenshot: wrote {sys.argv[2]} ({len(out) // 1024} KiB)")
PY
