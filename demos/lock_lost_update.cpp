// demos/lock_lost_update.cpp — What this shows: one lost update, step by
// step. Each increment is three steps: read the counter, add 1 (in the
// thread's own head), write it back. If Thread-2 reads before Thread-1 has
// written, both write the same number and one increment is gone: the counter
// ends at 2n - 1. With use_lock on, no order of steps can lose anything.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kIterations = param::Int("iterations", 3, 1, 50, "increments per thread");
const auto kUseLock = param::Bool("use_lock", false, "guard the read-add-write with counter_lock");

// [SECTION] Workers
void add(Shared<int64_t>& counter, Lock& lock, int64_t n, bool use_lock) {
    for (int64_t i = 0; i < n; ++i) {
        if (use_lock) lock.acquire();
        const int64_t seen = counter.load();  // read
        step_point("add 1 to " + std::to_string(seen));
        counter.store(seen + 1);              // write
        if (use_lock) lock.release();
    }
}

void run(RunContext& ctx) {
    const int64_t n = ctx[kIterations];
    const bool use_lock = ctx[kUseLock];

    // [SECTION] Setup
    Shared<int64_t> counter("counter", 0);
    Lock lock("counter_lock");
    Thread t1([&] { add(counter, lock, n, use_lock); });
    Thread t2([&] { add(counter, lock, n, use_lock); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();

    // [SECTION] Checks
    const int64_t total = counter.peek();
    print("counter = " + std::to_string(total) + " (expected " + std::to_string(2 * n) + ")\n");
    ctx.result(N_("expected"), 2 * n);
    ctx.result(N_("counter"), total);
    ctx.result(N_("lost updates"), 2 * n - total);
}

}  // namespace

IL_DEMO({
    .id = "lock.lost_update",
    .title = "Stepping a lost update: read, add, write",
    .group = "Lock",
    .summary = "Step two threads through read / add 1 / write and lose an increment on purpose (2n - 1 instead of 2n).",
    .explanation =
        "This is the counter race slowed down to single steps, so you can make it happen on purpose. Each "
        "increment is a read of the shared counter (a load), an 'add 1' the thread does privately, and a write "
        "(a store). The inspector shows the counter's value; the source view shows where each thread stands. "
        "The trick: let Thread-1 read (it sees 0), then let Thread-2 read before Thread-1 writes (it sees 0 as "
        "well). Now both add 1 to 0 and both write 1: two increments, but the counter went up by one. Let the "
        "rest run one thread at a time and the total is 2n - 1. With use_lock on, the read-add-write sits "
        "between acquire and release of counter_lock: once Thread-1 holds it, Thread-2 blocks at acquire "
        "and cannot read until Thread-1 has written and released, whatever order you choose.",
    .python =
        "import threading\n"
        "counter = 0\n"
        "counter_lock = threading.Lock()\n"
        "def add(n, use_lock):\n"
        "    global counter\n"
        "    for _ in range(n):\n"
        "        if use_lock: counter_lock.acquire()\n"
        "        seen = counter          # read\n"
        "        seen = seen + 1         # add 1\n"
        "        counter = seen          # write\n"
        "        if use_lock: counter_lock.release()\n",
    .try_this = {"Step mode: grant MainThread until both threads are started and Thread-1 and Thread-2 have taken "
                 "their first step; then Thread-1 (read 0), Thread-2 (read 0), Thread-1 (add), Thread-1 (write 1), "
                 "Thread-2 (add), Thread-2 (write 1). One update is lost. Then let Thread-1 run to its end and "
                 "Thread-2 after it, one thread at a time: counter = 2n - 1. (Run to end instead and the "
                 "scheduler may interleave them again and lose more.)",
                 "Try to lose two: let Thread-2 read before Thread-1 writes in two different rounds. The lost "
                 "updates add up.",
                 "Turn use_lock on and try the same steps: after Thread-1's acquire, Thread-2 is blocked on "
                 "counter_lock and cannot read until Thread-1 releases it. The total is always 2n."},
    .params = {kIterations, kUseLock},
    .run = &run,
    .visible_sharing = true,
});
