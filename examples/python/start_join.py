# Threads start, run side by side, and join: the main thread waits for both
# before it prints its last line.
import threading
import time


def sing(n):
    for i in range(n):
        print("sing", i)
        time.sleep(0.01)


def dance(n):
    for i in range(n):
        print("dance", i)
        time.sleep(0.01)


if __name__ == "__main__":
    t1 = threading.Thread(target=sing, args=(3,))
    t2 = threading.Thread(target=dance, args=(3,), name="dancer")
    t1.start()
    t2.start()
    print("started:", t1.name, "and", t2.name)
    t1.join()
    t2.join()
    print("both done; alive:", t1.is_alive(), t2.is_alive())
