// tests/python/explore_test.cpp — a Python program's final values as its
// results, and `interleave explore` on Python programs: the lost update found
// at bytecode granularity and judged with --expect over the program's own
// global, and the Lock version clean within the bound.
#include <doctest.h>

#include "tests/python/program.hpp"

using il::test::has;
using il::test::Program;

TEST_CASE("python results: the program's final globals are its results — numbers, bools, short strings; not functions, modules, _private names or a forked child's") {
    Program p(R"(import os, threading
count = 0
ratio = 0.5
done = True
state = "finished"
_hidden = 1
long_text = "x" * 500
items = [1, 2]
def work():
    global count
    count += 1
t = threading.Thread(target=work); t.start(); t.join()
pid = os.fork()
if pid == 0:
    child_only = 1
    os._exit(0)
os.waitpid(pid, 0)
del pid
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "result:    count = 1\n"));
    CHECK(has(r.out, "result:    ratio = 0.5\n"));
    CHECK(has(r.out, "result:    done = True\n"));
    CHECK(has(r.out, "result:    state = finished\n"));
    CHECK_FALSE(has(r.out, "_hidden"));
    CHECK_FALSE(has(r.out, "long_text"));
    CHECK_FALSE(has(r.out, "items"));
    CHECK_FALSE(has(r.out, "result:    work"));
    CHECK_FALSE(has(r.out, "result:    os"));
    CHECK_FALSE(has(r.out, "child_only"));
}

TEST_CASE("python explore: the lost update is found at bytecode granularity with one preemption, and with a Lock none is") {
    Program lost(R"(import threading
n = 0
def add():
    global n
    for _ in range(2):
        n += 1
ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
)");
    const auto found = il::test::run_cli({"explore", lost.path(), "--granularity", "bytecode", "--expect", "n == 4", "--jobs", "1"});
    CHECK(found.code == 1);
    CHECK(has(found.out, "bug found: n (2) == 4 does not hold"));  // Thread-2's two updates, both lost
    CHECK(has(found.out, "preemptions: 1"));
    // The story: Thread-1 read n, then Thread-2 ran both its updates, then Thread-1 wrote its stale value.
    CHECK(has(found.out, "→ Thread-2 (add) reads n, writes n, reads n, writes n → Thread-1 (add) writes n"));
    Program locked(R"(import threading
n = 0
lock = threading.Lock()
def add():
    global n
    with lock:
        n += 1
ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
)");
    const auto none = il::test::run_cli(
        {"explore", locked.path(), "--granularity", "bytecode", "--expect", "n == 2", "--max-preemptions", "1"});
    CHECK(none.code == 0);
    CHECK(has(none.out, "no bug in every schedule with up to 1 preemptions"));
}

TEST_CASE("python explore: a waiter already in Event.wait() is released by set() then clear(), and only one that arrives later waits for ever") {
    Program p(R"(import threading, time
flag = threading.Event()
def waiter():
    flag.wait()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
flag.set()
flag.clear()
t.join()
)");
    // The default schedule has the waiter in wait() before set(): CPython's wait() returns True, no stuck run.
    const auto none = il::test::run_cli({"explore", p.path(), "--max-preemptions", "0"});
    CHECK(none.code == 0);
    CHECK(has(none.out, "no bug in every schedule with up to 0 preemptions"));
    // With one preemption MainThread sets and clears before the waiter reaches wait(): stuck for real.
    const auto stuck = il::test::run_cli({"explore", p.path(), "--max-preemptions", "1", "--jobs", "1"});
    CHECK(stuck.code == 1);
    CHECK(has(stuck.out, "bug found: stuck: "));
    CHECK(has(stuck.out, "preemptions: 1"));
}
