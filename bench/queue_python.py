#!/usr/bin/env python3
"""The CPython side of bench/queue_bench.cpp: the same number of int items
through queue.Queue(maxsize=1024) between two threads, and through
multiprocessing.Queue(maxsize=1024) between two processes (fork start method).
Prints items/s for each, best of REPEAT runs."""
import multiprocessing as mp
import queue
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
REPEAT = 3


def produce(q, n):
    for i in range(n):
        q.put(i)


def consume(q, n):
    s = 0
    for _ in range(n):
        s += q.get()
    return s


def threads():
    q = queue.Queue(maxsize=1024)
    t = threading.Thread(target=produce, args=(q, N))
    t0 = time.perf_counter()
    t.start()
    consume(q, N)
    t.join()
    return N / (time.perf_counter() - t0)


def processes():
    ctx = mp.get_context("fork")
    q = ctx.Queue(maxsize=1024)
    p = ctx.Process(target=produce, args=(q, N))
    t0 = time.perf_counter()
    p.start()
    consume(q, N)
    p.join()
    return N / (time.perf_counter() - t0)


if __name__ == "__main__":
    print(f"python_threads_items_per_s {max(threads() for _ in range(REPEAT)):.0f}")
    print(f"python_processes_items_per_s {max(processes() for _ in range(REPEAT)):.0f}")
