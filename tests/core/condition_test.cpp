// Condition: Python's wait/wait_for/notify/notify_all over a Lock or an RLock,
// between threads and between processes, and its three steps in step mode.
#include <doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "core/primitives/condition.hpp"
#include "core/primitives/shared.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/wait.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

namespace {

// Until `n` threads are queued in c.wait() (the condition's own queue, whose
// order notify() follows).
bool wait_for_waiting(const Condition& c, uint32_t n) {
    return il::test::wait_until([&] { return c.waiting() >= n; });
}

}  // namespace

TEST_CASE("Condition: wait without holding the lock raises RuntimeError") {
    InProcessRun run;
    Condition c("c");
    CHECK_THROWS_WITH_AS(c.wait(0.01), "cannot wait on un-acquired lock", RuntimeError);
    CHECK(c.waiting() == 0);
}

TEST_CASE("Condition: notify without holding the lock raises RuntimeError") {
    InProcessRun run;
    Lock l("l");
    Condition c(l, "c");
    CHECK_THROWS_WITH_AS(c.notify(), "cannot notify on un-acquired lock", RuntimeError);
    CHECK_THROWS_WITH_AS(c.notify_all(), "cannot notify on un-acquired lock", RuntimeError);
}

TEST_CASE("Condition: a wait that times out returns False and holds the lock again") {
    InProcessRun run;
    Lock l("l");
    Condition c(l, "c");
    REQUIRE(c.acquire());
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_FALSE(c.wait(0.05));
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(50));
    CHECK(l.locked());
    CHECK(c.waiting() == 0);
    c.release();
    CHECK_FALSE(l.locked());
}

TEST_CASE("Condition: wait releases the lock so a notifier can take it, and wakes on notify") {
    InProcessRun run;
    Lock l("l");
    Condition c(l, "c");
    bool got = false;
    Thread t([&] {
        Condition::Guard g(c);
        got = c.wait(10.0);
    });
    t.start();
    REQUIRE(wait_for_waiting(c, 1));
    {
        Condition::Guard g(c);  // only possible because the waiter released it
        c.notify();
    }
    t.join();
    CHECK(got);
    CHECK_FALSE(l.locked());
}

TEST_CASE("Condition: notify wakes one waiter at a time, oldest first") {
    InProcessRun run;
    Condition c("c");
    std::vector<int> order;  // appended with the condition's lock held
    auto waiter = [&](int k) {
        return [&, k] {
            Condition::Guard g(c);
            c.wait(10.0);
            order.push_back(k);
        };
    };
    Thread a(waiter(1)), b(waiter(2)), d(waiter(3));
    a.start();
    REQUIRE(wait_for_waiting(c, 1));
    b.start();
    REQUIRE(wait_for_waiting(c, 2));
    d.start();
    REQUIRE(wait_for_waiting(c, 3));
    for (size_t woken = 1; woken <= 3; ++woken) {
        {
            Condition::Guard g(c);
            c.notify();
        }
        for (;;) {  // the woken waiter appends once it has the lock back
            Condition::Guard g(c);
            if (order.size() == woken) break;
            c.wait(0.001);
        }
    }
    a.join();
    b.join();
    d.join();
    CHECK(order == std::vector<int>{1, 2, 3});
}

TEST_CASE("Condition: notify(n) wakes n waiters and notify_all wakes the rest") {
    InProcessRun run;
    Condition c("c");
    std::atomic<int> woken{0};
    auto waiter = [&] {
        Condition::Guard g(c);
        if (c.wait(10.0)) ++woken;
    };
    Thread t1(waiter), t2(waiter), t3(waiter), t4(waiter);
    for (Thread* t : {&t1, &t2, &t3, &t4}) t->start();
    REQUIRE(wait_for_waiting(c, 4));
    {
        Condition::Guard g(c);
        c.notify(2);
        CHECK(c.waiting() == 2);
        c.notify_all();
        CHECK(c.waiting() == 0);
    }
    for (Thread* t : {&t1, &t2, &t3, &t4}) t->join();
    CHECK(woken == 4);
    const auto evs = il::test::all_events(run.arena);
    CHECK(il::test::count_kind(evs, EventKind::CondWoken, c.id()) == 4);
}

