#!/bin/sh
# bench/window_start_cjk.sh — what the CJK font costs the window: its start to
# the first screenshot and exit (wall time), and its peak memory (max RSS),
# in Chinese with the CJK font and with fontconfig finding no font at all,
# alternated seven times. Run under a display:
#   xvfb-run -a -s "-screen 0 1600x1000x24" bench/window_start_cjk.sh [build/default/app/interleave]
set -eu
bin=${1:-build/default/app/interleave}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' > "$tmp/no-fonts.conf"
for i in 1 2 3 4 5 6 7; do
  for mode in cjk none; do
    if [ "$mode" = none ]; then export FONTCONFIG_FILE="$tmp/no-fonts.conf"; else unset FONTCONFIG_FILE; fi
    XDG_CONFIG_HOME="$tmp/config" /usr/bin/time -f "$mode %e %M" "$bin" --lang zh --screenshot "$tmp/shot.png" \
      --size 1280x800 2>&1 | grep -E "^(cjk|none) " >> "$tmp/samples"
  done
done
for mode in cjk none; do
  grep "^$mode " "$tmp/samples" | awk '{ print $2 }' | sort -n > "$tmp/t"
  grep "^$mode " "$tmp/samples" | awk '{ print $3 }' | sort -n > "$tmp/m"
  n=$(wc -l < "$tmp/t"); mid=$(( (n + 1) / 2 ))
  printf "window start, %-4s  median %s s  (min %s)  median max RSS %s MB\n" "$mode" \
    "$(sed -n "${mid}p" "$tmp/t")" "$(head -n1 "$tmp/t")" "$(( $(sed -n "${mid}p" "$tmp/m") / 1024 ))"
done
