// demos/deadlock_baton.cpp — What this shows: locks used as a baton to force
// an order. Three threads, three locks; only lock1 starts free. Task1 needs
// lock1 and, when done, releases lock2; Task2 needs lock2 and releases lock3;
// Task3 needs lock3 and releases lock1. Whatever the scheduler does, the
// output is Task1, Task2, Task3, Task1, … in that order.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kRounds = param::Int("rounds", 3, 1, 20, "turns each task takes");
const auto kPause = param::Double("pause", 0.1, 0.0, 2.0, "seconds each task works on its turn");

// [SECTION] Workers
// The course's Task1/Task2/Task3.run(): wait for my lock, print, pass the baton on.
void task(Lock& mine, Lock& next, int rounds, double pause) {
    for (int r = 0; r < rounds; ++r) {
        mine.acquire();
        print("------" + current_thread_name() + "------\n");
        sleep(pause);
        next.release();  // a Lock may be released by another thread than the one that acquired it
    }
}

void run(RunContext& ctx) {
    const int rounds = static_cast<int>(ctx[kRounds]);
    const double pause = ctx[kPause];

    // [SECTION] Setup
    Lock lock1("lock1");  // free: Task1 may start
    Lock lock2("lock2");
    lock2.acquire();      // taken: Task2 must wait for Task1
    Lock lock3("lock3");
    lock3.acquire();      // taken: Task3 must wait for Task2
    Thread t1([&] { task(lock1, lock2, rounds, pause); }, "Task1");
    Thread t2([&] { task(lock2, lock3, rounds, pause); }, "Task2");
    Thread t3([&] { task(lock3, lock1, rounds, pause); }, "Task3");
    t3.start();  // started in reverse order on purpose: it makes no difference
    t2.start();
    t1.start();
    t1.join();
    t2.join();
    t3.join();

    // [SECTION] Checks
    ctx.result(N_("lines printed"), 3 * rounds);
}

}  // namespace

IL_DEMO({
    .id = "deadlock.baton",
    .title = "Three locks as a baton: Task1 → Task2 → Task3",
    .group = "Deadlock",
    .summary = "Each task waits for its own lock and releases the next one: the order is forced, whatever the schedule.",
    .explanation =
        "Locks are usually for keeping threads apart, but they can also make threads take turns in a fixed order. "
        "There are three locks. lock1 starts free; lock2 and lock3 are acquired by the main thread before the "
        "tasks start, so they start taken. Task1 waits for lock1, prints, and releases lock2: that is the baton "
        "going to Task2, which was blocked on lock2. Task2 prints and releases lock3 for Task3, and Task3 releases "
        "lock1 for Task1's next round. At every moment exactly one task can move; the other two are blocked on "
        "their locks, which you can see on the timeline as a staircase. This relies on a Python Lock detail: "
        "any thread may release a Lock, not only the one that acquired it (an RLock would refuse). The course "
        "starts the tasks in order and loops forever; here they are started in reverse order, to show that the "
        "start order does not matter, and run a fixed number of rounds so the demo ends.",
    .python =
        "import threading\n"
        "from threading import Thread, Lock\n"
        "from time import sleep\n"
        "lock1, lock2, lock3 = Lock(), Lock(), Lock()\n"
        "lock2.acquire(); lock3.acquire()\n"
        "def task(mine, nxt):\n"
        "    for _ in range(3):\n"
        "        mine.acquire()\n"
        "        print('------', threading.current_thread().name, '------')\n"
        "        sleep(0.5)\n"
        "        nxt.release()\n"
        "Thread(target=task, args=(lock1, lock2), name='Task1').start()\n"
        "Thread(target=task, args=(lock2, lock3), name='Task2').start()\n"
        "Thread(target=task, args=(lock3, lock1), name='Task3').start()\n",
    .try_this = {"Run it: the console reads Task1, Task2, Task3, Task1, … every time.",
                 "In step mode, try to make Task3 print first: it is blocked on lock3 and is not offered until "
                 "Task2 has released it.",
                 "Look at the lock lanes: each lock is held from one task's turn to the next, and released by a "
                 "different thread than the one that acquired it."},
    .params = {kRounds, kPause},
    .run = &run,
    .visible_sharing = true,
});
