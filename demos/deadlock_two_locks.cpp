// demos/deadlock_two_locks.cpp — What this shows: the classic deadlock.
// Thread-1 takes mutexA then wants mutexB; Thread-2 takes mutexB then wants
// mutexA. Once each holds its first lock, each waits for the other forever:
// a cycle Thread-1 -> mutexB -> Thread-2 -> mutexA -> Thread-1. The runtime
// sees the cycle close, names it, and the run is stopped.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kPause = param::Double("pause", 0.1, 0.0, 2.0, "seconds each thread sleeps between its two acquires");

// [SECTION] Workers
// The course's MyThread1.run() and MyThread2.run(): the same steps, the locks swapped.
void grab_both(Lock& first, Lock& second, const std::string& tag, double pause) {
    first.acquire();
    print(current_thread_name() + "----" + tag + "---up----\n");
    sleep(pause);  // meanwhile the other thread takes its first lock
    second.acquire();
    print(current_thread_name() + "----" + tag + "---down----\n");
    second.release();
    first.release();
}

void run(RunContext& ctx) {
    const double pause = ctx[kPause];

    // [SECTION] Setup
    Lock mutex_a("mutexA");
    Lock mutex_b("mutexB");
    Thread t1([&] { grab_both(mutex_a, mutex_b, "do1", pause); });
    Thread t2([&] { grab_both(mutex_b, mutex_a, "do2", pause); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();

    // [SECTION] Checks
    // Only reached when the timing let one thread take both locks first.
    ctx.result(N_("outcome"), N_("no deadlock this time: one thread got both locks before the other started"));
}

}  // namespace

IL_DEMO({
    .id = "deadlock.two_locks",
    .title = "Deadlock: two threads, two locks, opposite order",
    .group = "Deadlock",
    .summary = "Thread-1 holds mutexA and wants mutexB; Thread-2 holds mutexB and wants mutexA: both wait forever.",
    .explanation =
        "A deadlock is a circle of waiting. Thread-1 acquires mutexA and then, after a pause, asks for mutexB. "
        "Thread-2 does the same in the opposite order: mutexB first, then mutexA. The pause makes it almost "
        "certain that both get their first lock before either asks for its second. From then on Thread-1 waits "
        "for mutexB, which Thread-2 holds, and Thread-2 waits for mutexA, which Thread-1 holds. Neither can ever "
        "go on, and neither will ever release what it holds. Python would simply hang here. Interleave "
        "watches the wait-for graph: the moment the last edge closes the cycle it reports it (in red on the graph: "
        "Thread-1 -> mutexB -> Thread-2 -> mutexA -> Thread-1) and the run is stopped. Note that nothing is "
        "wrong with either thread on its own; the deadlock is in the combination. The fixes are in "
        "deadlock.timeout (give up and retry) and deadlock.lock_order (everyone takes locks in the same order).",
    .python =
        "import threading, time\n"
        "mutexA, mutexB = threading.Lock(), threading.Lock()\n"
        "class MyThread1(threading.Thread):\n"
        "    def run(self):\n"
        "        with mutexA:\n"
        "            print(self.name + '----do1---up----')\n"
        "            time.sleep(1)\n"
        "            with mutexB:\n"
        "                print(self.name + '----do1---down----')\n"
        "class MyThread2(threading.Thread):\n"
        "    def run(self):\n"
        "        with mutexB:\n"
        "            print(self.name + '----do2---up----')\n"
        "            time.sleep(1)\n"
        "            with mutexA:\n"
        "                print(self.name + '----do2---down----')\n"
        "MyThread1().start(); MyThread2().start()   # hangs\n",
    .try_this = {"Run it: both 'up' lines appear, no 'down' line, and the summary names the cycle "
                 "Thread-1 -> mutexB -> Thread-2 -> mutexA.",
                 "Set pause=0 and run it several times: sometimes one thread takes both locks before the other "
                 "starts and everything finishes. A deadlock that only happens sometimes is still a bug.",
                 "In step mode, grant Thread-1 until it holds mutexA, then Thread-2 until it holds mutexB: from "
                 "here every choice leads to the deadlock. Grant Thread-1 to completion first instead, and it "
                 "never forms."},
    .params = {kPause},
    .run = &run,
    .focus = {.views = {LessonView::WaitGraph, LessonView::Source, LessonView::Timeline},
               .lanes = {"Thread-1", "Thread-2", "mutexA", "mutexB"}},
    .visible_sharing = true,
});
