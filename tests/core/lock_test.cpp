// Lock and RLock: Python's rules, between threads and between processes.
#include <doctest.h>

#include <atomic>
#include <chrono>

#include "core/primitives/lock.hpp"
#include "core/primitives/shared.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

TEST_CASE("Lock: acquire then release leaves it unlocked") {
    InProcessRun run;
    Lock l("l");
    CHECK_FALSE(l.locked());
    CHECK(l.acquire());
    CHECK(l.locked());
    l.release();
    CHECK_FALSE(l.locked());
}

TEST_CASE("Lock: acquire(blocking=False) on a held lock returns False at once") {
    InProcessRun run;
    Lock l("l");
    REQUIRE(l.acquire());
    bool got = true;
    Thread t([&] { got = l.acquire(false); });
    t.start();
    t.join();
    CHECK_FALSE(got);
    l.release();
}

TEST_CASE("Lock: acquire with a timeout on a held lock returns False after the timeout") {
    InProcessRun run;
    Lock l("l");
    REQUIRE(l.acquire());
    bool got = true;
    std::chrono::steady_clock::duration waited{};
    Thread t([&] {
        const auto t0 = std::chrono::steady_clock::now();
        got = l.acquire(true, 0.05);
        waited = std::chrono::steady_clock::now() - t0;
    });
    t.start();
    t.join();
    CHECK_FALSE(got);
    CHECK(waited >= std::chrono::milliseconds(50));
    l.release();
}

TEST_CASE("Lock: releasing an unlocked lock raises RuntimeError") {
    InProcessRun run;
    Lock l("l");
    CHECK_THROWS_AS(l.release(), RuntimeError);
    const auto evs = il::test::all_events(run.arena);
    CHECK(il::test::count_kind(evs, EventKind::Error, l.id()) == 1);
}

TEST_CASE("Lock: any thread may release a Lock another thread acquired") {
    InProcessRun run;
    Lock l("l");
    REQUIRE(l.acquire());
    Thread t([&] { l.release(); });
    t.start();
    t.join();
    CHECK_FALSE(l.locked());
}

TEST_CASE("Lock: two threads adding under the lock reach exactly 2n") {
    InProcessRun run;
    Lock l("l");
    Shared<int64_t> counter("counter", 0);
    constexpr int64_t n = 20000;
    auto add = [&] {
        for (int64_t i = 0; i < n; ++i) {
            Lock::Guard g(l);
            counter.store(counter.load() + 1);
        }
    };
    Thread a(add), b(add);
    a.start();
    b.start();
    a.join();
    b.join();
    CHECK(counter.peek() == 2 * n);
}

TEST_CASE("Lock: a release is ordered before the obtain it enables") {
    InProcessRun run;
    Lock l("l");
    auto work = [&] {
        for (int i = 0; i < 1000; ++i) {  // 3 events each: stays inside a 4096-event ring
            l.acquire();
            l.release();
        }
    };
    Thread a(work), b(work);
    a.start();
    b.start();
    a.join();
    b.join();
    // Merged by seq, the lock's history must alternate Obtain, Release, Obtain …
    bool held = false;
    int obtains = 0;
    for (const TraceEvent& e : il::test::all_events(run.arena)) {
        if (e.object != l.id()) continue;
        if (e.kind == EventKind::Obtain) {
            CHECK_FALSE(held);
            held = true;
            ++obtains;
        } else if (e.kind == EventKind::Release) {
            CHECK(held);
            held = false;
        }
    }
    CHECK(obtains == 2000);
}

TEST_CASE("Lock: guards a shared counter between fork()ed processes") {
    InProcessRun run;
    Lock l("file_lock");
    Shared<int64_t> counter("counter", 0);
    constexpr int64_t n = 2000;
    auto add = [&] {
        for (int64_t i = 0; i < n; ++i) {
            l.acquire();
            counter.store(counter.load() + 1);
            l.release();
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

TEST_CASE("Lock: re-acquiring a Lock one holds is reported as a deadlock at its line") {
    InProcessRun run;
    Lock l("l");
    REQUIRE(l.acquire());
    const uint32_t line = __LINE__ + 1;
    CHECK_FALSE(l.acquire(true, 0.05));  // Python would wait forever; the cycle is reported at once
    const auto cycle = reported_cycle(run.arena);
    REQUIRE(cycle.has_value());
    CHECK(cycle->workers.size() == 1);
    CHECK(describe(run.arena, *cycle) == "MainThread waits for l held by MainThread itself (a Lock is not re-entrant)");
    CHECK(run.arena.header().deadlock.lines[0] == line);
    const auto evs = il::test::all_events(run.arena);
    CHECK(il::test::count_kind(evs, EventKind::Error, l.id()) == 1);
    l.release();
}

TEST_CASE("RLock: the owner may acquire again — each acquire needs a release") {
    InProcessRun run;
    RLock r("r");
    CHECK(r.acquire());
    CHECK(r.acquire());
    CHECK(r.count() == 2);
    r.release();
    CHECK(r.locked());
    r.release();
    CHECK_FALSE(r.locked());
}

TEST_CASE("RLock: a thread that does not own it cannot release it") {
    InProcessRun run;
    RLock r("r");
    REQUIRE(r.acquire());
    bool threw = false;
    Thread t([&] {
        try {
            r.release();
        } catch (const RuntimeError&) {
            threw = true;
        }
    });
    t.start();
    t.join();
    CHECK(threw);
    r.release();
}

// acquire_now/release_now: what the Python front calls while it holds the GIL,
// so they must never wait — done at once in run mode on a free lock, else
// nothing done and nothing recorded (the caller then drops the GIL and waits).
TEST_CASE("Lock: acquire_now takes a free lock in run mode, and does nothing on a held lock or outside run mode") {
    InProcessRun run;
    Lock l("l");
    CHECK(l.acquire_now());
    CHECK(l.locked());
    const auto obtained = [&] { return il::test::count_kind(il::test::all_events(run.arena), EventKind::Obtain, l.id()); };
    CHECK(obtained() == 1);
    CHECK_FALSE(l.acquire_now(false));  // held: the caller must take the path that may wait
    CHECK(obtained() == 1);
    CHECK(l.release_now());
    CHECK_FALSE(l.locked());
    CHECK_THROWS_AS(l.release_now(), RuntimeError);  // Python's error, at once
    for (DirectorMode m : {DirectorMode::Slow, DirectorMode::Step}) {
        run.arena.header().mode.store(static_cast<uint32_t>(m));
        const size_t before = obtained();
        CHECK_FALSE(l.acquire_now());
        CHECK_FALSE(l.locked());
        CHECK(obtained() == before);
        run.arena.header().mode.store(static_cast<uint32_t>(DirectorMode::Run));
        REQUIRE(l.acquire());
        run.arena.header().mode.store(static_cast<uint32_t>(m));
        CHECK_FALSE(l.release_now());
        CHECK(l.locked());
        run.arena.header().mode.store(static_cast<uint32_t>(DirectorMode::Run));
        l.release();
    }
}

TEST_CASE("RLock: acquire_now takes it again when the caller owns it, and not when another thread does") {
    InProcessRun run;
    RLock r("r");
    CHECK(r.acquire_now());
    CHECK(r.acquire_now());
    CHECK(r.count() == 2);
    bool other = true;
    Thread t([&] { other = r.acquire_now(false); });
    t.start();
    t.join();
    CHECK_FALSE(other);
    CHECK(r.release_now());
    CHECK(r.release_now());
    CHECK(r.count() == 0);
    CHECK_FALSE(r.locked());
}
