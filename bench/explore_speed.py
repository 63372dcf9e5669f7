# bench/explore_speed.py — explore mode's schedules per second, next to
# simply re-running the target from scratch once per schedule
# (`interleave run --mode step`, one after another on one core), for a C++
# demo and a Python program. Usage: python3 bench/explore_speed.py INTERLEAVE
# (bench/compare.sh passes build/default/app/interleave). Prints one
# `name value` line per figure.
import os
import re
import subprocess
import sys
import tempfile
import time

SMOKE = os.environ.get("IL_BENCH_SMOKE") == "1"  # compare.sh --smoke: a smaller search
IL = sys.argv[1]

LOCKED = """import threading
n = 0
lock = threading.Lock()
def add():
    global n
    with lock:
        n += 1
ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
"""


def explore_rate(target, args, bound):
    t0 = time.perf_counter()
    # --no-reduce: every schedule run to its end, so the figure is the machinery's speed
    out = subprocess.run([IL, "explore", target, "--no-reduce", "--max-preemptions", str(bound)] + args,
                         capture_output=True, text=True).stdout
    seconds = time.perf_counter() - t0
    m = re.search(r"\((\d+) schedules run\)", out)
    if m is None:
        raise SystemExit("explore printed no count:\n" + out)
    return int(m.group(1)) / seconds, int(m.group(1))


def rerun_rate(target, args, runs):
    args = [a for a in args if a != "--expect" and "==" not in a]
    t0 = time.perf_counter()
    for _ in range(runs):
        subprocess.run([IL, "run", target, "--mode", "step", "--quiet"] + args, capture_output=True, check=True)
    return runs / (time.perf_counter() - t0)


with tempfile.TemporaryDirectory() as d:
    prog = os.path.join(d, "locked.py")
    with open(prog, "w") as f:
        f.write(LOCKED)
    cases = [("cpp", "builtin.counter", ["--param", "iterations=1", "--param", "use_lock=true",
                                         "--expect", "counter == expected"], 1 if SMOKE else 2),
             ("python", prog, ["--granularity", "bytecode", "--expect", "n == 2"], 0 if SMOKE else 1)]
    for name, target, args, bound in cases:
        rate, n = explore_rate(target, args, bound)
        print("explore_%s_per_s %.1f %d" % (name, rate, n))
        print("rerun_%s_per_s %.1f" % (name, rerun_rate(target, args, 3 if SMOKE else min(n, 30))))
