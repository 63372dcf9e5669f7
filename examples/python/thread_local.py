# threading.local against a dict keyed by thread: each thread's `local.name`
# is its own attribute, with no lock and no key to get wrong; the dict does
# the same by hand, keyed by the thread, and needs the lock to stay whole.
import threading

local = threading.local()
by_thread = {}
by_thread_lock = threading.Lock()


def greet(name):
    local.name = name          # this thread's own attribute
    with by_thread_lock:
        by_thread[threading.current_thread().name] = name
    hello()


def hello():
    # No argument needed: each thread reads back its own local.name.
    print("hello from", local.name, "- dict says",
          by_thread[threading.current_thread().name])


if __name__ == "__main__":
    threads = [threading.Thread(target=greet, args=(n,), name=n) for n in ("Ann", "Bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("main has no local.name:", not hasattr(local, "name"))
