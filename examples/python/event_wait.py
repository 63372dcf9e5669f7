# Polling against Event.wait: the poller checks the flag every 10 ms and
# sleeps in between (many wake-ups, and up to 10 ms late); the waiter sleeps
# in ready.wait() until the main thread sets the Event (one wake-up, at once).
import threading
import time

ready = threading.Event()


def waiter():
    print("waiting for the signal")
    ready.wait()               # blocks without using the CPU
    print("got the signal")


def poller():
    polls = 0
    while not ready.is_set():  # asks again and again
        polls += 1
        time.sleep(0.01)
    print("poller saw it after", polls, "polls")


if __name__ == "__main__":
    threads = [threading.Thread(target=waiter), threading.Thread(target=poller)]
    for t in threads:
        t.start()
    time.sleep(0.05)
    print("setting the event")
    ready.set()
    for t in threads:
        t.join()
