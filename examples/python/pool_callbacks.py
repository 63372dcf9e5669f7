# apply_async(..., callback=f): f gets the task's return value, and it runs
# in the main process, on the pool's result-handler thread, not in the
# worker. An error_callback gets the exception of a task that raised.
import multiprocessing as mp
import os
import threading

MAIN_PID = os.getpid()


def square(n):
    if n == 3:
        raise ValueError("no squares of 3 today")
    return n * n


def on_result(value):
    print("callback got", value, "in the main process:", os.getpid() == MAIN_PID,
          "on", threading.current_thread().name)


def on_error(error):
    print("error_callback got", repr(error))


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        handles = [pool.apply_async(square, (n,), callback=on_result, error_callback=on_error) for n in range(5)]
        for h in handles:
            h.wait()
    print("successful:", [h.successful() for h in handles])
