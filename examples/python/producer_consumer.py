# Producer and consumer through a bounded Queue: the producer blocks while
# the queue is full, the consumer while it is empty, so neither needs a lock
# or a busy loop. None is the "no more items" signal.
import queue
import threading
import time

q = queue.Queue(maxsize=3)


def producer():
    for i in range(6):
        q.put("item %d" % i)   # waits while 3 items are already queued
        print("put item", i, "size", q.qsize())
    q.put(None)


def consumer():
    while True:
        item = q.get()         # waits while the queue is empty
        if item is None:
            break
        print("got", item)
        time.sleep(0.01)       # the consumer is the slower one


if __name__ == "__main__":
    threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("done")
