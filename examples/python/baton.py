# Three locks as a baton: each task waits for its own lock, prints, and
# passes the baton by releasing the next task's lock, so the order is always
# Task1, Task2, Task3, whatever the scheduler does.
import threading

lock1 = threading.Lock()
lock2 = threading.Lock()
lock3 = threading.Lock()
lock2.acquire()                 # Task2 and Task3 wait for the baton
lock3.acquire()


def task(mine, nxt, label):
    for _ in range(2):
        mine.acquire()
        print(label)
        nxt.release()


if __name__ == "__main__":
    ts = [threading.Thread(target=task, args=(lock1, lock2, "Task1")),
          threading.Thread(target=task, args=(lock2, lock3, "Task2")),
          threading.Thread(target=task, args=(lock3, lock1, "Task3"))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
