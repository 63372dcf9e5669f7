# The two-lock deadlock, fixed with a timeout: a thread that cannot get its
# second lock in time lets go of its first one and tries again, so the other
# thread can finish.
import threading
import time

mutexA = threading.Lock()
mutexB = threading.Lock()


def worker(first, second, label):
    while True:
        with first:
            time.sleep(0.01)
            if second.acquire(timeout=0.05):   # give up instead of waiting forever
                print(label, "got both locks")
                second.release()
                return
        print(label, "backs off and tries again")
        time.sleep(0.01)


if __name__ == "__main__":
    t1 = threading.Thread(target=worker, args=(mutexA, mutexB, "task1"))
    t2 = threading.Thread(target=worker, args=(mutexB, mutexA, "task2"))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("no deadlock")
