// demos/lock_busy_wait.cpp — What this shows: the course's first fix for
// the counter race, a flag that says whose turn it is, works, but the waiting
// thread spins: it reads the flag again and again, burning a whole CPU while
// it waits. A Lock gets the same order with a waiter that sleeps in the
// kernel and burns almost nothing. Both are measured, side by side.
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kIterations = param::Int("iterations", 1000000, 1, 50000000, "increments per thread");
const auto kMaxSpins = param::Int("max_spins", 50000000, 1, 1000000000, "safety bound on test2's polling");
const auto kCompareWithLock = param::Bool("compare_with_lock", true, "also run the round with a Lock");

int64_t g_num = 0;  // the counter both threads add to (one after the other)

// CPU time this thread has used so far, in ms (not wall time: only while on a CPU).
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

std::string ms_text(double ms) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", ms);
    return buf;
}

void count_up(int64_t n) {
    std::atomic_ref<int64_t> num(g_num);
    for (int64_t i = 0; i < n; ++i) num.store(num.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

// Both threads wait here (at most 0.1 s) until the other has arrived, so the
// waiter really is waiting while the worker works.
std::atomic<int> g_arrived{0};
void line_up() {
    g_arrived.fetch_add(1);
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
    while (g_arrived.load() < 2 && std::chrono::steady_clock::now() < give_up) {
    }
}

// [SECTION] Workers
struct Waited {
    int64_t spins = 0;    // flag reads that still said "not yet"
    double cpu_ms = 0;    // CPU burnt while waiting
};

void busy_wait_round(RunContext& ctx, int64_t n, int64_t max_spins) {
    g_num = 0;
    g_arrived = 0;
    Shared<int64_t> g_flag("g_flag", 1);  // 1: test1's turn, 0: test2's turn
    Waited w;
    Thread test1([&] {
        line_up();
        count_up(n);
        g_flag.store(0);  // "your turn"
    });
    Thread test2([&] {
        line_up();
        const double cpu0 = thread_cpu_ms();
        while (g_flag.load() == 1 && w.spins < max_spins) ++w.spins;  // polling: the loop IS the wait
        w.cpu_ms = thread_cpu_ms() - cpu0;
        count_up(n);
    });
    test1.start();
    test2.start();
    test1.join();
    test2.join();
    print("busy-wait: g_num = " + std::to_string(g_num) + ", test2 read the flag " + std::to_string(w.spins) +
          " times in vain and burnt " + ms_text(w.cpu_ms) + " ms of CPU\n");
    ctx.result(N_("busy-wait: counter"), g_num);
    ctx.result(N_("busy-wait: spins"), w.spins);
    ctx.result(N_("busy-wait: CPU ms burnt waiting"), ms_text(w.cpu_ms));
    if (w.spins >= max_spins) ctx.result(N_("busy-wait: gave up"), N_("after max_spins"));
}

void lock_round(RunContext& ctx, int64_t n) {
    g_num = 0;
    g_arrived = 0;
    Lock mutex("mutex");
    Waited w1, w2;
    auto task = [&](Waited& w) {
        line_up();
        const double cpu0 = thread_cpu_ms();
        mutex.acquire();  // the loser of the race for mutex sleeps here
        w.cpu_ms = thread_cpu_ms() - cpu0;
        count_up(n);
        mutex.release();
    };
    Thread test1([&] { task(w1); });
    Thread test2([&] { task(w2); });
    test1.start();
    test2.start();
    test1.join();
    test2.join();
    const double waited = w1.cpu_ms + w2.cpu_ms;
    print("lock: g_num = " + std::to_string(g_num) + ", the waiting thread burnt " + ms_text(waited) +
          " ms of CPU\n");
    ctx.result(N_("lock: counter"), g_num);
    ctx.result(N_("lock: CPU ms burnt waiting"), ms_text(waited));
}

void run(RunContext& ctx) {
    // [SECTION] Setup
    const int64_t n = ctx[kIterations];
    const int64_t max_spins = ctx[kMaxSpins];
    busy_wait_round(ctx, n, max_spins);
    if (ctx[kCompareWithLock]) lock_round(ctx, n);

    // [SECTION] Checks
    ctx.result(N_("expected"), 2 * n);
}

}  // namespace

IL_DEMO({
    .id = "lock.busy_wait",
    .title = "Busy-waiting on a flag, and what it costs",
    .group = "Lock",
    .summary = "test2 spins on g_flag until test1 is done: correct, but it burns a CPU. A Lock waits for free.",
    .explanation =
        "One way to stop two threads from trampling on g_num is to take turns: test1 adds its million and then "
        "sets g_flag to 0; test2 loops `while g_flag == 1: pass` and only then adds its own. The total is right "
        "(2 x iterations), but look at how test2 waits: it is not blocked, it is running, reading the flag over "
        "and over (its lane on the timeline stays 'running', and every read is an event). 'spins' counts the "
        "reads that said 'not yet'; 'CPU ms burnt waiting' is the processor time test2 used up doing nothing "
        "useful, measured with the thread's own CPU clock. The second round does the same with a Lock (the "
        "course's mutex): whoever gets it second is blocked inside acquire(); the kernel does not run it at all "
        "until the lock is released, so its waiting costs almost no CPU. Busy-waiting also has a subtler flaw "
        "in CPython: the spinning thread competes for the GIL with the very thread it waits for.",
    .python =
        "from threading import Thread, Lock\n"
        "g_num, g_flag = 0, 1\n"
        "def test1():\n"
        "    global g_num, g_flag\n"
        "    for _ in range(1_000_000):\n"
        "        g_num += 1\n"
        "    g_flag = 0\n"
        "def test2():\n"
        "    global g_num\n"
        "    while g_flag == 1:      # polling: burns CPU while waiting\n"
        "        pass\n"
        "    for _ in range(1_000_000):\n"
        "        g_num += 1\n"
        "# the fix: both threads do  with mutex: for ...: g_num += 1\n",
    .try_this = {"Run it: compare 'busy-wait: CPU ms burnt waiting' with 'lock: CPU ms burnt waiting'.",
                 "Set iterations=10000000: test1 works ten times longer, and test2's wasted CPU grows with it; the "
                 "lock's waiter still burns next to nothing.",
                 "In step mode with compare_with_lock off: after both threads start, grant Thread-2 a few times: "
                 "each grant is one more read of g_flag (value 1). Then grant Thread-1 until it stores 0, and "
                 "Thread-2's next read ends the loop: 'spins' is exactly the number of reads you granted."},
    .params = {kIterations, kMaxSpins, kCompareWithLock},
    .run = &run,
});
