// demos/builtin_deadlock.cpp — What this shows: two threads take two locks in
// opposite order. If each gets its first lock before the other gets its second,
// both wait forever: Thread-1 holds lock_a and waits for lock_b, Thread-2 holds
// lock_b and waits for lock_a. The runtime finds the cycle the moment it closes.
#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kPause = param::Double("pause", 0.05, 0.0, 2.0, "seconds between the two acquires");
const auto kSameOrder = param::Bool("same_order", false, "both threads take lock_a first");

// [SECTION] Workers
void run(RunContext& ctx) {
    const double pause = ctx[kPause];
    const bool ordered = ctx[kSameOrder];
    Lock lock_a("lock_a");
    Lock lock_b("lock_b");

    auto task = [&](Lock& first, Lock& second) {
        first.acquire();
        sleep(pause);  // widen the window so the other thread takes its first lock
        second.acquire();
        print(current_thread_name() + " has both locks\n");
        second.release();
        first.release();
    };
    Thread t1([&] { task(lock_a, lock_b); });
    Thread t2([&] { ordered ? task(lock_a, lock_b) : task(lock_b, lock_a); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
    ctx.result(N_("outcome"), N_("both threads finished"));
}

}  // namespace

IL_DEMO({
    .id = "builtin.deadlock",
    .title = "Two locks, opposite order",
    .group = "Built-in",
    .summary = "Thread-1 takes lock_a then lock_b; Thread-2 takes lock_b then lock_a.",
    .explanation =
        "A deadlock needs a cycle of waiting: each thread holds something the other needs. Here Thread-1 takes "
        "lock_a and then wants lock_b, while Thread-2 takes lock_b and then wants lock_a. The short pause after the "
        "first acquire makes it very likely that both get their first lock, and then neither can continue. "
        "With same_order on, both take lock_a first: whoever gets it finishes, and there is no cycle.",
    .python =
        "import threading, time\n"
        "lock_a, lock_b = threading.Lock(), threading.Lock()\n"
        "def task(first, second):\n"
        "    with first:\n"
        "        time.sleep(0.1)\n"
        "        with second:\n"
        "            print(threading.current_thread().name, 'has both locks')\n"
        "t1 = threading.Thread(target=task, args=(lock_a, lock_b))\n"
        "t2 = threading.Thread(target=task, args=(lock_b, lock_a))\n",
    .try_this = {"Run it: the cycle Thread-1 -> lock_b -> Thread-2 -> lock_a -> Thread-1 is reported.",
                 "Turn same_order on: both threads take lock_a first and the deadlock is gone.",
                 "In step mode, grant Thread-1 its first acquire, then Thread-2 its first acquire: from there "
                 "every path deadlocks."},
    .params = {kPause, kSameOrder},
    .run = &run,
    .visible_sharing = true,
});
