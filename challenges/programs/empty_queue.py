# The program of challenges/consumer_timeout.toml: a consumer that waits at
# most half a second for each of three items, and a producer that puts them.
# 一个消费者，每件物品最多等半秒；一个生产者，放进三件物品。
import queue
import threading

q = queue.Queue()
got = 0
timeouts = 0


def producer():
    for item in range(3):
        q.put(item)


def consumer():
    global got, timeouts
    while got + timeouts < 3:
        try:
            q.get(timeout=0.5)
            got += 1
        except queue.Empty:
            timeouts += 1


if __name__ == "__main__":
    c = threading.Thread(target=consumer, name="consumer")
    p = threading.Thread(target=producer, name="producer")
    c.start()
    p.start()
    c.join()
    p.join()
    print("got", got, "timeouts", timeouts)
