# One global lock order: both threads need mutexA and mutexB, and both take
# mutexA first. A thread holding mutexB never waits for mutexA, so no cycle
# can form and no schedule deadlocks (compare two_lock_deadlock.py).
import threading

mutexA = threading.Lock()
mutexB = threading.Lock()


def transfer(name):
    for _ in range(2):
        with mutexA:           # always first
            with mutexB:       # always second
                print(name, "holds both locks")


if __name__ == "__main__":
    t1 = threading.Thread(target=transfer, args=("task1",))
    t2 = threading.Thread(target=transfer, args=("task2",))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("no deadlock")
