# apply() waits for each task before submitting the next, so tasks run one
# at a time; apply_async() submits them all at once, so the pool runs them
# side by side. On the timeline: one busy worker at a time, then all four.
import multiprocessing as mp
import time


def task(n):
    time.sleep(0.05)
    return n


if __name__ == "__main__":
    with mp.Pool(4) as pool:
        start = time.time()
        one_by_one = [pool.apply(task, (n,)) for n in range(8)]
        apply_took = time.time() - start
        start = time.time()
        handles = [pool.apply_async(task, (n,)) for n in range(8)]
        together = [h.get() for h in handles]
        async_took = time.time() - start
    print("apply:", one_by_one)
    print("apply_async:", together)
    print("apply_async was faster:", async_took < apply_took)
