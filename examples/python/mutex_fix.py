# The lost update fixed with a mutex: only the thread holding `mutex` may
# read, add and write g_num, so no update is lost, whatever the schedule.
# The cost: the threads now take turns at every increment.
import threading

g_num = 0
mutex = threading.Lock()


def add(times):
    global g_num
    for _ in range(times):
        with mutex:            # acquire ... release, even on an exception
            g_num += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=add, args=(50,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("g_num =", g_num)    # always 100
