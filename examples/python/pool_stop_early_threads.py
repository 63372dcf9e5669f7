# The same search with two threads: one submits tasks (up to 1000) while the
# other checks each result as it comes; the checker terminates the pool at
# the first True, and the submitter stops when apply_async refuses.
import multiprocessing as mp
import queue
import threading


def check(n):
    return n == 7


if __name__ == "__main__":
    pool = mp.Pool(2)
    results = queue.Queue()

    def submitter():
        for n in range(1000):
            try:
                results.put((n, pool.apply_async(check, (n,))))
            except ValueError:          # the pool is no longer running
                break

    def checker():
        while True:
            n, r = results.get()
            if r.get():
                print("checker: found it at", n)
                pool.terminate()
                break

    t1 = threading.Thread(target=submitter)
    t2 = threading.Thread(target=checker)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    pool.join()
    print("both threads done")
