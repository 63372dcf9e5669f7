# bench/python_steps.py — what a step costs a Python program in step mode:
# two threads taking one lock 2000 times each, run by `interleave run --mode
# step` (the CLI grants every step as soon as the workers are parked), once
# stepping by operations and once by lines. Prints the run's duration over its
# steps (from the summary): grant, wake, GIL, the program's code up to the
# next checkpoint, park. Usage: python3 bench/python_steps.py INTERLEAVE
import os
import re
import subprocess
import sys
import tempfile

SMOKE = os.environ.get("IL_BENCH_SMOKE") == "1"  # compare.sh --smoke: a short program, one try
ROUNDS = 100 if SMOKE else 2000
PROGRAM = """import threading
lock = threading.Lock()
n = 0
def work():
    global n
    for _ in range(%d):
        with lock:
            n += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
assert n == %d
""" % (ROUNDS, 2 * ROUNDS)


def per_step_us(interleave, prog, granularity):
    best = None
    for _ in range(1 if SMOKE else 3):
        out = subprocess.run([interleave, "run", "--mode", "step", "--granularity", granularity, prog],
                             capture_output=True, text=True, check=True).stdout
        m = re.search(r"duration:\s+([\d.]+) ms, (\d+) steps", out)
        if m is None:
            raise SystemExit("no duration and steps in the summary:\n" + out)
        us = float(m.group(1)) * 1000 / int(m.group(2))
        best = us if best is None else min(best, us)
    return best, int(m.group(2))


with tempfile.TemporaryDirectory() as d:
    prog = os.path.join(d, "steps.py")
    with open(prog, "w") as f:
        f.write(PROGRAM)
    for g in ("operations", "lines"):
        us, steps = per_step_us(sys.argv[1], prog, g)
        print("step_%s_us %.1f %d" % (g, us, steps))
