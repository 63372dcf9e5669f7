// tests/python/queue_test.cpp — queue.Queue, LifoQueue, PriorityQueue and
// SimpleQueue, threading.Timer and threading.Barrier in unmodified programs:
// CPython's rules (order, Full/Empty, task_done/join, timeouts) on
// Interleave's runtime, and a producer/consumer deadlock-free in every mode.
#include <doctest.h>

#include <string>

#include "program.hpp"

using il::test::Program;
using il::test::has;

TEST_CASE("python queue: FIFO, LIFO and priority order — qsize, empty and full") {
    Program p(R"(import queue
q = queue.Queue(3)
for x in (3, 1, 2): q.put(x)
print("fifo", [q.get() for _ in range(3)], q.empty())
l = queue.LifoQueue()
for x in (3, 1, 2): l.put(x)
print("lifo", [l.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in ((3, "c"), (1, "a"), (2, "b")): pq.put(x)
print("priority", [pq.get()[1] for _ in range(3)])
q.put("a"); q.put("b"); q.put("c")
print("size", q.qsize(), q.full(), q.maxsize)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] fifo [3, 1, 2] True"));
    CHECK(has(r.out, "[MainThread] lifo [2, 1, 3]"));
    CHECK(has(r.out, "[MainThread] priority ['a', 'b', 'c']"));
    CHECK(has(r.out, "[MainThread] size 3 True 3"));
}

TEST_CASE("python queue: put_nowait on a full queue raises queue.Full, get_nowait on an empty one queue.Empty") {
    Program p(R"(import queue
q = queue.Queue(maxsize=1)
q.put_nowait(1)
try:
    q.put_nowait(2)
except queue.Full:
    print("Full")
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout")
q.get()
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] Full\n"));
    CHECK(has(r.out, "[MainThread] Full after timeout"));
    CHECK(has(r.out, "[MainThread] Empty\n"));
    CHECK(has(r.out, "[MainThread] Empty after timeout"));
    CHECK(has(r.out, "[MainThread] ValueError: 'timeout' must be a non-negative number"));
}

TEST_CASE("python queue: objects pass as themselves between threads — task_done and join wait for every item") {
    Program p(R"(import queue, threading
q = queue.Queue()
box = {"n": 0}
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        item["seen"] = True
        box["n"] += 1
        q.task_done()
t = threading.Thread(target=worker); t.start()
items = [{"k": i} for i in range(3)]
for it in items: q.put(it)
q.put(None)
q.join()
print("all done", box["n"], all(it.get("seen") for it in items))
t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] all done 3 True"));
    CHECK(has(r.out, "[MainThread] ValueError: task_done() called too many times"));
}

TEST_CASE("python queue: a bounded producer/consumer finishes in every mode, the consumer getting every item in order") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        Program p(R"(import queue, threading
q = queue.Queue(maxsize=2)
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer():
    got = []
    while (x := q.get()) is not None:
        got.append(x)
    print("consumed", got)
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts: t.start()
for t in ts: t.join()
)");
        const auto r = p.run({"--mode", mode});
        CHECK(r.code == 0);
        CHECK(has(r.out, "consumed [0, 1, 2, 3, 4]"));
    }
}

TEST_CASE("python queue: a consumer waiting on an empty queue nobody fills is a stuck run, named") {
    Program p(R"(import queue, threading
q = queue.Queue()
def consumer():
    q.get()
t = threading.Thread(target=consumer); t.start(); t.join()
)");
    const auto r = p.run({"--mode", "step"});
    CHECK(r.code == 1);
    CHECK(has(r.out, "stuck"));
}

TEST_CASE("python Timer: it calls the function after its interval, unless cancelled first") {
    Program p(R"(import threading
def hello(who):
    print("hello", who)
t = threading.Timer(0.01, hello, args=("world",)); t.start(); t.join()
c = threading.Timer(5, hello, args=("never",)); c.start(); c.cancel(); c.join()
print("done")
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "hello world"));
    CHECK_FALSE(has(r.out, "hello never"));
    CHECK(has(r.out, "[MainThread] done"));
}

TEST_CASE("python Barrier: no thread passes until all parties arrive — wait returns distinct indices") {
    Program p(R"(import threading
b = threading.Barrier(3)
order = []
def party():
    order.append("arrive")
    i = b.wait()
    order.append("pass")
    return i
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(order[:3], order[3:], b.n_waiting, b.broken)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "['arrive', 'arrive', 'arrive'] ['pass', 'pass', 'pass'] 0 False"));
}
