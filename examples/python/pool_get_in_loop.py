# get() inside the submitting loop waits for each result before the next
# task is even submitted: apply_async becomes as slow as apply. Keep the
# AsyncResults and call get() after the loop instead.
import multiprocessing as mp
import time


def task(n):
    time.sleep(0.05)
    return n * 10


if __name__ == "__main__":
    with mp.Pool(4) as pool:
        start = time.time()
        in_loop = [pool.apply_async(task, (n,)).get() for n in range(4)]
        in_loop_took = time.time() - start
        start = time.time()
        handles = [pool.apply_async(task, (n,)) for n in range(4)]
        after = [h.get() for h in handles]
        after_took = time.time() - start
    print("get() in the loop:", in_loop, "- after the loop:", after)
    print("get() after the loop was faster:", after_took < in_loop_took)
