# multiprocessing.Process runs a function in a new process. start() forks
# it, join() waits for it; meanwhile is_alive() is True. Each process has a
# name (Process-1, or the one you give) and a pid of its own.
import multiprocessing as mp
import os
import time


def work(label, times):
    time.sleep(0.2)          # still running when the parent asks is_alive()
    for i in range(times):
        print(label, i, "in", mp.current_process().name)


if __name__ == "__main__":
    p1 = mp.Process(target=work, args=("a", 2))
    p2 = mp.Process(target=work, args=("b", 2), name="second")
    p1.start()
    p2.start()
    print("started:", p1.name, p2.name, "alive:", p1.is_alive(), "own pids:", p1.pid != os.getpid())
    p1.join()
    p2.join()
    print("joined: alive", p1.is_alive(), p2.is_alive(), "exit codes", p1.exitcode, p2.exitcode)
