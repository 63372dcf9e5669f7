#!/usr/bin/env bash
# bench/compare.sh — runs every benchmark next to its floor in one go and
# prints the ratios bench/README.md quotes.
# Usage: bench/compare.sh [--smoke] [BUILD_DIR]
# (default build/default; build it first with `cmake --build --preset default`).
# --smoke: every benchmark and every program once, tiny sizes, in seconds: the
# figures mean nothing, but every line must print (the test suite runs this,
# bench/CMakeLists.txt; no timing is asserted anywhere).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
smoke=false
kFigures=25  # lines this script prints, one per figure
if [ "${1:-}" = --smoke ]; then smoke=true; shift; fi
build="${1:-$here/../build/default}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Repetitions of each C++ benchmark (the median is quoted), sizes of the Python side.
reps5=(--benchmark_repetitions=5) reps3=(--benchmark_repetitions=3)
n_queue=200000 n_pool=50000 p_pool=300 n_lock=200000 n_procs=50000
if $smoke; then
  if [ "${IL_BENCH_SMOKE:-}" != 1 ]; then
    # Runs itself and checks that every figure's line was printed.
    export IL_BENCH_SMOKE=1  # also read by python_start.py and python_steps.py: fewer rounds
    echo "compare.sh --smoke: tiny sizes, one try each; the figures below mean nothing"
    out="$("$0" --smoke "$build")"
    printf '%s\n' "$out"
    lines="$(grep -c . <<<"$out" || true)"
    if [ "$lines" -ne "$kFigures" ]; then
      echo "compare.sh --smoke: $lines of the $kFigures figures were printed" >&2
      exit 1
    fi
    exit 0
  fi
  reps5=(--benchmark_repetitions=2 --benchmark_min_time=0.01) reps3=("${reps5[@]}")
  n_queue=2000 n_pool=500 p_pool=5 n_lock=2000 n_procs=500
fi

"$build/bench/il_core_bench" "${reps5[@]}" --benchmark_report_aggregates_only=true \
    --benchmark_format=json >"$tmp/core.json"
"$build/bench/il_queue_bench" "${reps3[@]}" --benchmark_report_aggregates_only=true \
    --benchmark_format=json >"$tmp/queue.json"
python3 "$here/queue_python.py" "$n_queue" >"$tmp/python.txt"

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
exact = cpu("BM_Floor_ExactOrder")
print(f"  floor + exact order       {exact:7.1f} ns  = floor x {exact/floor:4.2f}  lock/that {lock/exact:4.2f}x  (what a global seq costs)")
rec = cpu("BM_RecordOneEvent")
print(f"record one event          {rec:7.1f} ns  rdtsc alone {cpu('BM_Floor_ReadTsc'):4.1f} ns     (target <= 15 ns)")
step, ping = real("BM_StepGrantToNextPark/real_time"), real("BM_Floor_FutexPingPong/real_time")
print(f"step grant -> next park   {step/1e3:7.2f} us  ping-pong {ping/1e3:5.2f} us  ratio {step/ping:4.2f}x  (target <= 1.5x)")
start = core["BM_RunProcessStartToFirstEvent/manual_time"]["real_time"]
print(f"run start -> first event  {start:7.2f} ms  (a bench host: core only, no Python)")
qt = queue["BM_Queue_Threads/200000/real_time"]["items_per_second"]
qp = queue["BM_Queue_Processes/200000/real_time"]["items_per_second"]
pt, pp = float(py["python_threads_items_per_s"]), float(py["python_processes_items_per_s"])
print(f"queue, threads            {qt/1e6:7.2f} M items/s  CPython {pt/1e6:5.2f} M/s  ratio {qt/pt:5.1f}x  (target >= 3x)")
print(f"queue, processes          {qp/1e6:7.2f} M items/s  CPython {pp/1e6:5.2f} M/s  ratio {qp/pp:5.1f}x  (target >= 10x)")
PY

# Pool and executors: bench/pool_bench.cpp next to the same workloads in
# CPython (bench/pool_python.py, fork start method), tracing on.
"$build/bench/il_pool_bench" "${reps3[@]}" --benchmark_report_aggregates_only=true \
    --benchmark_format=json >"$tmp/pool.json"
python3 "$here/pool_python.py" "$n_pool" "$p_pool" >"$tmp/pool_python.txt"

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
pool = {b["run_name"]: b for b in json.load(open(f"{tmp}/pool.json"))["benchmarks"]
        if b.get("aggregate_name") == "median"}
py = {k: float(v) for k, v in (line.split() for line in open(f"{tmp}/pool_python.txt"))}
def rate(name): return pool[name]["items_per_second"]
aa, pa = rate("BM_Pool_ApplyAsync/real_time"), py["python_pool_apply_async_per_s"]
print(f"pool apply_async, 50k     {aa/1e3:7.1f} k tasks/s  CPython {pa/1e3:6.1f} k/s  ratio {aa/pa:5.1f}x  (target >= 10x)")
mp, pm = rate("BM_Pool_Map/real_time"), py["python_pool_map_items_per_s"]
print(f"pool map, 50k             {mp/1e6:7.2f} M items/s  CPython {pm/1e6:5.2f} M/s  ratio {mp/pm:5.1f}x  (target >= 1x)")
sj, ps = pool["BM_Process_StartJoin/real_time"]["median_ms"], py["python_process_start_join_median_ms"]
fl = pool["BM_Fork_Floor/real_time"]["median_ms"]
print(f"Process start+join        {sj:7.3f} ms median  CPython {ps:6.3f} ms  ratio {ps/sj:5.1f}x  (target <= 0.5 ms, below CPython)")
print(f"  floor: bare fork+waitpid {fl:6.3f} ms median  Process/floor {sj/fl:5.2f}x  (target <= 1.2x)")
ex, pe = rate("BM_ThreadPoolExecutor_Submit/real_time"), py["python_executor_submit_per_s"]
print(f"ThreadPoolExecutor, 50k   {ex/1e3:7.1f} k tasks/s  CPython {pe/1e3:6.1f} k/s  ratio {ex/pe:5.1f}x  (target >= 5x)")
PY

