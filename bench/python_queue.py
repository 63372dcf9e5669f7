# bench/python_queue.py — queue.Queue(maxsize=1024) put+get between two
# threads from Python, the same program under CPython (python3
# bench/python_queue.py) and on Interleave's runtime (interleave run
# bench/python_queue.py); bench/compare.sh prints both. Best of 3.
import queue
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


def produce(q, n):
    for i in range(n):
        q.put(i)


def once():
    q = queue.Queue(maxsize=1024)
    t = threading.Thread(target=produce, args=(q, N))
    t0 = time.perf_counter()
    t.start()
    total = 0
    for _ in range(N):
        total += q.get()
    t.join()
    assert total == N * (N - 1) // 2
    return N / (time.perf_counter() - t0)


print("queue_items_per_s %.0f" % max(once() for _ in range(3)))