TEST_CASE("Condition: wait restores an RLock's recursion depth") {
    InProcessRun run;
    RLock r("r");
    Condition c(r, "c");
    REQUIRE(r.acquire());
    REQUIRE(r.acquire());
    Thread t([&] {
        CHECK(wait_for_waiting(c, 1));  // not REQUIRE: this is a worker thread
        Condition::Guard g(c);  // the waiter released both levels
        c.notify();
    });
    t.start();
    CHECK(c.wait(10.0));
    CHECK(r.count() == 2);
    r.release();
    r.release();
    t.join();
    CHECK_FALSE(r.locked());
}

TEST_CASE("Condition: wait_for returns at once when the predicate already holds") {
    InProcessRun run;
    Condition c("c");
    Condition::Guard g(c);
    CHECK(c.wait_for([] { return true; }, 0.0));
    CHECK(c.waiting() == 0);
}

TEST_CASE("Condition: wait_for returns False after the timeout when the predicate stays false") {
    InProcessRun run;
    Condition c("c");
    Condition::Guard g(c);
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_FALSE(c.wait_for([] { return false; }, 0.05));
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(50));
}

TEST_CASE("Condition: wait_for returns True once a notifier makes the predicate true") {
    InProcessRun run;
    Condition c("c");
    int items = 0;  // guarded by c's lock
    Thread producer([&] {
        for (int i = 0; i < 5; ++i) {
            Condition::Guard g(c);
            ++items;
            c.notify();
        }
    });
    producer.start();
    {
        Condition::Guard g(c);
        CHECK(c.wait_for([&] { return items == 5; }, 10.0));
    }
    producer.join();
}

TEST_CASE("Condition: a notify from a fork()ed child wakes the parent's wait_for") {
    InProcessRun run;
    Lock l("l");
    Condition c(l, "c");
    Shared<int64_t> value("value", 0);
    Process child([&] {
        for (int64_t i = 1; i <= 3; ++i) {
            Condition::Guard g(c);
            value.store(i);
            c.notify_all();
        }
    });
    c.acquire();
    child.start();
    const bool got = c.wait_for([&] { return value.load() == 3; }, 10.0);
    c.release();
    child.join();
    CHECK(got);
    CHECK(child.exitcode() == 0);
}

TEST_CASE("Condition: in step mode a waiter is not resumed until notified") {
    bool got = false, resumed_unnotified = false, seen_waiting = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (il::test::pending_op(a, "consumer") == OpKind::CondResume) {
            const bool notified = a.worker(a.find_worker("consumer")).notified.load() != 0;
            const bool offered = il::test::find_choice(a, cs, "consumer").has_value();
            resumed_unnotified |= offered && !notified;
            seen_waiting |= !offered;
        }
        return il::test::prefer(a, cs, "consumer");
    });
    const auto r = il::test::run_stepped(
        [&] {
            Condition c("c");
            bool ready = false;
            Thread t(
                [&] {
                    Condition::Guard g(c);
                    got = c.wait_for([&] { return ready; });
                },
                "consumer");
            t.start();
            {
                Condition::Guard g(c);
                ready = true;
                c.notify();
            }
            t.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(got);
    CHECK(seen_waiting);
    CHECK_FALSE(resumed_unnotified);
}

TEST_CASE("Condition: in step mode a timed wait can be granted 'time out' and returns False") {
    bool got = true, timed_out = false, relocked = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (auto c = il::test::find_choice(a, cs, "MainThread", Grant::TimeOut)) {
            timed_out = true;
            return c;
        }
        return cs.front();
    });
    const auto r = il::test::run_stepped(
        [&] {
            Lock l("l");
            Condition c(l, "c");
            c.acquire();
            got = c.wait(2.0);
            relocked = l.locked();
            c.release();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(timed_out);
    CHECK_FALSE(got);
    CHECK(relocked);
}
