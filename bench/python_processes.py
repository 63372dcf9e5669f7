# bench/python_processes.py — multiprocessing from Python: the same program
# under CPython (python3 bench/python_processes.py) and on Interleave's
# runtime (interleave run bench/python_processes.py); bench/compare.sh
# prints both side by side. Rates are the best of 3; times the median.
import multiprocessing as mp
import os
import statistics
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
clock = time.perf_counter


def noop(x):
    return x


def produce(q, n):
    for i in range(n):
        q.put(i)


def apply_async_rate(pool):
    t0 = clock()
    results = [pool.apply_async(noop, (i,)) for i in range(N)]
    for r in results:
        r.get()
    return N / (clock() - t0)


def map_rate(pool):
    t0 = clock()
    assert len(pool.map(noop, range(N))) == N
    return N / (clock() - t0)


def queue_rate():
    q = mp.Queue(1024)
    p = mp.Process(target=produce, args=(q, N))
    t0 = clock()
    p.start()
    total = 0
    for _ in range(N):
        total += q.get()
    p.join()
    assert total == N * (N - 1) // 2
    return N / (clock() - t0)


def start_join_ms():
    t0 = clock()
    p = mp.Process(target=noop, args=(1,))
    p.start()
    p.join()
    return (clock() - t0) * 1e3


def fork_wait_ms():
    t0 = clock()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return (clock() - t0) * 1e3


if __name__ == "__main__":
    with mp.Pool(4) as pool:
        print("pool_apply_async_per_s %.0f" % max(apply_async_rate(pool) for _ in range(3)))
        print("pool_map_items_per_s %.0f" % max(map_rate(pool) for _ in range(3)))
    print("mp_queue_items_per_s %.0f" % max(queue_rate() for _ in range(3)))
    # Every process is a worker of the run, and a run holds 128: 30 + 60 here.
    print("process_start_join_ms %.3f" % statistics.median(start_join_ms() for _ in range(30)))
    print("fork_wait_ms %.3f" % statistics.median(fork_wait_ms() for _ in range(60)))
