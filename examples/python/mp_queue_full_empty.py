# A multiprocessing Queue(3) holds at most 3 items: a put with a timeout
# waits that long for room and then raises queue.Full; a get with a timeout
# on an empty queue raises queue.Empty.
import multiprocessing as mp
import queue

if __name__ == "__main__":
    q = mp.Queue(3)
    for item in ["a", "b", "c"]:
        q.put(item)
    print("full:", q.full(), "size:", q.qsize())
    try:
        q.put("d", timeout=0.1)
    except queue.Full:
        print("put('d', timeout=0.1) raised queue.Full")
    try:
        q.put_nowait("d")
    except queue.Full:
        print("put_nowait('d') raised queue.Full")
    print("got:", [q.get() for _ in range(3)], "empty:", q.empty())
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("get(timeout=0.1) raised queue.Empty")