# Run start as a user meets it: the real `interleave` starting a demo's run
# process (interleave-run, app/run_main.cpp); the trace's first event is timed
# from the arena's creation, just before the spawn. Median of 9.
il="$build/app/interleave"
for i in 1 2 3 4 5 6 7 8 9; do
  "$il" run thread.order --trace "$tmp/start.json" >/dev/null
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); ev=d["traceEvents"] if isinstance(d,dict) else d; print(min(e["ts"] for e in ev if "ts" in e and e.get("ph")!="M")/1e3)' "$tmp/start.json"
done | sort -n | sed -n 5p | awk '{printf "run start -> first event  %7.2f ms  (interleave, median of 9; target <= 2 ms)\n", $1}'

# Python programs (issue "Python programs I"): the same programs under
# Debian's CPython, the interpreter the run process embeds, and on
# Interleave's runtime (interleave run), side by side.
il="$build/app/interleave"
py_ref="$(/usr/bin/python3 "$here/python_lock.py" "$n_lock" | awk '/lock_ns/ {print $2}')"
py_il="$("$il" run "$here/python_lock.py" -- "$n_lock" | awk '/lock_ns/ {print $3}')"
q_ref="$(/usr/bin/python3 "$here/python_queue.py" "$n_queue" | awk '/queue_items_per_s/ {print $2}')"
q_il="$("$il" run "$here/python_queue.py" -- "$n_queue" | awk '/queue_items_per_s/ {print $3}')"
/usr/bin/python3 "$here/python_start.py" "$il" >"$tmp/start.txt"
/usr/bin/python3 "$here/python_steps.py" "$il" >"$tmp/steps.txt"
/usr/bin/python3 - "$tmp" "$py_ref" "$py_il" "$q_ref" "$q_il" <<'PY'
import sys
tmp, r, i, qr, qi = sys.argv[1], *map(float, sys.argv[2:])
start = {k: float(v) for k, v in (line.split() for line in open(f"{tmp}/start.txt"))}
steps = {k: (float(v), int(n)) for k, v, n in (line.split() for line in open(f"{tmp}/steps.txt"))}
print(f"python Lock acquire+release {i:7.0f} ns  CPython {r:6.0f} ns  ratio {i/r:5.2f}x  (target <= 2x)")
print(f"python queue put+get, threads {qi/1e6:5.2f} M items/s  CPython {qr/1e6:5.2f} M/s  ratio {qi/qr:5.2f}x  (target >= 1x)")
si, sc = start["start_interleave_ms"], start["start_cpython_ms"]
print(f"python start -> first line  {si:7.1f} ms  CPython {sc:6.1f} ms  (target <= 100 ms)")
for g in ("operations", "lines"):
    us, n = steps[f"step_{g}_us"]
    print(f"python step, by {g:<10}  {us:7.1f} us per step ({n} steps)")
PY

# Python programs with processes (issue "Python programs II"): multiprocessing
# Pool, Queue, Process and os.fork, the same program under CPython and on
# Interleave's runtime.
/usr/bin/python3 "$here/python_processes.py" "$n_procs" >"$tmp/procs_ref.txt"
"$il" run "$here/python_processes.py" -- "$n_procs" | sed -n 's/^\[MainThread\] //p' >"$tmp/procs_il.txt"
/usr/bin/python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
def figures(name): return {k: float(v) for k, v in (line.split() for line in open(f"{tmp}/{name}"))}
ref, il = figures("procs_ref.txt"), figures("procs_il.txt")
def rate(key, label, unit, scale, target):
    print(f"{label:<27} {il[key]/scale:7.2f} {unit}  CPython {ref[key]/scale:6.2f}  ratio {il[key]/ref[key]:5.2f}x  ({target})")
def time(key, label, target):
    print(f"{label:<27} {il[key]:7.3f} ms median  CPython {ref[key]:6.3f} ms  ratio {il[key]/ref[key]:5.2f}x  ({target})")
rate("pool_apply_async_per_s", "python Pool.apply_async 50k", "k tasks/s", 1e3, "target >= 3x")
rate("pool_map_items_per_s", "python Pool.map 50k", "M items/s", 1e6, "target >= 1x")
rate("mp_queue_items_per_s", "python mp.Queue, processes", "M items/s", 1e6, "target >= 2x")
time("process_start_join_ms", "python Process start+join", "target <= 1x")
time("fork_wait_ms", "python os.fork+waitpid", "target <= 1.5x")
PY

# Explore mode (issue 15): schedules searched per second, one at a time, next to
# re-running the target from scratch once per schedule with `interleave run
# --mode step` (bench/explore_speed.py).
/usr/bin/python3 "$here/explore_speed.py" "$il" >"$tmp/explore.txt"
/usr/bin/python3 - "$tmp" <<'PY'
import sys
f = {}
for line in open(f"{sys.argv[1]}/explore.txt"):
    k, v, *rest = line.split()
    f[k] = float(v)
for name, label in (("cpp", "explore, C++ demo"), ("python", "explore, Python program")):
    e, r = f[f"explore_{name}_per_s"], f[f"rerun_{name}_per_s"]
    print(f"{label:<27} {e:7.1f} schedules/s  re-run each {r:6.1f}/s  ratio {e/r:5.2f}x  (explore: a job per core; re-run: one core)")
PY
