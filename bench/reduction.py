# bench/reduction.py — explore's partial-order reduction next to the full
# search, on every demo that has it by default (DemoInfo::visible_sharing):
# the verdict and the fewest preemptions must be the same; the schedules
# run and the seconds are what it saves. Usage:
#   python3 bench/reduction.py INTERLEAVE [BOUND] [BUDGET_SECONDS]
# (default bound 1, 20 s a search; --jobs 1, so each search is deterministic).
# Prints one line per demo and, last, how many disagreed (exit 1 if any).
import re
import subprocess
import sys

IL = sys.argv[1]
BOUND = sys.argv[2] if len(sys.argv) > 2 else "1"
BUDGET = (sys.argv[3] if len(sys.argv) > 3 else "20") + "s"


def explore(demo, *extra):
    out = subprocess.run([IL, "explore", demo, "--max-preemptions", BOUND, "--budget", BUDGET, "--jobs", "1"] + list(extra),
                         capture_output=True, text=True).stdout
    verdict = re.search(r"^verdict:\s+(.*)$", out, re.M)
    verdict = verdict.group(1) if verdict else out.strip().splitlines()[-1] if out.strip() else "(nothing)"
    kind = "found" if verdict.startswith("bug found") else "none" if verdict.startswith("no bug") else \
        "budget" if "budget ran out" in verdict else "other"
    pre = re.search(r"preemptions: (\d+)", out)
    runs = re.search(r"(\d+) schedules in ([\d.]+) s", out)
    return {"kind": kind, "pre": pre.group(1) if pre else "-", "runs": int(runs.group(1)) if runs else 0,
            "secs": float(runs.group(2)) if runs else 0.0, "reduced": "reduced:" in out, "verdict": verdict}


demos = [line.split()[0] for line in subprocess.run([IL, "list"], capture_output=True, text=True).stdout.splitlines()
         if line.startswith("  ")]
bad = 0
print("%-32s %-8s %-4s %9s %9s %8s %8s" % ("demo", "verdict", "pre", "runs full", "runs red", "s full", "s red"))
for demo in demos:
    red = explore(demo)
    if not red["reduced"]:
        continue  # not a demo that declares its sharing visible
    full = explore(demo, "--no-reduce")
    # A search the budget ended covers different ground: only a finished one must agree.
    agree = red["kind"] == "budget" or full["kind"] == "budget" or (red["kind"], red["pre"]) == (full["kind"], full["pre"])
    bad += not agree
    print("%-32s %-8s %-4s %9d %9d %8.2f %8.2f%s" % (demo, full["kind"] + "/" + red["kind"] if full["kind"] != red["kind"] else red["kind"],
                                                    red["pre"], full["runs"], red["runs"], full["secs"], red["secs"],
                                                    "" if agree else "   DISAGREE: " + full["verdict"] + " | " + red["verdict"]))
print("disagreements: %d" % bad)
sys.exit(1 if bad else 0)
