# The lost update: two threads each add 1 to g_num, N times, without a lock.
# `g_num += 1` is three bytecode steps: read g_num, add 1, write it back. If
# the other thread writes in between a read and its write, an update is lost.
#
# Step it by hand, one instruction at a time, on the line that reads and
# writes g_num:
#   interleave run lost_update.py --mode step --granularity bytecode
# (in the window: Run controls → step by → bytecode). Take a read in Thread-1,
# a read in Thread-2, then both writes: g_num grows by 1, not 2.
#
# Honest about the real interpreter: CPython 3.11 lets another thread run
# only at calls, loop back-edges and function starts, never between this
# read and this write, so in run mode the loop does not lose updates; the
# steps where 3.11 could not switch say so ("3.11 never switches threads
# here"). Older Pythons and free-threaded builds can lose them for real.
import threading

N = 5
g_num = 0


def add():
    global g_num
    for _ in range(N):
        g_num += 1


if __name__ == "__main__":
    t1 = threading.Thread(target=add)
    t2 = threading.Thread(target=add)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("g_num =", g_num, "expected", 2 * N)
