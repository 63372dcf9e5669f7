// tests/python/threading_test.cpp — unmodified threading programs on
// Interleave's runtime: CPython's rules for threads and their primitives, and
// Interleave's promises for them (workers named as Python names them,
// deadlocks named with the program's variables, exit status and tracebacks).
#include <doctest.h>

#include <cctype>
#include <string>

#include "core/runtime/registry.hpp"
#include "program.hpp"

using il::test::Program;
using il::test::check_both_modes;
using il::test::has;

TEST_CASE("python threads: a thread is named Thread-N (target), or the name given, and join waits for it") {
    Program p(R"(import threading
def work(n):
    print("work", n)
t1 = threading.Thread(target=work, args=(1,))
t2 = threading.Thread(target=work, kwargs={"n": 2}, name="second")
print(t1.name, "|", t2.name)
t1.start(); t2.start()
t1.join(); t2.join()
print("alive after join:", t1.is_alive(), t2.is_alive())
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] Thread-1 (work) | second"));
    CHECK(has(r.out, "[Thread-1 (work)] work 1"));
    CHECK(has(r.out, "[second] work 2"));
    CHECK(has(r.out, "[MainThread] alive after join: False False"));
    CHECK(has(r.out, "outcome:   completed"));
}

TEST_CASE("python threads: a subclass overriding run() runs in its own thread — current_thread() is that thread") {
    Program p(R"(import threading
class Worker(threading.Thread):
    def __init__(self, label):
        super().__init__()
        self.label = label
    def run(self):
        print(self.label, threading.current_thread() is self, threading.current_thread().name)
w = Worker("hello")
w.start(); w.join()
print(threading.current_thread().name, threading.main_thread().name)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[Thread-1] hello True Thread-1"));
    CHECK(has(r.out, "[MainThread] MainThread MainThread"));
}

TEST_CASE("python threads: the two-lock deadlock is named with the program's own variable names") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        Program p(R"(import threading, time
mutexA = threading.Lock()
mutexB = threading.Lock()
def task1():
    with mutexA:
        time.sleep(0.05)
        with mutexB:
            pass
def task2():
    with mutexB:
        time.sleep(0.05)
        with mutexA:
            pass
a = threading.Thread(target=task1); b = threading.Thread(target=task2)
a.start(); b.start(); a.join(); b.join()
)");
        const auto r = p.run({"--mode", mode});
        CHECK(r.code == 1);
        CHECK(has(r.out, "deadlock: Thread-1 (task1) waits for mutexB held by Thread-2 (task2), which waits for mutexA "
                         "held by Thread-1 (task1)"));
    }
}

TEST_CASE("python threads: an object bound to an attribute is named after it, a list's element after the list, another after its line") {
    Program p(R"(import threading
class Account:
    def __init__(self):
        self.lock = threading.Lock()
acct = Account()
locks = [threading.Lock()]
forks = [threading.Lock() for _ in range(3)]
more = []
for _ in range(2):
    more.append(threading.Lock())
again = [threading.Lock() for _ in range(1)]
print(acct.lock.name, "|", locks[0].name, "|", forks[0].name, forks[2].name, "|", more[1].name, "|", again[0].name)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    // A comprehension counts its own elements; append names the list's next index.
    CHECK(has(r.out, "[MainThread] lock | Lock@line 6 | forks[0] forks[2] | more[1] | again[0]"));
}

TEST_CASE("python threads: two objects bound to the same name are told apart, so a deadlock never names two locks alike") {
    Program p(R"(from threading import Thread, Lock
import time
class Account:
    def __init__(self, name):
        self.name = name
        self.lock = Lock()
alice, bob = Account("alice"), Account("bob")
def transfer(src, dst):
    with src.lock:
        time.sleep(0.05)
        with dst.lock:
            pass
t1 = Thread(target=transfer, args=(alice, bob), name="T-alice")
t2 = Thread(target=transfer, args=(bob, alice), name="T-bob")
t1.start(); t2.start(); t1.join(); t2.join()
)");
    const auto r = p.run();
    CHECK(r.code == 1);
    CHECK(has(r.out, "deadlock: T-alice waits for lock#2 held by T-bob, which waits for lock held by T-alice"));
}

TEST_CASE("python Lock: releasing an unlocked lock raises RuntimeError 'release unlocked lock'") {
    Program p(R"(import threading
l = threading.Lock()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(l.acquire(), l.locked(), l.acquire(blocking=False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] RuntimeError: release unlocked lock"));
    CHECK(has(r.out, "[MainThread] True True False False"));
    CHECK(has(r.out, "[MainThread] False"));
}

TEST_CASE("python RLock: the owner may take it again — another thread's release raises RuntimeError") {
    Program p(R"(import threading
r = threading.RLock()
with r:
    with r:
        print("twice")
r.acquire()
def other():
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
t = threading.Thread(target=other); t.start(); t.join()
r.release()
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] twice"));
    CHECK(has(r.out, "RuntimeError: cannot release un-acquired lock"));
}

TEST_CASE("python Event: wait returns True once set, False when its timeout passes first") {
    Program p(R"(import threading
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
def setter():
    ev.set()
t = threading.Thread(target=setter); t.start()
print(ev.wait(), ev.is_set())
t.join(); ev.clear(); print(ev.is_set())
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] False False"));
    CHECK(has(r.out, "[MainThread] True True"));
    CHECK(has(r.out, "[MainThread] False\n"));
}

TEST_CASE("python Condition: wait releases the lock until notify — wait_for checks its predicate") {
    Program p(R"(import threading
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) == 2)
        print("got", items)
t = threading.Thread(target=consumer); t.start()
for x in (1, 2):
    with cond:
        items.append(x)
        cond.notify()
t.join()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "got [1, 2]"));
    CHECK(has(r.out, "RuntimeError: cannot notify on un-acquired lock"));
}

