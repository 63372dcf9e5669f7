#!/usr/bin/env python3
"""The CPython side of bench/pool_bench.cpp, same workloads, fork start method:
  apply_async: N trivial tasks on multiprocessing.Pool(4), all submitted, then
               every get()
  map:         Pool(4).map of the same N items (CPython's default chunksize)
  process:     Process start + join, median of P processes
  executor:    N ThreadPoolExecutor(4).submit + result()
Prints one `name value` line each (tasks/s, items/s, ms), best of REPEAT."""
import multiprocessing as mp
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

N = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
P = int(sys.argv[2]) if len(sys.argv) > 2 else 300
REPEAT = 3


def add_one(x):
    return x + 1


def nothing():
    pass


def apply_async(pool):
    t0 = time.perf_counter()
    rs = [pool.apply_async(add_one, (i,)) for i in range(N)]
    s = sum(r.get() for r in rs)
    assert s == N * (N + 1) // 2
    return N / (time.perf_counter() - t0)


def pool_map(pool):
    t0 = time.perf_counter()
    out = pool.map(add_one, range(N))
    assert len(out) == N
    return N / (time.perf_counter() - t0)


def process_start_join(ctx):
    times = []
    for _ in range(P):
        t0 = time.perf_counter()
        p = ctx.Process(target=nothing)
        p.start()
        p.join()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def executor():
    with ThreadPoolExecutor(4) as ex:
        t0 = time.perf_counter()
        fs = [ex.submit(add_one, i) for i in range(N)]
        s = sum(f.result() for f in fs)
        assert s == N * (N + 1) // 2
        return N / (time.perf_counter() - t0)


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    with ctx.Pool(4) as pool:
        pool.map(add_one, range(8))  # the workers are up
        print(f"python_pool_apply_async_per_s {max(apply_async(pool) for _ in range(REPEAT)):.0f}")
        print(f"python_pool_map_items_per_s {max(pool_map(pool) for _ in range(REPEAT)):.0f}")
    print(f"python_process_start_join_median_ms {min(process_start_join(ctx) for _ in range(REPEAT)):.3f}")
    print(f"python_executor_submit_per_s {max(executor() for _ in range(REPEAT)):.0f}")
