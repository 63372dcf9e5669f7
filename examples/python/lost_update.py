# The lost update: two threads each add 1 to g_num, N times, without a lock.
# Reading g_num, adding and writing back are separate steps: if the other
# thread writes in between, one of the two updates is lost.
#
# Honest about the real interpreter: CPython 3.11 switches threads only at
# calls, loop back-edges and after its switch interval, so in run mode this
# loop almost never loses an update. In step mode with granularity "lines"
# you choose who runs each line, and the loss is easy to make by hand:
#   interleave run lost_update.py --mode step --granularity lines
import threading

N = 5
g_num = 0


def add():
    global g_num
    for _ in range(N):
        tmp = g_num            # read
        tmp = tmp + 1          # add
        g_num = tmp            # write back: may overwrite the other thread's update


if __name__ == "__main__":
    t1 = threading.Thread(target=add)
    t2 = threading.Thread(target=add)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("g_num =", g_num, "expected", 2 * N)
