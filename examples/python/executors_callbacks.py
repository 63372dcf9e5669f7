# concurrent.futures: submit() returns a Future at once; add_done_callback
# runs a function when it is done. With a ThreadPoolExecutor the callback
# runs in the worker thread that finished; with a ProcessPoolExecutor the
# work runs in worker processes and the callback in the main process.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
import os

MAIN_PID = os.getpid()


def square(n):
    return n * n, os.getpid() != MAIN_PID


def report(kind):
    def done(future):
        value, elsewhere = future.result()
        print(kind, "callback:", value, "computed in another process:", elsewhere,
              "callback in the main process:", os.getpid() == MAIN_PID)
    return done


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for n in range(3):
            pool.submit(square, n).add_done_callback(report("thread"))
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(square, n) for n in range(3)]
        for f in futures:
            f.add_done_callback(report("process"))
        print("as_completed:", sorted(f.result()[0] for f in as_completed(futures)))
