# Waiting for a flag: the worker sleeps in ready.wait() until the main thread
# sets the Event, instead of spinning on a global variable (busy-waiting).
import threading
import time

ready = threading.Event()


def worker():
    print("waiting for the signal")
    ready.wait()               # blocks without using the CPU
    print("got the signal")


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    time.sleep(0.05)
    print("setting the event")
    ready.set()
    t.join()
