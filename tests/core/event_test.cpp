// Event: Python's set/clear/is_set/wait, between threads and between
// processes, and step mode's "wait is enabled when the flag is set".
#include <doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "core/primitives/sync_event.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/wait.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

TEST_CASE("Event: starts clear — set() sets the flag and clear() clears it") {
    InProcessRun run;
    Event e("e");
    CHECK_FALSE(e.is_set());
    e.set();
    CHECK(e.is_set());
    e.clear();
    CHECK_FALSE(e.is_set());
}

TEST_CASE("Event: wait on a set event returns True at once") {
    InProcessRun run;
    Event e("e");
    e.set();
    CHECK(e.wait());
    CHECK(e.wait(0));
}

TEST_CASE("Event: wait with a timeout on a clear event returns False after the timeout") {
    InProcessRun run;
    Event e("e");
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_FALSE(e.wait(0.05));
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(50));
    CHECK_FALSE(e.wait(0));
}

TEST_CASE("Event: a waiting thread returns True when another thread sets it") {
    InProcessRun run;
    Event e("ready");
    bool got = false;
    Thread t([&] { got = e.wait(10.0); });
    t.start();
    e.set();
    t.join();
    CHECK(got);
}

TEST_CASE("Event: one set() releases every waiter") {
    InProcessRun run;
    Event e("go");
    std::atomic<int> released{0};
    auto waiter = [&] {
        if (e.wait(10.0)) ++released;
    };
    Thread a(waiter), b(waiter), c(waiter);
    a.start();
    b.start();
    c.start();
    REQUIRE(il::test::wait_workers(run.arena, 3, WorkerState::Blocked, e.id()));
    e.set();
    a.join();
    b.join();
    c.join();
    CHECK(released == 3);
}

TEST_CASE("Event: set() then clear() at once still releases the threads already waiting") {
    InProcessRun run;
    Event e("pulse");
    bool got = false;
    Thread t([&] { got = e.wait(10.0); });
    t.start();
    REQUIRE(il::test::wait_workers(run.arena, 1, WorkerState::Blocked, e.id()));
    e.set();
    e.clear();
    t.join();
    CHECK(got);  // Python: set() wakes every thread already waiting, whatever follows
    CHECK_FALSE(e.is_set());
}

TEST_CASE("Event: set, clear and wait are recorded with their values") {
    InProcessRun run;
    Event e("e");
    e.set();
    CHECK(e.wait(0));
    e.clear();
    CHECK_FALSE(e.wait(0));
    std::vector<std::pair<EventKind, int64_t>> seen;
    for (const TraceEvent& ev : il::test::all_events(run.arena))
        if (ev.object == e.id()) seen.emplace_back(ev.kind, ev.value);
    CHECK(seen == std::vector<std::pair<EventKind, int64_t>>{{EventKind::EventSet, 1},
                                                             {EventKind::EventWaitDone, 1},
                                                             {EventKind::EventClear, 0},
                                                             {EventKind::EventWaitDone, 0}});
}

TEST_CASE("Event: a set() in the parent releases a wait() in a fork()ed child") {
    InProcessRun run;
    Event e("e");
    Process p([&] {
        if (!e.wait(10.0)) throw std::runtime_error("the child's wait timed out");
    });
    p.start();
    e.set();
    p.join();
    CHECK(p.exitcode() == 0);
}

TEST_CASE("Event: a set() in a fork()ed child releases a wait() in the parent") {
    InProcessRun run;
    Event e("server_ready");
    Process p([&] { e.set(); });
    p.start();
    CHECK(e.wait(10.0));
    p.join();
    CHECK(p.exitcode() == 0);
}

TEST_CASE("Event: in step mode a waiter is not enabled until set() is granted") {
    bool got = false, offered_while_clear = false, seen_disabled = false;
    std::atomic<uint32_t> eid{kNoObject};
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (eid != kNoObject && il::test::pending_op(a, "client") == OpKind::EventWait) {
            const bool clear = a.object(eid).word.load() == 0;
            const bool offered = il::test::find_choice(a, cs, "client").has_value();
            offered_while_clear |= clear && offered;
            seen_disabled |= clear && !offered;
        }
        return il::test::prefer(a, cs, "client");
    });
    const auto r = il::test::run_stepped(
        [&] {
            Event e("server_ready");
            eid = e.id();
            Thread t([&] { got = e.wait(); }, "client");
            t.start();
            e.set();
            t.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(got);
    CHECK(seen_disabled);
    CHECK_FALSE(offered_while_clear);
}

TEST_CASE("Event: in step mode a waiter with a timeout can be granted 'time out' and wait returns false") {
    bool got = true, timed_out = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (auto c = il::test::find_choice(a, cs, "MainThread", Grant::TimeOut)) {
            timed_out = true;
            return c;
        }
        return cs.front();
    });
    const auto r = il::test::run_stepped(
        [&] {
            Event e("never");
            got = e.wait(1.0);
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(timed_out);
    CHECK_FALSE(got);
}

TEST_CASE("Event: in step mode a wait nobody will satisfy leaves the run stuck") {
    auto rr = make_round_robin();
    const auto r = il::test::run_stepped(
        [] {
            Event e("never_set");
            e.wait();
        },
        *rr);
    CHECK(r.status == StepStatus::Stuck);
    CHECK(r.status_text.find("MainThread waits for never_set") != std::string::npos);
}
