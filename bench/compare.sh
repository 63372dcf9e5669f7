#!/usr/bin/env bash
# bench/compare.sh — runs every benchmark next to its floor in one go and
# prints the ratios bench/README.md quotes. Usage: bench/compare.sh [BUILD_DIR]
# (default build/default; build it first with `cmake --build --preset default`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build/default}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$build/bench/il_core_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_format=json >"$tmp/core.json"
"$build/bench/il_queue_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_format=json >"$tmp/queue.json"
python3 "$here/queue_python.py" 200000 >"$tmp/python.txt"

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
def medians(path):
    out = {}
    for b in json.load(open(path))["benchmarks"]:
        if b.get("aggregate_name") == "median":
            out[b["run_name"]] = b
    return out
core, queue = medians(f"{tmp}/core.json"), medians(f"{tmp}/queue.json")
py = dict(line.split() for line in open(f"{tmp}/python.txt"))
def cpu(name): return core[name]["cpu_time"]
def real(name): return core[name]["real_time"]
lock, floor = cpu("BM_Lock_AcquireRelease"), cpu("BM_Floor_MutexPlusTwoEvents")
print(f"lock acquire+release      {lock:7.1f} ns  floor {floor:6.1f} ns  ratio {lock/floor:4.2f}x  (target <= 2x)")
rec = cpu("BM_RecordOneEvent")
print(f"record one event          {rec:7.1f} ns                       (target <= 15 ns)")
step, ping = real("BM_StepGrantToNextPark/real_time"), real("BM_Floor_FutexPingPong/real_time")
print(f"step grant -> next park   {step/1e3:7.2f} us  ping-pong {ping/1e3:5.2f} us  ratio {step/ping:4.2f}x  (target <= 1.5x)")
start = core["BM_RunProcessStartToFirstEvent/manual_time"]["real_time"]
print(f"run start -> first event  {start:7.2f} ms                       (target <= 5 ms)")
qt = queue["BM_Queue_Threads/200000/real_time"]["items_per_second"]
qp = queue["BM_Queue_Processes/200000/real_time"]["items_per_second"]
pt, pp = float(py["python_threads_items_per_s"]), float(py["python_processes_items_per_s"])
print(f"queue, threads            {qt/1e6:7.2f} M items/s  CPython {pt/1e6:5.2f} M/s  ratio {qt/pt:5.1f}x  (target >= 1 M/s)")
print(f"queue, processes          {qp/1e6:7.2f} M items/s  CPython {pp/1e6:5.2f} M/s  ratio {qp/pp:5.1f}x  (target >= 0.5 M/s)")
PY
