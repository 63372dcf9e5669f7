// demos/thread_order.cpp — What this shows: the order in which threads run
// is not decided by the program. Five threads each print "I'm Thread-N @ i"
// three times with a sleep in between; the console mixes them differently
// from run to run. Only each thread's own lines keep their order.
#include <memory>
#include <string>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kThreads = param::Int("threads", 5, 2, 8, "threads to start");
const auto kRounds = param::Int("rounds", 3, 1, 10, "lines per thread");
const auto kPause = param::Double("pause", 0.05, 0.0, 1.0, "seconds each thread sleeps before a line");

// [SECTION] Workers
// The course's MyThread.run(): three rounds of sleep, then say who and which round.
void my_thread_run(int rounds, double pause) {
    for (int i = 0; i < rounds; ++i) {
        sleep(pause);
        print("I'm " + current_thread_name() + " @ " + std::to_string(i) + "\n");
    }
}

void run(RunContext& ctx) {
    const int count = static_cast<int>(ctx[kThreads]);
    const int rounds = static_cast<int>(ctx[kRounds]);
    const double pause = ctx[kPause];

    // [SECTION] Setup
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < count; ++i)
        threads.push_back(std::make_unique<Thread>([rounds, pause] { my_thread_run(rounds, pause); }));
    for (auto& t : threads) t->start();
    for (auto& t : threads) t->join();

    // [SECTION] Checks
    ctx.result(N_("lines printed"), static_cast<int64_t>(count) * rounds);
}

}  // namespace

IL_DEMO({
    .id = "thread.order",
    .title = "Threads run in no fixed order",
    .group = "Thread",
    .summary = "Five threads print three lines each; the mix on the console can change from run to run.",
    .explanation =
        "Starting Thread-1 before Thread-2 does not make Thread-1 print first. When a thread sleeps it is blocked; "
        "when the sleep ends it becomes ready, and the operating system's scheduler picks which ready thread runs "
        "next, on which CPU. The program cannot control that choice. So the lines 'I'm Thread-N @ i' can come out "
        "in a different mix each run: all you can rely on is that every thread prints its own rounds in order "
        "(@ 0, @ 1, @ 2) and that every thread finishes its run() before join() returns. In step mode the choice "
        "is yours: whichever thread you grant prints next.",
    .python =
        "import threading, time\n"
        "class MyThread(threading.Thread):\n"
        "    def run(self):\n"
        "        for i in range(3):\n"
        "            time.sleep(1)\n"
        "            print(\"I'm \" + self.name + ' @ ' + str(i))\n"
        "for _ in range(5):\n"
        "    MyThread().start()\n",
    .try_this = {"Run it two or three times: compare the consoles, the order of the lines usually differs (nothing "
                 "guarantees it).",
                 "In step mode, grant MainThread until all five threads are started, then always grant the "
                 "highest-numbered thread that can move: Thread-5's lines come first, although it was started "
                 "last.",
                 "Whatever you do, 'Thread-2 @ 1' never appears before 'Thread-2 @ 0'."},
    .params = {kThreads, kRounds, kPause},
    .run = &run,
    .visible_sharing = true,
});
