// The trace store on real runs: threads contending for a Lock in run mode,
// and the two-lock deadlock stepped by the director. What the runtime and the
// director actually record must come out as consistent lanes.
#include <doctest.h>

#include <algorithm>
#include <sstream>

#include "core/observer/director.hpp"
#include "core/primitives/lock.hpp"
#include "core/trace/trace.hpp"
#include "core/trace/trace_export.hpp"
#include "core/trace/trace_file.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"

namespace il::core {
namespace {

uint16_t worker_named(const TraceStore& s, std::string_view name) {
    for (uint16_t w = 0; w < s.worker_count(); ++w)
        if (s.worker_name(w) == name) return w;
    return kNoWorker;
}

uint32_t object_named(const TraceStore& s, std::string_view name) {
    for (uint32_t o = 0; o < s.object_count(); ++o)
        if (s.object_name(o) == name) return o;
    return kNoObject;
}

TEST_CASE("TraceStore: two real threads sharing a Lock give disjoint holds, one per acquire") {
    constexpr int kRounds = 300;
    il::test::InProcessRun run;
    Lock lock("lock_a");
    auto task = [&] {
        for (int i = 0; i < kRounds; ++i) {
            lock.acquire();
            lock.release();
        }
    };
    Thread t1(task), t2(task);
    t1.start();
    t2.start();
    t1.join();
    t2.join();
    print("both done");
    TraceStore s;
    s.drain(run.arena);
    s.finish();
    REQUIRE(s.counts().dropped == 0);
    const uint16_t w1 = worker_named(s, "Thread-1"), w2 = worker_named(s, "Thread-2");
    REQUIRE(w1 != kNoWorker);
    REQUIRE(w2 != kNoWorker);
    const auto holds = s.holds(lock.id());
    REQUIRE(holds.size() == 2 * kRounds);
    for (size_t i = 0; i < holds.size(); ++i) {
        CHECK((holds[i].holder == w1 || holds[i].holder == w2));
        CHECK(holds[i].t1 != kOpenEnd);
        if (i > 0) CHECK(holds[i - 1].t1 <= holds[i].t0);  // seq order makes holds disjoint
    }
    for (const HandOff& h : s.handoffs(lock.id())) {
        CHECK(h.from != h.to);
        CHECK(h.t_release <= h.t_obtain);
    }
    for (uint16_t w : {w1, w2}) {
        const auto iv = s.intervals(w);
        REQUIRE(iv.size() >= 2);
        CHECK(iv.front().state == WorkerState::New);
        CHECK(iv.back().state == WorkerState::Done);
        for (size_t i = 1; i < iv.size(); ++i) CHECK(iv[i].t0 == iv[i - 1].t1);
    }
    REQUIRE(s.console().size() == 1);
    CHECK(s.text(s.console()[0].text) == "both done");
    CHECK(s.console()[0].worker == worker_named(s, "MainThread"));
}

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

TEST_CASE("TraceStore: a stepped two-lock deadlock ends with both threads blocked on each other's lock") {
    Schedule sched;
    for (const char* w : {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2", "Thread-1", "Thread-2",
                          "MainThread"})
        sched.steps.push_back({w, false});
    auto replay = make_replay(sched);
    TraceStore s;
    const auto r = il::test::run_stepped(two_lock_demo, *replay, [&](Arena& a) {
        s.drain(a);
        s.finish();
    });
    REQUIRE(r.status == StepStatus::Deadlock);
    CHECK(s.run_info().mode == "step");
    const uint16_t t1 = worker_named(s, "Thread-1"), t2 = worker_named(s, "Thread-2");
    const uint32_t la = object_named(s, "lock_a"), lb = object_named(s, "lock_b");
    REQUIRE(t1 != kNoWorker);
    REQUIRE(t2 != kNoWorker);
    REQUIRE(la != kNoObject);
    REQUIRE(lb != kNoObject);
    CHECK(s.intervals(t1).back().state == WorkerState::Blocked);
    CHECK(s.intervals(t1).back().object == lb);
    CHECK(s.intervals(t2).back().state == WorkerState::Blocked);
    CHECK(s.intervals(t2).back().object == la);
    CHECK(s.holders_at(la, s.end_ns()) == std::vector<uint16_t>{t1});
    CHECK(s.holders_at(lb, s.end_ns()) == std::vector<uint16_t>{t2});
    CHECK(s.waiters_at(la, s.end_ns()) == std::vector<uint16_t>{t2});
    REQUIRE(s.deadlock_cycle().has_value());
    CHECK(s.deadlock_cycle()->workers.size() == 2);
    const std::string text = s.describe_cycle(*s.deadlock_cycle());
    const bool from_1 = text == "Thread-1 waits for lock_b held by Thread-2, which waits for lock_a held by Thread-1";
    const bool from_2 = text == "Thread-2 waits for lock_a held by Thread-1, which waits for lock_b held by Thread-2";
    CHECK_MESSAGE((from_1 || from_2), text);
    const bool ready_seen = std::ranges::any_of(s.intervals(t1), [](const StateInterval& iv) {
        return iv.state == WorkerState::Ready;
    });
    CHECK(ready_seen);
    CHECK(s.end_step() >= 7);
    size_t deadlock_markers = 0;
    for (uint16_t w = 0; w < s.worker_count(); ++w)
        for (const Marker& m : s.markers(w)) deadlock_markers += m.kind == MarkerKind::Deadlock;
    CHECK(deadlock_markers == 1);
    // The same run through the file and the export.
    const TraceStore loaded = parse_trace(serialize_trace(s), "mem");
    for (uint16_t w = 0; w < s.worker_count(); ++w) CHECK(std::ranges::equal(s.intervals(w), loaded.intervals(w)));
    std::ostringstream json;
    write_chrome_trace(loaded, json);
    CHECK(json.str().find("blocked on lock_b") != std::string::npos);
}

}  // namespace
}  // namespace il::core
