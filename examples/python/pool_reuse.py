# Pool(3) forks three worker processes once and hands them all 12 tasks:
# the same few pids do all the work, and map returns the results in the
# order the tasks were given.
import multiprocessing as mp
import os


def work(n):
    return n * n, os.getpid()


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        results = pool.map(work, range(12), chunksize=1)
    print("results in order:", [r for r, _ in results])
    print("worker processes used:", len({pid for _, pid in results}) <= 3)
