# Two threads, two locks, taken in opposite order: each holds one lock and
# waits for the other, so neither can go on — a deadlock.
# Fix it: take the locks in one global order, or give the second acquire a
# timeout (mutexB.acquire(timeout=2)) and back off when it fails.
import threading
import time

mutexA = threading.Lock()
mutexB = threading.Lock()


def task1():
    mutexA.acquire()
    print(threading.current_thread().name, "holds mutexA")
    time.sleep(0.1)            # meanwhile the other thread takes mutexB
    mutexB.acquire()           # waits for task2 forever
    print("task1 got both")
    mutexB.release()
    mutexA.release()


def task2():
    mutexB.acquire()
    print(threading.current_thread().name, "holds mutexB")
    time.sleep(0.1)
    mutexA.acquire()           # waits for task1 forever
    print("task2 got both")
    mutexA.release()
    mutexB.release()


if __name__ == "__main__":
    t1 = threading.Thread(target=task1)
    t2 = threading.Thread(target=task2)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
