// demos/thread_states.cpp — What this shows: the states a thread goes
// through, one after the other, on Thread-1's timeline lane: new (created,
// not started), running/ready, blocked (waiting for a lock MainThread holds),
// running again, sleeping, and done.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kHold = param::Double("hold", 0.2, 0.0, 3.0, "seconds MainThread keeps the gate after starting Thread-1");
const auto kNap = param::Double("nap", 0.1, 0.0, 3.0, "seconds Thread-1 sleeps before it ends");

const char* py_bool(bool b) { return b ? "True" : "False"; }

// [SECTION] Workers
void worker(Lock& gate, double nap) {
    print("Thread-1: running; now I need the gate\n");
    gate.acquire();  // blocked here while MainThread holds the gate
    print("Thread-1: got the gate; running again\n");
    gate.release();
    sleep(nap);      // sleeping: not running, not waiting for anybody
    print("Thread-1: woke up; finishing\n");
}

void run(RunContext& ctx) {
    const double hold = ctx[kHold];
    const double nap = ctx[kNap];

    // [SECTION] Setup
    Lock gate("gate");
    Thread t([&gate, nap] { worker(gate, nap); });
    print("created Thread-1: state new, is_alive() = " + std::string(py_bool(t.is_alive())) + "\n");
    ctx.result(N_("is_alive before start()"), py_bool(t.is_alive()));

    gate.acquire();  // MainThread takes the gate before Thread-1 exists as a running thread
    t.start();
    sleep(hold);     // Thread-1 reaches gate.acquire() meanwhile and blocks
    print("MainThread: Thread-1 is_alive() = " + std::string(py_bool(t.is_alive())) + ", releasing the gate\n");
    ctx.result(N_("is_alive while blocked"), py_bool(t.is_alive()));
    gate.release();

    t.join();

    // [SECTION] Checks
    print("joined: Thread-1 is done, is_alive() = " + std::string(py_bool(t.is_alive())) + "\n");
    ctx.result(N_("is_alive after join()"), py_bool(t.is_alive()));
}

}  // namespace

IL_DEMO({
    .id = "thread.states",
    .title = "Thread states: new, ready, running, blocked, sleeping, done",
    .group = "Thread",
    .summary = "Thread-1 is created, started, blocks on a lock, sleeps and ends; its lane shows each state.",
    .explanation =
        "A thread is always in one state. New: the Thread object exists but start() has not been called. Running: "
        "it is executing on a CPU (ready: it could run but waits for its turn; in step mode, it waits for your "
        "grant). Blocked: it cannot continue until something happens; here it wants the lock 'gate', which "
        "MainThread took before starting it, so it waits until MainThread releases the gate. Sleeping: it asked to "
        "pause for a while (time.sleep); it needs nobody, it just waits for the clock. Done: its run() has "
        "returned. Follow Thread-1's lane on the timeline from left to right: each colour is one of these states. "
        "is_alive() is False while new, True from start() until the thread is done.",
    .python =
        "import threading, time\n"
        "gate = threading.Lock()\n"
        "def worker():\n"
        "    with gate:                   # blocked until main releases it\n"
        "        print('got the gate')\n"
        "    time.sleep(0.1)              # sleeping\n"
        "t = threading.Thread(target=worker)   # new\n"
        "gate.acquire()\n"
        "t.start()                        # ready / running\n"
        "time.sleep(0.2)\n"
        "print(t.is_alive())              # True (it is blocked)\n"
        "gate.release()\n"
        "t.join()                         # done\n",
    .try_this = {"Run it and read Thread-1's lane: new, running, blocked on gate, running, sleeping, running, done.",
                 "In step mode, grant Thread-1 as soon as it is started: after its first steps (begin, its first "
                 "print) it turns blocked at gate.acquire() and is not offered again until you grant MainThread's "
                 "gate.release().",
                 "Set hold=1: the blocked stretch gets longer; set nap=1: the sleeping stretch does."},
    .params = {kHold, kNap},
    .run = &run,
    .visible_sharing = true,
});
