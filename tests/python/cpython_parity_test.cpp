// tests/python/cpython_parity_test.cpp — the same program under Debian's
// CPython and on Interleave's runtime prints the same lines: results and
// error messages word for word, for the calls written against the C API
// (python/lock_type.cpp, python/queue_type.cpp), where nothing of CPython's
// own code checks the arguments.
#include <doctest.h>

#include <string>

#include "program.hpp"

using il::test::Program;

using il::test::check_same_as_cpython;

TEST_CASE("python parity: Lock and RLock take their arguments and raise their errors as CPython's do") {
    Program p(R"PY(import threading, weakref
l = threading.Lock()
r = threading.RLock()
for call in ("l.acquire(False, 1)", "l.acquire(timeout=-5)", "l.acquire(timeout=None)", "l.acquire(bogus=1)",
             "l.acquire(1, 2, 3)", "l.acquire(True, blocking=True)", "l.acquire(timeout='x')",
             "l.acquire(timeout=float('nan'))", "l.release(1)", "l.acquire(blocking=0)", "l.acquire(False)",
             "l.locked()", "l.release()", "l.release()", "l.acquire(timeout=0.01)", "l.acquire(True, 0)",
             "r.acquire(False, 1)", "r.acquire(timeout=-5)", "r.acquire(bogus=1)", "r.acquire(1, 2, 3)",
             "r.acquire()", "r.acquire(False)", "r.release()", "r.release()", "r.release()"):
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__, e)
print(weakref.ref(l)() is l)
l.release()
with l:
    print("with", l.locked())
c = threading.Condition(l)
with c:
    print("wait", c.wait(0.01))
)PY");
    check_same_as_cpython(p);
}

TEST_CASE("python parity: Queue, LifoQueue and PriorityQueue take their arguments and raise their errors as CPython's do") {
    Program p(R"PY(import queue
q = queue.Queue(2)
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for call in ("q.put()", "q.put(1, timeout=-1)", "q.put(1, False, -1)", "q.put(item=2, block=False)",
             "q.put(3, bogus=1)", "q.put(1,2,3,4)", "q.put(3, item=3)", "q.get(timeout=-1)", "q.get(False, -3)",
             "q.get(bogus=1)", "q.get(timeout='x')", "q.maxsize", "q.put_nowait()", "q.get_nowait(1)",
             "q.get(block=True, timeout=0)", "q.get(timeout=0.01)", "q.qsize()", "q.put(5, timeout=0.01)",
             "q.full()", "q.get_nowait()", "q.get_nowait()", "q.empty()",
             "lq.put('a')", "lq.put('b')", "lq.get()", "lq.get()",
             "pq.put(1)", "pq.put('a')", "pq.qsize()", "pq.get()", "pq.put((2, 'x'))", "pq.qsize()"):
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__, e)
class Jobs(queue.Queue):
    def __init__(self):
        super().__init__(maxsize=5)
        self.note = "mine"
j = Jobs()
j.put([1, 2])
print("subclass", j.maxsize, j.get(), j.note, j.empty())
)PY");
    check_same_as_cpython(p);
}
