# bench/python_lock.py — Lock acquire+release from Python, the same loop under
# CPython (python3 bench/python_lock.py) and on Interleave's runtime
# (interleave run bench/python_lock.py); bench/compare.sh prints both.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
lock = threading.Lock()
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    for _ in range(N):
        lock.acquire()
        lock.release()
    best = min(best, time.perf_counter() - t0)
print("lock_ns %.1f" % (best / N * 1e9))
