// demos/lock_cost.cpp — What this shows: a Lock makes the counter right and
// costs time. The same work (two threads, n increments each) runs three
// ways, timed side by side: without a lock (fast, wrong), with the lock taken
// for every increment (right, much slower: every step pays for acquire and
// release, and the threads fight over the lock), and with the lock held
// around each thread's whole loop (right and fast again, but the threads no
// longer run in parallel at all: one waits while the other works).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kIterations = param::Int("iterations", 100000, 1, 2000000, "increments per thread in each round");

int64_t g_num = 0;

void increment() {
    std::atomic_ref<int64_t> num(g_num);
    num.store(num.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);  // read, add 1, write
}

std::atomic<int> g_arrived{0};
void line_up() {  // both threads start their loops together (waits at most 0.1 s)
    g_arrived.fetch_add(1);
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
    while (g_arrived.load() < 2 && std::chrono::steady_clock::now() < give_up) {
    }
}

// [SECTION] Workers
// The three ways one thread can do its share.
void no_lock(int64_t n, Lock&) {
    for (int64_t i = 0; i < n; ++i) increment();
}
void lock_each(int64_t n, Lock& lock) {
    for (int64_t i = 0; i < n; ++i) {
        Lock::Guard hold(lock);  // with lock:
        increment();
    }
}
void lock_whole_loop(int64_t n, Lock& lock) {
    Lock::Guard hold(lock);  // with lock: for ...
    for (int64_t i = 0; i < n; ++i) increment();
}

// Runs one way with two threads; reports its time and its count.
void round(RunContext& ctx, const std::string& label, void (*way)(int64_t, Lock&), int64_t n, Lock& lock) {
    g_num = 0;
    g_arrived = 0;
    const auto t0 = std::chrono::steady_clock::now();
    Thread a([&] { line_up(); way(n, lock); });
    Thread b([&] { line_up(); way(n, lock); });
    a.start();
    b.start();
    a.join();
    b.join();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    char text[160];
    std::snprintf(text, sizeof text, "%-22s %9.2f ms   counter %lld of %lld\n", label.c_str(), ms,
                  static_cast<long long>(g_num), static_cast<long long>(2 * n));
    print(text);
    std::snprintf(text, sizeof text, "%.2f", ms);
    ctx.result(label + ": ms", text);
    ctx.result(label + ": counter", g_num);
}

void run(RunContext& ctx) {
    // [SECTION] Setup
    const int64_t n = ctx[kIterations];
    Lock each_lock("lock_per_increment");
    Lock loop_lock("lock_around_loop");
    Lock unused("no_lock");

    round(ctx, N_("no lock"), no_lock, n, unused);
    round(ctx, N_("lock per increment"), lock_each, n, each_lock);
    round(ctx, N_("lock around the loop"), lock_whole_loop, n, loop_lock);

    // [SECTION] Checks
    ctx.result(N_("expected"), 2 * n);
}

}  // namespace

IL_DEMO({
    .id = "lock.cost",
    .title = "The price of a Lock, side by side",
    .group = "Lock",
    .summary = "No lock: fast and wrong. A lock per increment: right and slow. A lock around the loop: right, serial.",
    .explanation =
        "All three rounds do the same work: two threads, n increments each. 'no lock' is the race of "
        "lock.counter_race: it is the fastest and can lose updates. 'lock per increment' wraps every single "
        "increment in `with lock:`; the count is exact, but now each increment also pays for an acquire and a "
        "release, and whenever the two threads want the lock at the same moment one of them has to wait: the "
        "lock's timeline lane turns into a dense zig-zag of hand-overs, and the round is many times slower. 'lock "
        "around the loop' is what the course's mutex example does: each thread takes the lock once and does all "
        "its increments. It is exact and often the fastest of all (two cores writing the same variable at the "
        "same time slow each other down, so 'no lock' is not always quick either), but only because it gave up "
        "on running in parallel: the "
        "second thread is blocked for the whole of the first thread's loop (see its blocked stretch on the "
        "timeline). That is the price of a lock: correctness paid for with waiting. Real programs keep the "
        "locked part as small as possible and share as little as they can. (Here every acquire and release is "
        "also recorded for the timeline, which makes the per-increment round slower still; the ratio to the "
        "other rounds is what to look at.)",
    .python =
        "import threading, time\n"
        "g_num = 0\n"
        "lock = threading.Lock()\n"
        "def lock_each(n):\n"
        "    global g_num\n"
        "    for _ in range(n):\n"
        "        with lock:\n"
        "            g_num += 1\n"
        "def lock_whole_loop(n):\n"
        "    global g_num\n"
        "    with lock:\n"
        "        for _ in range(n):\n"
        "            g_num += 1\n"
        "for way in (lock_each, lock_whole_loop):\n"
        "    g_num, t0 = 0, time.perf_counter()\n"
        "    ts = [threading.Thread(target=way, args=(100_000,)) for _ in range(2)]\n"
        "    for t in ts: t.start()\n"
        "    for t in ts: t.join()\n"
        "    print(way.__name__, g_num, time.perf_counter() - t0)\n",
    .try_this = {"Run it: compare the three 'ms' results; the two locked counters are exact.",
                 "Look at lock_per_increment's lane on the timeline: thousands of short holds handed back and "
                 "forth. lock_around_loop has two long holds, and the second thread waits through the first.",
                 "Set iterations=10 and use step mode: in the last round, after Thread-5 takes "
                 "lock_around_loop, Thread-6 is blocked until Thread-5 has done all ten increments."},
    .params = {kIterations},
    .run = &run,
});
