# Threads share the program's globals: work1 appends to g_nums and adds to
# g_num; work2, started after work1 finished, sees both changes. (Processes
# would each get their own copy: see the fork examples.)
import threading

g_num = 100
g_nums = [11, 22]


def work1():
    global g_num
    g_num += 3
    g_nums.append(33)
    print("work1: g_num =", g_num, "g_nums =", g_nums)


def work2():
    print("work2: g_num =", g_num, "g_nums =", g_nums)


if __name__ == "__main__":
    t1 = threading.Thread(target=work1)
    t1.start()
    t1.join()                  # work1 is done before work2 starts
    t2 = threading.Thread(target=work2)
    t2.start()
    t2.join()
    print("main: g_num =", g_num)
