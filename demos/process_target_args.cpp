// demos/process_target_args.cpp — What this shows: Process(target=f,
// args=(…,), name=…): the child process runs f(*args). The parent can read
// each child's name and pid, ask is_alive(), and join() it; after join() the
// child has ended and exitcode is 0.
#include <chrono>
#include <cstdio>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using il::core::getpid;  // Python's os.getpid(), not the C library's
using il::core::getppid;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kInterval1 = param::Double("interval1", 0.4, 0.0, 5.0, "seconds worker_1 sleeps");
const auto kInterval2 = param::Double("interval2", 0.2, 0.0, 5.0, "seconds worker_2 (alogy) sleeps");

const char* py_bool(bool b) { return b ? "True" : "False"; }

std::string seconds_since(std::chrono::steady_clock::time_point t0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return buf;
}

// [SECTION] Workers
// The target: runs in the child with the args given to Process(...).
void worker(const std::string& label, double interval) {
    print(label + ": parent pid " + std::to_string(getppid()) + ", my pid " + std::to_string(getpid()) + "\n");
    const auto t0 = std::chrono::steady_clock::now();
    sleep(interval);
    print(label + ": ran for " + seconds_since(t0) + " s\n");
}

void run(RunContext& ctx) {
    const double interval1 = ctx[kInterval1];
    const double interval2 = ctx[kInterval2];

    // [SECTION] Setup
    print("main process pid " + std::to_string(getpid()) + "\n");
    Process p1([interval1] { worker("worker_1", interval1); });                  // target=worker_1, args=(2,)
    Process p2([interval2] { worker("worker_2", interval2); }, "alogy");        // name="alogy"
    p1.start();
    p2.start();

    print("p2.is_alive = " + std::string(py_bool(p2.is_alive())) + "\n");
    print("p1.name = " + p1.name() + ", p1.pid = " + std::to_string(p1.pid()) + "\n");
    print("p2.name = " + p2.name() + ", p2.pid = " + std::to_string(p2.pid()) + "\n");
    ctx.result("p1.name", p1.name());
    ctx.result("p2.name", p2.name());
    ctx.result("p1.pid", p1.pid());
    ctx.result("p2.pid", p2.pid());

    p1.join();  // wait for worker_1 only

    // [SECTION] Checks
    print("p1.is_alive = " + std::string(py_bool(p1.is_alive())) + ", p1.exitcode = " +
          std::to_string(p1.exitcode().value_or(-1)) + "\n");
    ctx.result(N_("p1.is_alive after join"), py_bool(p1.is_alive()));
    ctx.result("p1.exitcode", p1.exitcode().value_or(-1));
    p2.join();
    ctx.result("p2.exitcode", p2.exitcode().value_or(-1));
}

}  // namespace

IL_DEMO({
    .id = "process.target_args",
    .title = "Process(target, args, name): start, is_alive, pid, join",
    .group = "Process",
    .summary = "Two child processes run a function with arguments; the parent reads name, pid, is_alive, exitcode.",
    .explanation =
        "multiprocessing.Process wraps fork(): you give it a target function and its arguments, start() creates "
        "the child process, and the child runs target(*args) and ends. Here worker_1 and worker_2 each print "
        "their parent's pid and their own, sleep for their interval and report how long they ran. The first "
        "Process gets the default name Process-1; the second is given name='alogy' (as in the course). The "
        "parent reads p.name and p.pid right after start(); p2.is_alive() is True while it sleeps. p1.join() "
        "blocks the parent until worker_1 has ended (MainThread's lane is blocked on Process-1 meanwhile); after "
        "that p1.is_alive() is False and p1.exitcode is 0. Notice how the children's getppid() equals the main "
        "process's pid.",
    .python =
        "from multiprocessing import Process\n"
        "import os, time\n"
        "def worker(label, interval):\n"
        "    print(label, os.getppid(), os.getpid())\n"
        "    time.sleep(interval)\n"
        "p1 = Process(target=worker, args=('worker_1', 2))\n"
        "p2 = Process(target=worker, name='alogy', args=('worker_2', 1))\n"
        "p1.start(); p2.start()\n"
        "print('p2.is_alive =', p2.is_alive())\n"
        "print(p1.name, p1.pid, p2.name, p2.pid)\n"
        "p1.join()\n"
        "print('p1.is_alive =', p1.is_alive(), 'exitcode', p1.exitcode)\n",
    .try_this = {"Run it: p1.name is Process-1, p2.name is alogy, and after join p1.is_alive is False with "
                 "exitcode 0.",
                 "Set interval1=0.1 and interval2=1: worker_1 finishes long before worker_2, and the parent "
                 "continues after p1.join() while alogy still sleeps.",
                 "In step mode, try to grant MainThread past p1.join(): it is not offered until you have granted "
                 "Process-1 to its end."},
    .params = {kInterval1, kInterval2},
    .run = &run,
});
