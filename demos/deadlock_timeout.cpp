// demos/deadlock_timeout.cpp — What this shows: the first fix for the
// two-lock deadlock: never wait forever for the second lock. acquire(timeout=)
// gives up after a while; the thread then releases the lock it holds, backs
// off for a moment and tries again. The cycle still forms, but it does not
// last: a timeout breaks it, one thread gets both locks, then the other.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kPause = param::Double("pause", 0.1, 0.0, 2.0, "seconds between the first and the second acquire");
const auto kTimeout = param::Double("timeout", 0.2, 0.0, 5.0, "seconds to wait for the second lock");
const auto kMaxAttempts = param::Int("max_attempts", 20, 1, 100, "attempts before a thread gives up");

// [SECTION] Workers
// Returns how many attempts it took (0: gave up after max_attempts).
int grab_both(Lock& first, Lock& second, double pause, double timeout, double backoff, int max_attempts) {
    for (int attempt = 1; attempt <= max_attempts; ++attempt) {
        first.acquire();
        sleep(pause);
        if (second.acquire(true, timeout)) {  // acquire(timeout=…) -> False when it gave up
            print(current_thread_name() + ": got both locks on attempt " + std::to_string(attempt) + "\n");
            second.release();
            first.release();
            return attempt;
        }
        first.release();  // step back: let the other thread have it
        print(current_thread_name() + ": timed out, backing off\n");
        sleep(backoff);
    }
    print(current_thread_name() + ": giving up\n");
    return 0;
}

void run(RunContext& ctx) {
    const double pause = ctx[kPause];
    const double timeout = ctx[kTimeout];
    const int max_attempts = static_cast<int>(ctx[kMaxAttempts]);

    // [SECTION] Setup
    Lock mutex_a("mutexA");
    Lock mutex_b("mutexB");
    int attempts1 = 0, attempts2 = 0;
    // Different back-off times, so the two do not retry in lock-step forever.
    Thread t1([&] { attempts1 = grab_both(mutex_a, mutex_b, pause, timeout, 0.5 * timeout, max_attempts); });
    Thread t2([&] { attempts2 = grab_both(mutex_b, mutex_a, pause, timeout, 1.5 * timeout, max_attempts); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();

    // [SECTION] Checks
    ctx.result(N_("Thread-1 attempts"), attempts1);
    ctx.result(N_("Thread-2 attempts"), attempts2);
    ctx.result(N_("both finished"), attempts1 > 0 && attempts2 > 0 ? N_("yes") : N_("no"));
}

}  // namespace

IL_DEMO({
    .id = "deadlock.timeout",
    .title = "Fixing the deadlock with acquire(timeout=…) and back-off",
    .group = "Deadlock",
    .summary = "The threads still take the locks in opposite order, but give up after a timeout, release and retry.",
    .explanation =
        "Same two threads, same opposite order as deadlock.two_locks, so the circle of waiting still forms. The "
        "difference is the second acquire: acquire(timeout=…) waits at most that long and then returns False "
        "instead of waiting forever. A thread that times out releases the lock it already holds (this is the "
        "important part: it breaks the circle), sleeps a little and starts over. The other thread can now take "
        "the freed lock, finish, and release both; the first one then succeeds on its next attempt. The back-off "
        "times differ (0.5 x and 1.5 x the timeout) so that the two do not keep timing out together, a livelock. "
        "On the wait-for graph the cycle appears, then a timeout marker, and it is gone; the summary notes that "
        "a deadlock formed and was broken by a timeout. The cost: wasted waiting, and code that must be able to "
        "undo its first step. The course's advice is the same: `mutexB.acquire(timeout=2)`.",
    .python =
        "import threading, time\n"
        "mutexA, mutexB = threading.Lock(), threading.Lock()\n"
        "def grab_both(first, second, backoff):\n"
        "    while True:\n"
        "        first.acquire()\n"
        "        time.sleep(0.1)\n"
        "        if second.acquire(timeout=0.2):\n"
        "            print(threading.current_thread().name, 'got both')\n"
        "            second.release(); first.release()\n"
        "            return\n"
        "        first.release()          # step back\n"
        "        time.sleep(backoff)\n"
        "threading.Thread(target=grab_both, args=(mutexA, mutexB, 0.1)).start()\n"
        "threading.Thread(target=grab_both, args=(mutexB, mutexA, 0.3)).start()\n",
    .try_this = {"Run it: both threads finish; one of them needed a second attempt (see the results).",
                 "In step mode, grant each thread until it holds its first lock and waits for the second: both "
                 "are blocked, and the only choices left are 'time out'. Time out Thread-1: it releases mutexA, "
                 "and Thread-2 can proceed.",
                 "Set timeout=0: acquire(timeout=0) fails at once if the lock is taken, so the threads back off "
                 "immediately instead of waiting. But both back-offs (0.5 x and 1.5 x the timeout) are then 0 too, "
                 "so the two can retry in lock-step and time out together again and again: a livelock, in which one "
                 "of them may give up after max_attempts and 'both finished' says no."},
    .params = {kPause, kTimeout, kMaxAttempts},
    .run = &run,
    .visible_sharing = true,
});
