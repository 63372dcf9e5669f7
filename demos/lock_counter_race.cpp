// demos/lock_counter_race.cpp — What this shows: two threads each add 1 to a
// shared counter a million times and the total falls short of two million:
// "read, add 1, write" is not one step, and when the other thread writes in
// between, one of the two updates is lost. With a Lock around the
// read-add-write the total is exact.
//
// The counter is a plain global. Each access goes through std::atomic_ref, so
// every read and every write is one real machine load or store (no undefined
// behaviour), but the read-add-write as a whole is not atomic: exactly the
// situation of `g_num += 1` in Python.
#include <atomic>
#include <chrono>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kIterations = param::Int("iterations", 1000000, 1, 10000000, "increments per thread");
const auto kVariant = param::Choice("variant", {"bare", "call_between"}, "g_num += 1, or a function call in between");
const auto kUseLock = param::Bool("use_lock", false, "guard each read-add-write with a Lock");

int64_t g_num = 0;

// Both threads wait here until the other has arrived too (at most 0.1 s), so
// that their loops really run at the same time: a loop of a million takes
// about a millisecond, less than it can take the second thread to get going.
std::atomic<int> g_arrived{0};
void line_up() {
    g_arrived.fetch_add(1);
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
    while (g_arrived.load() < 2 && std::chrono::steady_clock::now() < give_up) {
    }
}

// The "call between" variant: a real function call sits between the read and the write.
[[gnu::noinline]] int64_t plus_one(int64_t value) { return value + 1; }

// [SECTION] Workers
void add(int64_t n, bool call_between, Lock* lock) {
    line_up();
    std::atomic_ref<int64_t> num(g_num);
    for (int64_t i = 0; i < n; ++i) {
        if (lock) lock->acquire();
        const int64_t seen = num.load(std::memory_order_relaxed);                   // read
        num.store(call_between ? plus_one(seen) : seen + 1, std::memory_order_relaxed);  // add 1, write
        if (lock) lock->release();
    }
}

void run(RunContext& ctx) {
    const int64_t n = ctx[kIterations];
    const bool call_between = ctx[kVariant] == "call_between";
    const bool use_lock = ctx[kUseLock];

    // [SECTION] Setup
    g_num = 0;
    Lock mutex("mutex");
    Lock* lock = use_lock ? &mutex : nullptr;
    g_arrived = 0;
    const auto t0 = std::chrono::steady_clock::now();
    Thread t1([=] { add(n, call_between, lock); });
    Thread t2([=] { add(n, call_between, lock); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

    // [SECTION] Checks
    const int64_t total = std::atomic_ref<int64_t>(g_num).load();
    print("g_num = " + std::to_string(total) + " (expected " + std::to_string(2 * n) + ")\n");
    ctx.result(N_("expected"), 2 * n);
    ctx.result(N_("counter"), total);
    ctx.result(N_("lost updates"), 2 * n - total);
    ctx.result(N_("time (ms)"), static_cast<int64_t>(ms));
}

}  // namespace

IL_DEMO({
    .id = "lock.counter_race",
    .title = "The shared counter race: a million increments, updates lost",
    .group = "Lock",
    .summary = "Two threads add 1 to g_num a million times each; without a lock the total falls short.",
    .explanation =
        "`g_num += 1` looks like one action but is three: read g_num, add 1, write the result back. If Thread-2 "
        "writes between Thread-1's read and Thread-1's write, Thread-1 then writes a value computed from the old "
        "number and Thread-2's increment disappears: a lost update. 'lost updates' in the results counts them. "
        "Here the threads are real C++ threads running at the same time on different cores, so both variants "
        "lose updates readily, usually many thousands. Python is different, and it matters to say how. In "
        "CPython 3.10 and later the interpreter only lets another thread take over at certain points (when it "
        "checks its 'eval breaker': at backward jumps, such as the end of a loop iteration, and on function calls). "
        "A bare `g_num += 1` has no such point between its read and its write, so it rarely or never loses "
        "updates there; with `g_num = plus_one(g_num)` the call in between is such a point, and CPython loses "
        "updates again. Older CPythons (3.9 and before) and the free-threaded 3.13t build lose them with the bare "
        "form too. Never rely on the luck of the bare form: turn use_lock on. The Lock makes the read-add-write "
        "one indivisible block, and the total is exactly 2 x iterations (at a price: see lock.cost). Every acquire "
        "and release is recorded, so at a million per thread the recorder cannot keep up and the summary reports "
        "dropped events: the count stays exact, the timeline just shows part of it. (The threads line up "
        "before their loops so that both really run together; otherwise one thread could be done before the "
        "other has even started.) To watch a single update being lost, step lock.lost_update.",
    .python =
        "import threading\n"
        "g_num = 0\n"
        "mutex = threading.Lock()\n"
        "def plus_one(v):\n"
        "    return v + 1\n"
        "def add(n, call_between, use_lock):\n"
        "    global g_num\n"
        "    for _ in range(n):\n"
        "        if use_lock: mutex.acquire()\n"
        "        if call_between:\n"
        "            g_num = plus_one(g_num)   # a switch can happen inside the call\n"
        "        else:\n"
        "            g_num += 1                # 3.10+: rarely split by a switch\n"
        "        if use_lock: mutex.release()\n"
        "ts = [threading.Thread(target=add, args=(1_000_000, False, False)) for _ in range(2)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "print(g_num)   # 2000000 in CPython 3.10+; less with call_between=True\n",
    .try_this = {"Run it a few times: 'lost updates' is usually far from 0 and differs each time. A 0 means the "
                 "two loops did not overlap that time (on a busy machine the threads may not get two cores at "
                 "once): the race is still there.",
                 "Set variant=call_between: in this C++ run both variants lose updates; in CPython 3.10+ only this "
                 "one would.",
                 "Turn use_lock on: the counter is exactly 2000000 every time, and the run takes longer.",
                 "Lower iterations to 1000: the threads may not even overlap, and nothing is lost. A race that "
                 "hides in small tests is still a race."},
    .params = {kIterations, kVariant, kUseLock},
    .run = &run,
});