TEST_CASE("python Semaphore: acquire counts down — a BoundedSemaphore released too often raises ValueError") {
    Program p(R"(import threading
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release(2)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] True True False"));
    CHECK(has(r.out, "[MainThread] ValueError: Semaphore released too many times"));
}

TEST_CASE("python threads: an uncaught exception in a thread prints as CPython prints it, and the run goes on") {
    Program p(R"(import threading
def worker():
    raise KeyError("boom")
t = threading.Thread(target=worker); t.start(); t.join()
print("main goes on")
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "Exception in thread Thread-1 (worker):"));
    CHECK(has(r.out, "Traceback (most recent call last):"));
    CHECK(has(r.out, "KeyError: 'boom'"));
    CHECK(has(r.out, "[MainThread] main goes on"));
}

TEST_CASE("python: an uncaught exception in the main thread ends the run with its traceback and exit status 1") {
    Program p("x = 1\nprint(x)\n1 / 0\n");
    const auto r = p.run();
    CHECK(r.code == 1);
    CHECK(has(r.out, "line 3, in <module>"));
    CHECK(has(r.out, "ZeroDivisionError: division by zero"));
    CHECK(has(r.out, "exit code 1"));
}

TEST_CASE("python: sys.exit(n) ends the run with status n") {
    Program p("import sys\nprint('bye')\nsys.exit(3)\n");
    const auto r = p.run();
    CHECK(r.code == 1);
    CHECK(has(r.out, "exit code 3"));
}

TEST_CASE("python: the program sees sys.argv, __name__ == '__main__' and its own directory first on sys.path") {
    Program p("import sys, os\nprint(__name__, os.path.basename(sys.argv[0]), sys.path[0] == os.path.dirname(os.path.abspath(__file__)))\n");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] __main__ prog.py True"));
}

TEST_CASE("python: a program's own module beside it imports, and its locks are named too") {
    Program p("import helper\nhelper.go()\n");
    std::ofstream(p.file("helper.py")) << "import threading\ndef go():\n    print('helper ran')\n";
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] helper ran"));
}

TEST_CASE("python: a missing program is a clear error and exit status 2") {
    const auto r = il::test::run_cli({"run", "/tmp/il_no_such_program_here.py"});
    CHECK(r.code == 2);
    CHECK(has(r.err, "il_no_such_program_here.py"));
}

TEST_CASE("python: a step-mode schedule of a program replays the same output") {
    Program p(R"(import threading
total = 0
def add(k):
    global total
    for _ in range(2):
        with lock:
            total += k
lock = threading.Lock()
ts = [threading.Thread(target=add, args=(k,)) for k in (1, 10)]
for t in ts: t.start()
for t in ts: t.join()
print("total", total)
)");
    const std::string sched = p.file("s.schedule");
    const auto first = p.run({"--mode", "step", "--save-schedule", sched});
    REQUIRE(first.code == 0);
    const auto again = p.run({"--schedule", sched});
    CHECK(again.code == 0);
    CHECK(has(again.out, "[MainThread] total 22"));
    CHECK(has(again.out, "outcome:   completed"));
}

TEST_CASE("python threads: past the arena's worker limit, Thread.start raises RuntimeError with the limit, and the run goes on") {
    Program p(R"(import threading
def f(): pass
ts = []
try:
    for i in range(1000):
        t = threading.Thread(target=f); t.start(); ts.append(t)
except RuntimeError as e:
    print("RuntimeError:", e)
for t in ts: t.join()
print("done", len(ts) > 10)
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "RuntimeError: interleave: too many workers for this run (the arena holds"));
    CHECK(has(r.out, "[MainThread] done True"));
}

TEST_CASE("python time: in step mode time.monotonic follows the logical clock — sleeps count, think time does not") {
    Program p(R"(import time
t0 = time.monotonic()
w0 = time.time()
time.sleep(1)
time.sleep(0.5)
print("elapsed %.3f" % (time.monotonic() - t0), "wall %.3f" % (time.time() - w0))
)");
    const std::string sched = p.file("t.schedule");
    const auto r = p.run({"--mode", "step", "--save-schedule", sched});
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] elapsed 1.500 wall 1.500"));
    const auto again = p.run({"--schedule", sched});
    CHECK(has(again.out, "[MainThread] elapsed 1.500 wall 1.500"));  // a replay measures the same
}

