# bench/python_start.py — a run's start to the program's first line: the
# wall time from launching `interleave run prog.py` (and, beside it,
# `python3 prog.py`) to that program's first line reading the clock. Median
# of REPEAT launches each. Usage: python3 bench/python_start.py INTERLEAVE
# (bench/compare.sh passes build/default/app/interleave).
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPEAT = 3 if os.environ.get("IL_BENCH_SMOKE") == "1" else 15  # compare.sh --smoke: fewer
PROGRAM = "import time\nprint(time.time_ns())\n"


def first_ns(out):
    for word in out.split():
        if word.isdigit():
            return int(word)
    raise SystemExit("no time in the program's output: %r" % out)


def median_ms(cmd):
    samples = []
    for _ in range(REPEAT):
        t0 = time.time_ns()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        samples.append((first_ns(out) - t0) / 1e6)
    return statistics.median(samples)


with tempfile.TemporaryDirectory() as d:
    prog = os.path.join(d, "first.py")
    with open(prog, "w") as f:
        f.write(PROGRAM)
    print("start_interleave_ms %.1f" % median_ms([sys.argv[1], "run", prog]))
    print("start_cpython_ms %.1f" % median_ms([sys.executable, prog]))
