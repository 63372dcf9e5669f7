// demos/deadlock_lock_order.cpp — What this shows: the second fix for the
// two-lock deadlock: one global order. Every lock gets a rank, and whoever
// needs several locks takes them lowest rank first. Thread-2 still asks for
// (mutexB, mutexA), but it takes mutexA first like everybody else, so a
// circle of waiting can never close.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kPause = param::Double("pause", 0.05, 0.0, 2.0, "seconds between the first and the second acquire");
const auto kRounds = param::Int("rounds", 3, 1, 50, "times each thread takes both locks");

// A lock with its place in the global order.
struct RankedLock {
    Lock lock;
    int rank;
};

// [SECTION] Workers
// Wants `a` and `b` (in whatever order the caller names them), takes them by rank.
void grab_both(RankedLock& a, RankedLock& b, const std::string& tag, double pause) {
    RankedLock& low = a.rank < b.rank ? a : b;
    RankedLock& high = a.rank < b.rank ? b : a;
    low.lock.acquire();
    print(current_thread_name() + "----" + tag + "---up----\n");
    sleep(pause);
    high.lock.acquire();
    print(current_thread_name() + "----" + tag + "---down----\n");
    high.lock.release();
    low.lock.release();
}

void run(RunContext& ctx) {
    const double pause = ctx[kPause];
    const int rounds = static_cast<int>(ctx[kRounds]);

    // [SECTION] Setup
    RankedLock mutex_a{Lock("mutexA"), 1};
    RankedLock mutex_b{Lock("mutexB"), 2};
    Thread t1([&] {
        for (int i = 0; i < rounds; ++i) grab_both(mutex_a, mutex_b, "do1", pause);
    });
    Thread t2([&] {
        for (int i = 0; i < rounds; ++i) grab_both(mutex_b, mutex_a, "do2", pause);  // named in the "wrong" order
    });
    t1.start();
    t2.start();
    t1.join();
    t2.join();

    // [SECTION] Checks
    ctx.result(N_("outcome"), N_("both threads finished every round"));
}

}  // namespace

IL_DEMO({
    .id = "deadlock.lock_order",
    .title = "Fixing the deadlock with one global lock order",
    .group = "Deadlock",
    .summary = "Every thread takes mutexA (rank 1) before mutexB (rank 2), whatever order it names them in.",
    .explanation =
        "A deadlock needs a circle: A waits for something B holds while B waits for something A holds. If every "
        "thread takes its locks in one agreed order, such a circle cannot exist: whoever holds the higher-ranked "
        "lock already holds every lower one it needs, so nobody holding a higher lock ever waits for a lower "
        "one. Here mutexA has rank 1 and mutexB rank 2. Thread-2's code still names them as (mutexB, mutexA), "
        "exactly as in deadlock.two_locks, but grab_both sorts them by rank and takes mutexA first. Now the thread "
        "that loses the race for mutexA simply waits for it while holding nothing, and the other finishes. On the "
        "timeline, mutexB is only ever held inside a hold of mutexA by the same thread. In Python a common way is "
        "`first, second = sorted((a, b), key=id)`. The rule only works if every piece of code follows it.",
    .python =
        "import threading, time\n"
        "mutexA, mutexB = threading.Lock(), threading.Lock()\n"
        "rank = {id(mutexA): 1, id(mutexB): 2}\n"
        "def grab_both(a, b):\n"
        "    low, high = sorted((a, b), key=lambda l: rank[id(l)])\n"
        "    with low:\n"
        "        time.sleep(0.1)\n"
        "        with high:\n"
        "            print(threading.current_thread().name, 'has both')\n"
        "threading.Thread(target=grab_both, args=(mutexA, mutexB)).start()\n"
        "threading.Thread(target=grab_both, args=(mutexB, mutexA)).start()   # no deadlock\n",
    .try_this = {"Run it with rounds=10: it always finishes, where deadlock.two_locks hangs.",
                 "In step mode, try the deadlock's recipe: grant Thread-1 until it holds mutexA, then Thread-2: "
                 "its first acquire is mutexA too, so it is blocked while holding nothing, and Thread-1 "
                 "finishes.",
                 "Look at the lock lanes: every hold of mutexB sits inside a hold of mutexA by the same thread."},
    .params = {kPause, kRounds},
    .run = &run,
    .visible_sharing = true,
});
