// Semaphore and BoundedSemaphore: Python's rules, between threads and between
// processes, and step mode's "acquire is enabled when the value is > 0".
#include <doctest.h>

#include <atomic>
#include <chrono>

#include "core/primitives/semaphore.hpp"
#include "core/primitives/shared.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

TEST_CASE("Semaphore: acquire takes one unit and release gives it back") {
    InProcessRun run;
    Semaphore s(2, "s");
    CHECK(s.value() == 2);
    CHECK(s.acquire());
    CHECK(s.acquire());
    CHECK(s.value() == 0);
    s.release();
    CHECK(s.value() == 1);
    s.release(2);
    CHECK(s.value() == 3);  // a plain Semaphore may go above its initial value
}

TEST_CASE("Semaphore: acquire(blocking=False) at value 0 returns False at once") {
    InProcessRun run;
    Semaphore s(0, "s");
    CHECK_FALSE(s.acquire(false));
    CHECK(s.value() == 0);
}

TEST_CASE("Semaphore: acquire with a timeout at value 0 returns False after the timeout") {
    InProcessRun run;
    Semaphore s(0, "s");
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_FALSE(s.acquire(true, 0.05));
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(50));
    const auto evs = il::test::all_events(run.arena);
    CHECK(il::test::count_kind(evs, EventKind::AcquireFailed, s.id()) == 1);
}

TEST_CASE("Semaphore: bad arguments raise ValueError") {
    InProcessRun run;
    CHECK_THROWS_AS(Semaphore(-1), ValueError);
    Semaphore s(1, "s");
    CHECK_THROWS_AS(s.acquire(false, 1.0), ValueError);  // can't specify timeout for non-blocking acquire
    CHECK_THROWS_AS(s.release(0), ValueError);           // n must be one or more
}

TEST_CASE("BoundedSemaphore: releasing above the initial value raises ValueError") {
    InProcessRun run;
    BoundedSemaphore b(2, "b");
    REQUIRE(b.acquire());
    b.release();
    CHECK(b.value() == 2);
    CHECK_THROWS_AS(b.release(), ValueError);
    CHECK(b.value() == 2);
    REQUIRE(b.acquire());
    CHECK_THROWS_AS(b.release(2), ValueError);  // 1 + 2 > 2: nothing is added
    CHECK(b.value() == 1);
}

TEST_CASE("Semaphore: a blocked acquire is woken by a release from another thread") {
    InProcessRun run;
    Semaphore s(0, "s");
    bool got = false;
    Thread t([&] { got = s.acquire(true, 10.0); });
    t.start();
    s.release();
    t.join();
    CHECK(got);
    CHECK(s.value() == 0);
}

TEST_CASE("Semaphore: release(n) wakes n waiters") {
    InProcessRun run;
    Semaphore s(0, "s");
    std::atomic<int> got{0};
    auto waiter = [&] {
        if (s.acquire(true, 10.0)) ++got;
    };
    Thread a(waiter), b(waiter), c(waiter);
    a.start();
    b.start();
    c.start();
    s.release(3);
    a.join();
    b.join();
    c.join();
    CHECK(got == 3);
    CHECK(s.value() == 0);
}

TEST_CASE("Semaphore: no more than its value threads are inside at once") {
    InProcessRun run;
    Semaphore s(2, "slots");
    std::atomic<int> inside{0}, most{0};
    auto work = [&] {
        for (int i = 0; i < 300; ++i) {
            Semaphore::Guard g(s);
            const int now = ++inside;
            int m = most.load();
            while (now > m && !most.compare_exchange_weak(m, now)) {
            }
            --inside;
        }
    };
    Thread a(work), b(work), c(work), d(work);
    a.start();
    b.start();
    c.start();
    d.start();
    a.join();
    b.join();
    c.join();
    d.join();
    CHECK(most <= 2);
    CHECK(s.value() == 2);
}

TEST_CASE("Semaphore: Obtain and Release events carry the value after") {
    InProcessRun run;
    Semaphore s(1, "s");
    s.acquire();
    s.release();
    const auto evs = il::test::all_events(run.arena);
    std::vector<std::pair<EventKind, int64_t>> seen;
    for (const TraceEvent& e : evs)
        if (e.object == s.id() && (e.kind == EventKind::Obtain || e.kind == EventKind::Release))
            seen.emplace_back(e.kind, e.value);
    CHECK(seen == std::vector<std::pair<EventKind, int64_t>>{{EventKind::Obtain, 0}, {EventKind::Release, 1}});
}

TEST_CASE("Semaphore: a release in a fork()ed child wakes an acquire in the parent") {
    InProcessRun run;
    Semaphore s(0, "s");
    Process p([&] { s.release(); });
    p.start();
    CHECK(s.acquire(true, 10.0));
    p.join();
    CHECK(p.exitcode() == 0);
}

TEST_CASE("Semaphore: with value 1 it guards a counter between fork()ed processes") {
    InProcessRun run;
    Semaphore s(1, "mutex");
    Shared<int64_t> counter("counter", 0);
    constexpr int64_t n = 1000;
    auto add = [&] {
        for (int64_t i = 0; i < n; ++i) {
            s.acquire();
            counter.store(counter.load() + 1);
            s.release();
        }
    };
    Process p1(add), p2(add);
    p1.start();
    p2.start();
    p1.join();
    p2.join();
    CHECK(p1.exitcode() == 0);
    CHECK(p2.exitcode() == 0);
    CHECK(counter.peek() == 2 * n);
}

TEST_CASE("Semaphore: in step mode an acquire at value 0 is not enabled until a release") {
    std::atomic<uint32_t> sid{kNoObject};
    bool waiter_got = false, offered_at_zero = false, seen_disabled = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (sid != kNoObject && il::test::pending_op(a, "waiter") == OpKind::Acquire) {
            const bool zero = a.object(sid).count.load() == 0;
            const bool offered = il::test::find_choice(a, cs, "waiter").has_value();
            offered_at_zero |= zero && offered;
            seen_disabled |= zero && !offered;
        }
        return il::test::prefer(a, cs, "waiter");
    });
    const auto r = il::test::run_stepped(
        [&] {
            Semaphore s(0, "s");
            sid = s.id();
            Thread t([&] { waiter_got = s.acquire(); }, "waiter");
            t.start();
            s.release();
            t.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(waiter_got);
    CHECK(seen_disabled);
    CHECK_FALSE(offered_at_zero);
}

TEST_CASE("Semaphore: in step mode a timed acquire can be granted 'time out' and returns False") {
    bool got = true;
    bool timed_out = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (auto c = il::test::find_choice(a, cs, "MainThread", Grant::TimeOut)) {
            timed_out = true;
            return c;
        }
        return cs.front();
    });
    const auto r = il::test::run_stepped(
        [&] {
            Semaphore s(0, "s");
            got = s.acquire(true, 5.0);
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(timed_out);
    CHECK_FALSE(got);
}
