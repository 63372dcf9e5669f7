# terminate() stops a process that would run for a long time: it gets
# SIGTERM, and once joined its exitcode is -15 (killed by signal 15).
import multiprocessing as mp
import time


def forever():
    while True:
        time.sleep(0.1)


if __name__ == "__main__":
    p = mp.Process(target=forever)
    p.start()
    print("alive before terminate:", p.is_alive())
    p.terminate()
    p.join()
    print("alive after:", p.is_alive(), "exitcode", p.exitcode)
