// demos/queue_bounded.cpp — What this shows: a Queue with room for 3 messages.
// After each put, qsize/full/empty say how full it is. On the full queue a
// blocking put with a timeout waits the whole timeout and then raises Full,
// put_nowait raises Full at once; the queue is then drained with get_nowait,
// and on the empty queue get with a timeout raises Empty after the timeout
// while get_nowait raises Empty at once. Mirrors the course's Queue(3) example.
#include <cstdio>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kMaxsize = param::Int("maxsize", 3, 1, 10, "how many items the queue holds");
const auto kTimeout = param::Double("timeout", 1.0, 0.05, 10, "seconds the blocking put and get wait");

std::string py_bool(bool b) { return b ? "True" : "False"; }

std::string ms_since(int64_t t0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f ms", static_cast<double>(monotonic_ns() - t0) / 1e6);
    return buf;
}

// What a call that should raise did: "raised Full after 2001 ms", or what happened instead.
struct Said {
    std::string english;  // for print()
    std::string shown;    // the same in the run's language, for the result
};

// Runs `op`, which should raise E, and says what happened.
template <typename E, typename Op>
Said expect_raise(const char* name, Op&& op) {
    const int64_t t0 = monotonic_ns();
    const char* what = N_("returned normally after {ms}");
    try {
        op();
    } catch (const E&) {
        what = N_("raised {exception} after {ms}");
    }
    const std::string ms = ms_since(t0);
    return {il::i18n::fill(what, {{"exception", name}, {"ms", ms}}),
            il::i18n::trf(what, {{"exception", name}, {"ms", ms}})};
}

// [SECTION] Setup
void run(RunContext& ctx) {
    const int64_t maxsize = ctx[kMaxsize];
    const double timeout = ctx[kTimeout];
    Queue<std::string> q(maxsize, "q");
    print("q = Queue(" + std::to_string(maxsize) + ")\n");

    // [SECTION] Fill it up, looking after each put
    std::string sizes, fulls;
    for (int64_t i = 1; i <= maxsize; ++i) {
        q.put("message " + std::to_string(i));
        const uint32_t n = q.qsize();
        const bool full = q.full(), empty = q.empty();
        print("put 'message " + std::to_string(i) + "': qsize()=" + std::to_string(n) + " full()=" + py_bool(full) +
              " empty()=" + py_bool(empty) + "\n");
        sizes += (i > 1 ? "," : "") + std::to_string(n);
        fulls += (i > 1 ? "," : "") + py_bool(full);
    }
    ctx.result(N_("qsize after each put"), sizes);
    ctx.result(N_("full after each put"), fulls);

    // [SECTION] The queue is full: two ways to fail
    const std::string extra = "message " + std::to_string(maxsize + 1);
    const Said put_timeout = expect_raise<Full>("Full", [&] { q.put(extra, true, timeout); });
    print("put(..., True, " + seconds_text(timeout) + ") " + put_timeout.english + "; qsize()=" +
          std::to_string(q.qsize()) + "\n");
    ctx.result("put(block, timeout)", put_timeout.shown);
    const Said put_nowait = expect_raise<Full>("Full", [&] { q.put_nowait(extra); });
    print("put_nowait(...) " + put_nowait.english + "\n");
    ctx.result("put_nowait", put_nowait.shown);

    // [SECTION] Drain it, then two ways to fail on the empty queue
    std::string got;
    while (!q.empty()) {
        const std::string m = q.get_nowait();
        print("get_nowait() -> '" + m + "'\n");
        got += (got.empty() ? "" : ",") + m;
    }
    ctx.result(N_("got"), got);
    const Said get_timeout = expect_raise<Empty>("Empty", [&] { q.get(true, timeout); });
    print("get(True, " + seconds_text(timeout) + ") " + get_timeout.english + "\n");
    ctx.result("get(block, timeout)", get_timeout.shown);
    const Said get_nowait = expect_raise<Empty>("Empty", [&] { q.get_nowait(); });
    print("get_nowait() " + get_nowait.english + "\n");
    ctx.result("get_nowait", get_nowait.shown);
    if (stepping()) print("(step mode: time is logical, so the timeouts took no real time)\n");
}

}  // namespace

IL_DEMO({
    .id = "queue.bounded",
    .title = "A bounded Queue: full, empty, Full and Empty",
    .group = "Queue",
    .summary = "Queue(3): qsize/full/empty after each put; put with timeout and put_nowait raise Full, "
               "get with timeout and get_nowait raise Empty.",
    .explanation =
        "A Queue made with Queue(3) holds at most 3 items. After each put the demo asks qsize() (how many are in "
        "it), full() and empty(): the third put makes full() True. Putting a 4th message can fail in two ways. "
        "put(item, True, timeout) blocks: the main thread shows as blocked on the queue for the whole timeout, "
        "waiting for someone to make room; nobody does, so it raises queue.Full at the end of the timeout. "
        "put_nowait(item) (the same as put(item, False)) does not wait at all: it raises Full at once. The queue "
        "is then emptied with get_nowait() while empty() is False, in the order the messages went in. On the "
        "empty queue, get(True, timeout) waits out its timeout and raises queue.Empty, and get_nowait() raises "
        "Empty at once. The timeline's queue lane shows the fill level rising to 3 and falling to 0; the console "
        "shows how long each failing call took.",
    .python =
        "from multiprocessing import Queue\n"
        "import queue\n"
        "timeout = 1.0                     # the course uses 2\n"
        "q = Queue(3)\n"
        "for i in range(1, 4):\n"
        "    q.put('message %d' % i)\n"
        "    print(q.qsize(), q.full(), q.empty())\n"
        "try:\n"
        "    q.put('message 4', True, timeout)  # waits, then raises\n"
        "except queue.Full:\n"
        "    print('full, qsize =', q.qsize())\n"
        "try:\n"
        "    q.put_nowait('message 4')     # raises at once\n"
        "except queue.Full:\n"
        "    print('full')\n"
        "while not q.empty():\n"
        "    print(q.get_nowait())\n"
        "try:\n"
        "    q.get(True, timeout)          # waits, then raises\n"
        "except queue.Empty:\n"
        "    print('empty')\n",
    .try_this = {"Look at the timeline: the main thread's lane is blocked on q for exactly the timeout twice "
                 "(the blocking put, then the blocking get), and not at all for put_nowait and get_nowait.",
                 "Set timeout=0.2: both blocking calls give up after about 200 ms instead.",
                 "Set maxsize=1: full() is already True after the first put.",
                 "In step mode the blocked put is not enabled: the only step offered is to let its timeout "
                 "expire, and Full is raised when you take it."},
    .params = {kMaxsize, kTimeout},
    .run = &run,
    .visible_sharing = true,
});
