// demos/event_set_clear.cpp — What this shows: an Event is a flag with a
// wait. is_set() reads the flag; set() makes it True and wakes every waiter;
// clear() makes it False again. wait(timeout) on a clear flag gives up after
// the timeout and returns False; on a set flag it returns True at once. A
// thread already waiting when set() comes is released even if clear()
// follows immediately: set() wakes whoever is waiting at that moment.

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kTimeout = param::Double("timeout", 0.5, 0.01, 10,
    "seconds for wait(timeout), and for the waiter to start");

std::string py_bool(bool b) { return b ? "True" : "False"; }

// [SECTION] Setup
void run(RunContext& ctx) {
    const double timeout = ctx[kTimeout];
    Event flag("flag");

    // [SECTION] The flag on its own
    ctx.result(N_("is_set() at first"), py_bool(flag.is_set()));
    print("is_set() -> " + py_bool(flag.is_set()) + "\n");
    const bool timed = flag.wait(timeout);  // nobody sets it: gives up after the timeout
    print("wait(" + seconds_text(timeout) + ") on a clear flag -> " + py_bool(timed) + "\n");
    ctx.result(N_("wait(timeout) while clear"), py_bool(timed));
    flag.set();
    print("set(); is_set() -> " + py_bool(flag.is_set()) + "\n");
    ctx.result(N_("is_set() after set()"), py_bool(flag.is_set()));
    const bool at_once = flag.wait();  // already set: returns at once, no blocking
    print("wait() on a set flag -> " + py_bool(at_once) + "\n");
    ctx.result(N_("wait() while set"), py_bool(at_once));
    flag.clear();
    print("clear(); is_set() -> " + py_bool(flag.is_set()) + "\n");
    ctx.result(N_("is_set() after clear()"), py_bool(flag.is_set()));

    // [SECTION] A waiter released by a set() that is cleared at once
    bool waiter_got = false;
    Thread waiter(
        [&] {
            print("waiting for the flag\n");
            waiter_got = flag.wait();
            print("released: wait() -> " + py_bool(waiter_got) + "\n");
        },
        "waiter");
    waiter.start();
    sleep(timeout);  // let it start waiting
    flag.set();
    flag.clear();    // too late to hold it back: set() already woke it
    waiter.join();
    ctx.result(N_("waiter released by set(); clear()"), py_bool(waiter_got));
    ctx.result(N_("is_set() at the end"), py_bool(flag.is_set()));
}

}  // namespace

IL_DEMO({
    .id = "event.set_clear",
    .title = "Event: set, clear, is_set and wait",
    .group = "Event",
    .summary = "The flag inside an Event: is_set/set/clear, wait with a timeout, and a waiter released by a "
               "set() that is cleared at once.",
    .explanation =
        "A threading.Event holds one flag, False when it is made. is_set() reads it. wait() blocks while it is "
        "False: wait(timeout) gives up after timeout seconds and returns False, which is how you find out that "
        "nobody set it in time. set() makes the flag True and wakes every thread that is waiting; from then on "
        "wait() returns True at once without blocking, until clear() makes it False again. The last part shows "
        "a subtle rule: a thread that is already waiting when set() happens is released even if clear() "
        "follows immediately. set() wakes the waiters that are there at that moment; clear() only affects "
        "wait() calls made after it. The inspector shows the flag, and the event's lane on the timeline goes "
        "up at each set() and down at each clear().",
    .python =
        "import threading, time\n"
        "flag = threading.Event()\n"
        "print(flag.is_set())        # False\n"
        "print(flag.wait(0.5))       # False, after 0.5 s\n"
        "flag.set()\n"
        "print(flag.is_set(), flag.wait())   # True True (at once)\n"
        "flag.clear()\n"
        "def waiter():\n"
        "    print('released:', flag.wait())\n"
        "t = threading.Thread(target=waiter)\n"
        "t.start()\n"
        "time.sleep(0.5)\n"
        "flag.set(); flag.clear()   # the waiter is still released\n"
        "t.join()\n",
    .try_this = {"Look at MainThread's lane: it is blocked on flag for the timeout during wait(timeout), and "
                 "not at all during the wait() that follows set().",
                 "Raise timeout to 2: the first wait() blocks for 2 s before returning False.",
                 "In step mode, once the waiter reaches wait() it is not offered a step while the flag is clear; "
                 "it becomes enabled the moment MainThread's set() is granted.",
                 "In step mode, grant MainThread its set() and clear() before the waiter has been granted its "
                 "wait(): the waiter arrives too late, waits forever and the run is reported stuck. The sleep in "
                 "the Python version only makes that unlikely; it is a race all the same."},
    .params = {kTimeout},
    .run = &run,
    .visible_sharing = true,
});
