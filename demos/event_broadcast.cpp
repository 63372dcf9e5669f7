// demos/event_broadcast.cpp — What this shows: several threads wait on one
// Event; a single set() releases all of them at once. An Event is a broadcast,
// unlike a Lock or a Queue item, which goes to one thread only.
#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

#include <memory>
#include <vector>

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kWaiters = param::Int("waiters", 4, 1, 16, "threads waiting on the event");
const auto kDelay = param::Double("delay", 0.3, 0.01, 5, "seconds before set()");

// [SECTION] Setup
void run(RunContext& ctx) {
    const int64_t n = ctx[kWaiters];
    const double delay = ctx[kDelay];
    Event go("go");
    std::vector<int> released(static_cast<size_t>(n), 0);

    // [SECTION] Workers
    std::vector<std::unique_ptr<Thread>> waiters;
    for (int64_t i = 0; i < n; ++i) {
        waiters.push_back(std::make_unique<Thread>(
            [&, i] {
                print("waiting for go\n");
                released[static_cast<size_t>(i)] = go.wait() ? 1 : 0;
                print("released\n");
            },
            "waiter-" + std::to_string(i + 1)));
    }
    for (auto& t : waiters) t->start();
    sleep(delay);  // give them time to start waiting
    print("set() once\n");
    go.set();
    for (auto& t : waiters) t->join();

    // [SECTION] Results
    int count = 0;
    for (int r : released) count += r;
    ctx.result(N_("waiters"), n);
    ctx.result(N_("released"), count);
    ctx.result(N_("set() calls"), 1);
}

}  // namespace

IL_DEMO({
    .id = "event.broadcast",
    .title = "One set() releases every waiter",
    .group = "Event",
    .summary = "Several threads wait on one Event; a single set() wakes them all.",
    .explanation =
        "Each waiter thread calls go.wait() and blocks: on the timeline all their lanes turn blocked on go. "
        "After a short delay the main thread calls go.set() once, and every waiter is released together, "
        "because set() wakes all threads that are waiting (and any thread that calls wait() later returns at "
        "once while the flag stays set). Compare a Lock, whose release lets one waiter in, or a Queue, where "
        "each item goes to exactly one get(). That is what makes an Event the right tool for 'everybody, go': "
        "a starting signal, a shutdown notice, 'the server is up'.",
    .python =
        "import threading, time\n"
        "go = threading.Event()\n"
        "def waiter():\n"
        "    go.wait()\n"
        "    print(threading.current_thread().name, 'released')\n"
        "ts = [threading.Thread(target=waiter) for _ in range(4)]\n"
        "for t in ts: t.start()\n"
        "time.sleep(0.3)\n"
        "go.set()          # all four are released\n"
        "for t in ts: t.join()\n",
    .try_this = {"Watch the timeline: every waiter's lane ends its blocked span at the same instant, right after "
                 "MainThread's set().",
                 "Set waiters=8: still one set() and eight releases.",
                 "In step mode no waiter is offered a step until set() is granted; after it, all of them are."},
    .params = {kWaiters, kDelay},
    .run = &run,
    .visible_sharing = true,
});
