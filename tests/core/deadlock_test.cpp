// Deadlock and stuck detection: at park time in run mode, after every step in step mode.
#include <doctest.h>

#include <atomic>

#include "core/observer/director.hpp"
#include "core/primitives/lock.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/in_process_run.hpp"
#include "tests/support/wait.hpp"

using namespace il::core;
using il::test::InProcessRun;

namespace {
// Both threads hold their first lock before either asks for its second.
void opposite_order(Lock& a, Lock& b, double timeout) {
    std::atomic<int> holding{0};
    auto task = [&](Lock& first, Lock& second) {
        first.acquire();
        holding.fetch_add(1);
        while (holding.load() < 2) std::this_thread::yield();
        if (second.acquire(true, timeout)) second.release();
        first.release();
    };
    Thread t1([&] { task(a, b); });
    Thread t2([&] { task(b, a); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
}
}  // namespace

TEST_CASE("Deadlock: two threads taking two locks in opposite order are reported in run mode with both names") {
    InProcessRun run;
    Lock a("lock_a"), b("lock_b");
    opposite_order(a, b, 0.3);  // the timeouts end the deadlock after it was reported
    const auto cycle = reported_cycle(run.arena);
    REQUIRE(cycle.has_value());
    REQUIRE(cycle->workers.size() == 2);
    const std::string text = describe(run.arena, *cycle);
    const bool from_1 = text == "Thread-1 waits for lock_b held by Thread-2, which waits for lock_a held by Thread-1";
    const bool from_2 = text == "Thread-2 waits for lock_a held by Thread-1, which waits for lock_b held by Thread-2";
    CHECK_MESSAGE((from_1 || from_2), text);
    CHECK(il::test::count_kind(il::test::all_events(run.arena), EventKind::Deadlock) == 1);
}

TEST_CASE("Deadlock: taking the locks in one global order is never reported") {
    InProcessRun run;
    Lock a("lock_a"), b("lock_b");
    auto task = [&] {
        for (int i = 0; i < 200; ++i) {
            Lock::Guard ga(a);
            Lock::Guard gb(b);
        }
    };
    Thread t1(task), t2(task);
    t1.start();
    t2.start();
    t1.join();
    t2.join();
    CHECK_FALSE(reported_cycle(run.arena).has_value());
}

namespace {
void two_lock_demo() {
    Lock a("lock_a"), b("lock_b");
    auto task = [](Lock& first, Lock& second) {
        first.acquire();
        second.acquire();
        second.release();
        first.release();
    };
    Thread t1([&] { task(a, b); });
    Thread t2([&] { task(b, a); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
}
}  // namespace

TEST_CASE("Deadlock: in step mode the pinned interleaving closes the cycle and the run is reported deadlocked") {
    Schedule s;
    // MainThread: begin, start Thread-1, start Thread-2, join Thread-1 (parks there).
    for (const char* w : {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2", "Thread-1", "Thread-2",
                          "MainThread"})
        s.steps.push_back({w, false});
    auto replay = make_replay(s);
    std::string text;
    const auto r = il::test::run_stepped(two_lock_demo, *replay, [&](Arena& a) {
        if (auto c = reported_cycle(a)) text = describe(a, *c);
    });
    INFO(r.error);
    REQUIRE(r.status == StepStatus::Deadlock);
    CHECK(r.status_text.find("lock_a") != std::string::npos);
    CHECK(r.status_text.find("lock_b") != std::string::npos);
    CHECK(text.find("Thread-1") != std::string::npos);
    CHECK(text.find("Thread-2") != std::string::npos);
}

TEST_CASE("Deadlock: in step mode a round-robin schedule of the same code finishes") {
    auto rr = make_round_robin();
    const auto r = il::test::run_stepped(
        [] {
            Lock a("lock_a"), b("lock_b");
            auto task = [&] {
                a.acquire();
                b.acquire();
                b.release();
                a.release();
            };
            Thread t1(task), t2(task);
            t1.start();
            t2.start();
            t1.join();
            t2.join();
        },
        *rr);
    CHECK(r.status == StepStatus::Finished);
    CHECK(r.error.empty());
}

TEST_CASE("Stuck: nobody can move and not everybody is done is reported in step mode") {
    auto rr = make_round_robin();
    const auto r = il::test::run_stepped(
        [] {
            Lock l("orphaned_lock");
            Thread t([&] { l.acquire(); });  // exits holding the lock
            t.start();
            t.join();
            l.acquire();  // nobody will ever release it; the holder is done: no cycle
        },
        *rr);
    CHECK(r.status == StepStatus::Stuck);
    CHECK(r.status_text.find("MainThread waits for orphaned_lock") != std::string::npos);
}

TEST_CASE("Deadlock: a cycle closed by a worker that was running when the other parked is found by the sweep") {
    InProcessRun run;
    Lock l("l");
    // Thread-1 waits (with a timeout, so the test ends) for a Lock it holds;
    // MainThread is running then, so the park-time check cannot call it a
    // deadlock. Then MainThread joins Thread-1: nobody can move any more.
    Thread t([&] {
        l.acquire();
        l.acquire(true, 1.0);
    });
    t.start();
    REQUIRE(il::test::wait_workers(run.arena, 1, WorkerState::Blocked, l.id()));  // Thread-1 is blocked now
    std::optional<Cycle> seen;
    std::thread observer([&] {
        // Until MainThread is in join(): the cycle lasts until Thread-1's timeout.
        il::test::wait_until([&] { return (seen = sweep_for_cycle(run.arena)).has_value(); },
                             std::chrono::milliseconds(1500), std::chrono::milliseconds(2));
    });
    t.join();
    observer.join();
    REQUIRE(seen.has_value());
    CHECK(describe(run.arena, *seen).find("waits for l held by Thread-1") != std::string::npos);
}
