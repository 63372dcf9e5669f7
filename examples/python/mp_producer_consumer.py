# A producer process and a consumer process share a multiprocessing Queue:
# the producer puts five messages and a None to say it is done; the consumer
# gets them in the same order, each a copy sent from the other process.
import multiprocessing as mp


def producer(q):
    for i in range(5):
        q.put("message %d" % i)
    q.put(None)


def consumer(q):
    while True:
        item = q.get()
        if item is None:
            break
        print("consumer got", item)


if __name__ == "__main__":
    q = mp.Queue(2)
    p = mp.Process(target=producer, args=(q,))
    c = mp.Process(target=consumer, args=(q,))
    p.start()
    c.start()
    p.join()
    c.join()
    print("producer and consumer are done")
