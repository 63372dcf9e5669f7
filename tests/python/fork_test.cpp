// tests/python/fork_test.cpp — os.fork in a learner's program on the runtime:
// the child is a process worker (Child-1) from its first line, in run and
// step mode; os.wait/waitpid reap through the runtime; a step schedule
// replays across processes. (multiprocessing and concurrent.futures' process
// pools are issue "Python programs II"; a plain multiprocessing.Process
// already runs, as a Child worker.)
#include <doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "program.hpp"

using il::test::Program;
using il::test::check_both_modes;
using il::test::has;

TEST_CASE("python fork: os.fork returns twice — the child is a process worker from its first line, its globals its own, its exit status the parent's to reap") {
    Program p(R"(import os
g = 1
pid = os.fork()
if pid == 0:
    g = 2
    print("child sees", g, os.getppid() > 1)
    raise SystemExit(3)
p, status = os.waitpid(pid, 0)
print("parent sees", g, p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("again:", e)
)");
    check_both_modes(p, {"[Child-1] child sees 2 True",
                         "[MainThread] parent sees 1 True True 3",
                         "[MainThread] again: [Errno 10] No child processes"});
}

TEST_CASE("python fork: two forks in a row make four processes, each a worker — os.wait reaps until there is no child") {
    Program p(R"(import os
a = os.fork()
b = os.fork()
print("hello", a == 0, b == 0)
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
)");
    check_both_modes(p, {"[MainThread] hello False False",
                         "[Child-1] hello True False",
                         "[Child-2] hello False True",
                         "[Child-1/Child-1] hello True True"});
}

TEST_CASE("python fork: a step-mode schedule of a forking program replays the same output") {
    Program p(R"(import os, threading
lock = threading.Lock()
pid = os.fork()
with lock:
    print("in", "child" if pid == 0 else "parent")
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print("reaped")
)");
    const std::string sched = p.file("s.schedule");
    const auto first = p.run({"--mode", "step", "--save-schedule", sched});
    REQUIRE(first.code == 0);
    const auto again = p.run({"--schedule", sched});
    CHECK(again.code == 0);
    CHECK(has(again.out, "[Child-1] in child"));
    CHECK(has(again.out, "[MainThread] reaped"));
    CHECK(has(again.out, "outcome:   completed"));
}

TEST_CASE("python fork: a multiprocessing.Process runs its target in a child process worker, in run and step mode") {
    Program p(R"(import multiprocessing as mp
def work(n):
    print("work", n)
if __name__ == "__main__":
    ps = [mp.Process(target=work, args=(i,)) for i in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print("exitcodes", [p.exitcode for p in ps])
)");
    check_both_modes(p, {"work 0",
                         "work 1",
                         "[MainThread] exitcodes [0, 0]"}, {}, 0, {"--timeout", "30"});
}

TEST_CASE("python fork: os.waitpid with WNOHANG answers (0, 0) while the child runs and reaps it once it has ended") {
    Program p(R"(import os, time
pid = os.fork()
if pid == 0:
    time.sleep(0.05)
    os._exit(4)
print("early", os.waitpid(pid, os.WNOHANG))
while True:
    p, st = os.waitpid(pid, os.WNOHANG)
    if p:
        break
    time.sleep(0.01)
print("late", p == pid, os.WEXITSTATUS(st))
)");
    check_both_modes(p, {"[MainThread] early (0, 0)",
                         "[MainThread] late True 4"}, {"not observed"}, 0, {"--timeout", "30"});
}

TEST_CASE("python fork: CPython's own after-fork hooks make CPython's locks, not objects or steps of the program") {
    Program p(R"(import os
pid = os.fork()
if pid == 0:
    os._exit(0)
os.wait()
print("done")
)");
    const auto r = p.run({"--mode", "step", "--trace", p.file("t.json")});
    CHECK(r.code == 0);
    std::ifstream in(p.dir() + "/t.json");
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(json.find("RLock@") == std::string::npos);
    CHECK(json.find("Lock@") == std::string::npos);
}
