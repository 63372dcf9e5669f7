// demos/builtin_counter.cpp — What this shows: two threads add 1 to a shared
// counter. Without a lock, "read, add, write" of one thread interleaves with the
// other's and updates are lost; with a Lock around the read-add-write the total
// is exact. A small built-in demo that proves the runtime end to end.
#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kIterations = param::Int("iterations", 100000, 1, 10000000, "increments per thread");
const auto kUseLock = param::Bool("use_lock", false, "guard the read-add-write with a Lock");

// [SECTION] Workers
void run(RunContext& ctx) {
    const int64_t n = ctx[kIterations];
    const bool use_lock = ctx[kUseLock];
    Shared<int64_t> counter("counter", 0);
    Lock lock("counter_lock");

    auto add = [&] {
        for (int64_t i = 0; i < n; ++i) {
            if (use_lock) lock.acquire();
            const int64_t seen = counter.load();  // read
            counter.store(seen + 1);              // add + write
            if (use_lock) lock.release();
        }
    };
    Thread t1(add);
    Thread t2(add);
    t1.start();
    t2.start();
    t1.join();
    t2.join();

    // [SECTION] Checks
    const int64_t total = counter.peek();
    ctx.result(N_("expected"), 2 * n);
    ctx.result(N_("counter"), total);
    ctx.result(N_("lost updates"), 2 * n - total);
    print("counter = " + std::to_string(total) + " (expected " + std::to_string(2 * n) + ")\n");
}

}  // namespace

IL_DEMO({
    .id = "builtin.counter",
    .title = "Two threads, one counter",
    .group = "Built-in",
    .summary = "Two threads add 1 to a shared counter, with or without a Lock.",
    .explanation =
        "Each thread runs `counter = counter + 1` many times. That is three steps: read the counter, add one, "
        "write it back. If the other thread writes between your read and your write, your write overwrites its "
        "update and one increment is lost. With use_lock on, the read-add-write happens while holding a Lock, "
        "so no other thread can slip in between, and the final count is exactly 2 x iterations.",
    .python =
        "import threading\n"
        "counter = 0\n"
        "lock = threading.Lock()\n"
        "def add(n, use_lock):\n"
        "    global counter\n"
        "    for _ in range(n):\n"
        "        if use_lock: lock.acquire()\n"
        "        seen = counter\n"
        "        counter = seen + 1\n"
        "        if use_lock: lock.release()\n",
    .try_this = {"Run with use_lock=false and a large iteration count: the total falls short.",
                 "Switch to step mode with iterations=1: let Thread-1 load, then Thread-2 load, then both store: "
                 "the counter ends at 1, not 2.",
                 "Turn use_lock on and step again: the second thread blocks on counter_lock until the first "
                 "releases it."},
    .params = {kIterations, kUseLock},
    .run = &run,
    .visible_sharing = true,
});
