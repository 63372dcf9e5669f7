# A thread pool with a callback: two worker threads square numbers; when a
# task finishes, its callback runs in the pool thread that finished it (or
# in the caller, if the task was already done when the callback was added).
from concurrent.futures import ThreadPoolExecutor
import threading

results = []
results_lock = threading.Lock()


def square(n):
    return n * n


def collect(future):
    with results_lock:
        results.append(future.result())
    print("callback in", threading.current_thread().name, "got", future.result())


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for n in range(4):
            pool.submit(square, n).add_done_callback(collect)
    print("sorted results:", sorted(results))
