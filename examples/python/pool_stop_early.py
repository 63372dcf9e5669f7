# Stop a pool as soon as one result says "found": apply_async every task,
# check the results in submission order, and terminate() at the first True;
# the tasks still queued never run.
import multiprocessing as mp
import time


def check(n):
    time.sleep(0.01)
    return n == 7


if __name__ == "__main__":
    pool = mp.Pool(3)
    pending = [pool.apply_async(check, (n,)) for n in range(100)]
    for n, result in enumerate(pending):
        if result.get():
            print("found it at", n, "- terminating the pool")
            pool.terminate()
            break
    pool.join()
    print("results looked at: %d of %d" % (n + 1, len(pending)))