TEST_CASE("python granularity: with granularity=lines every line of the program is a step, so a busy-wait loop can be stepped") {
    Program p(R"(import threading
flag = False
def waiter():
    n = 0
    while not flag:
        n += 1
    print("saw the flag")
t = threading.Thread(target=waiter)
t.start()
flag = True
t.join()
)");
    const std::string sched = p.file("lines.schedule");
    const auto r = p.run({"--mode", "step", "--param", "granularity=lines", "--save-schedule", sched});
    CHECK(r.code == 0);
    CHECK(has(r.out, "saw the flag"));
    const auto again = p.run({"--schedule", sched});  // the schedule keeps the granularity
    CHECK(again.code == 0);
    CHECK(has(again.out, "saw the flag"));
    CHECK(has(il::test::slurp(sched), "granularity=lines"));
}

TEST_CASE("python granularity: lines make more steps than operations for the same program, at the program's lines") {
    Program p("import threading\nl = threading.Lock()\nx = 1\ny = x + 1\nwith l:\n    z = y\nprint(z)\n");
    const auto ops = p.run({"--mode", "step"});
    const auto lines = p.run({"--mode", "step", "--param", "granularity=lines"});
    CHECK(ops.code == 0);
    CHECK(lines.code == 0);
    auto steps = [](const std::string& out) {
        const size_t at = out.find(" steps");
        size_t b = at;
        while (b > 0 && std::isdigit(static_cast<unsigned char>(out[b - 1]))) --b;
        return at == std::string::npos ? -1 : std::stoi(out.substr(b, at - b));
    };
    CHECK(steps(lines.out) >= steps(ops.out) + 5);  // one more per executed line
}

TEST_CASE("python: arguments after -- reach the program as sys.argv[1:] — --granularity is the parameter's shorthand") {
    Program p("import sys\nprint(sys.argv[1:])\n");
    const auto r = p.run({"--", "one", "two words", "--three"});
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] ['one', 'two words', '--three']"));
    const auto bad = p.run({"--granularity", "bytes"});
    CHECK(bad.code == 2);
    CHECK(has(bad.err, "granularity"));
    CHECK(p.run({"--granularity", "lines", "--mode", "step"}).code == 0);
}

TEST_CASE("python: a program edited on disk is read again — the next run and the source view get the new text") {
    Program p("print('one')\n");
    CHECK(has(p.run().out, "[MainThread] one"));
    const il::core::DemoInfo* before = il::core::Registry::find(p.path());
    REQUIRE(before != nullptr);
    std::ofstream(p.path()) << "print('two, edited')\n";
    CHECK(has(p.run().out, "[MainThread] two, edited"));
    const il::core::DemoInfo* after = il::core::Registry::find(p.path());
    CHECK(after == before);  // the same record, read again in place
    REQUIRE(il::core::Registry::source(after->source_file));
    CHECK(has(std::string(*il::core::Registry::source(after->source_file)), "two, edited"));
}

TEST_CASE("python threads: ident and native_id are None before start() and set once it returns — ident is the thread's own threading.get_ident()") {
    Program p(R"(import threading
seen = {}
def f():
    seen['ident'] = threading.get_ident()
    seen['native'] = threading.get_native_id()
t = threading.Thread(target=f)
print("before:", t.ident, t.native_id)
t.start()
ident, native = t.ident, t.native_id
print("after start:", ident is not None, native is not None)
t.join()
print("same:", ident == seen['ident'], native == seen['native'])
)");
    check_both_modes(p, {"[MainThread] before: None None",
                         "[MainThread] after start: True True",
                         "[MainThread] same: True True"});
}

TEST_CASE("python: a schedule replays exactly even when two threads share a name (the second worker is w#2)") {
    Program p(R"(import threading
out = []
lock = threading.Lock()
def work(k):
    for i in range(3):
        with lock:
            out.append(k)
ts = [threading.Thread(target=work, args=(k,), name="w") for k in "ab"]
for t in ts: t.start()
for t in ts: t.join()
print("".join(out), [t.name for t in ts])
)");
    for (const char* seed : {"1", "4", "5"}) {
        CAPTURE(seed);
        const std::string sched = p.file(std::string("s") + seed + ".schedule");
        const auto first = p.run({"--mode", "step", "--policy", "random", "--seed", seed, "--save-schedule", sched});
        REQUIRE(first.code == 0);
        const auto again = p.run({"--schedule", sched});
        CHECK(again.code == 0);
        const size_t at = first.out.find("[MainThread] ");
        REQUIRE(at != std::string::npos);
        const std::string line = first.out.substr(at, first.out.find('\n', at) - at);
        CHECK(has(again.out, line));
        CHECK(has(line, "['w', 'w']"));  // Python's own names are untouched
    }
}
