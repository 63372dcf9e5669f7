// TraceStore fed with synthetic events (no arena): states, holds, hand-offs,
// levels, markers, text, queries and the memory caps.
#include <doctest.h>

#include "core/trace/trace.hpp"
#include "tests/support/trace_builder.hpp"

namespace il::core {
namespace {

using il::test::TraceBuilder;
using WS = WorkerState;

TEST_CASE("TraceStore: a Block then Wake gives a blocked interval naming the object") {
    TraceBuilder b;
    b.worker(1, "Thread-1").object(3, "lock_b", ObjectKind::Lock);
    b.ev(10, 1, EventKind::WorkerStart).ev(20, 1, EventKind::Block, 3, 0, {}, 0, 42).ev(50, 1, EventKind::Wake, 3, 1);
    const auto iv = b.store.intervals(1);
    REQUIRE(iv.size() == 3);
    CHECK(iv[0].state == WS::Running);
    CHECK(iv[0].t0 == 10);
    CHECK(iv[0].t1 == 20);
    CHECK(iv[1].state == WS::Blocked);
    CHECK(iv[1].object == 3);
    CHECK(iv[1].line == 42);
    CHECK(iv[1].t0 == 20);
    CHECK(iv[1].t1 == 50);
    CHECK(iv[2].state == WS::Running);
    CHECK(iv[2].t1 == kOpenEnd);
    CHECK(b.store.end_ns() == 50);
    CHECK(b.store.worker_name(1) == "Thread-1");
    CHECK(b.store.find_worker("Thread-1") == 1);
    CHECK(b.store.find_worker("Thread-9") == kNoWorker);
    CHECK(b.store.object_name(3) == "lock_b");
}

TEST_CASE("TraceStore: events in the same state continue one interval") {
    TraceBuilder b;
    b.ev(0, 0, EventKind::WorkerStart).ev(5, 0, EventKind::Load, 1, 3).ev(6, 0, EventKind::Store, 1, 4);
    b.ev(7, 0, EventKind::Print, kNoObject, 0, "x");
    CHECK(b.store.intervals(0).size() == 1);
    CHECK(b.store.counts().events == 4);
    CHECK(b.store.counts().by_kind[static_cast<size_t>(EventKind::Load)] == 1);
}

TEST_CASE("TraceStore: sleeping, ready, new and done states come from their events") {
    TraceBuilder b;
    b.worker(0, "MainThread", WorkerKind::Process).worker(1, "Thread-1");
    b.object(5, "Thread-1", ObjectKind::Worker);
    ObjectInfo wo;
    wo.name = "Thread-1";
    wo.kind = ObjectKind::Worker;
    wo.worker = 1;
    b.store.set_object(5, wo);
    b.ev(0, 0, EventKind::WorkerStart)
        .ev(1, 0, EventKind::WorkerNew, 5, 0)
        .ev(2, 1, EventKind::WorkerStart)
        .ev(3, 1, EventKind::SleepBegin, kNoObject, 100)
        .ev(103, 1, EventKind::SleepEnd)
        .ev(104, 1, EventKind::Ready, 7, 0, {}, 4)
        .ev(105, 1, EventKind::Step, kNoObject, 5, {}, 5)
        .ev(106, 1, EventKind::WorkerExit)
        .ev(107, 0, EventKind::WorkerExit);
    const auto iv = b.store.intervals(1);
    REQUIRE(iv.size() == 7);
    CHECK(iv[0].state == WS::New);
    CHECK(iv[1].state == WS::Running);
    CHECK(iv[2].state == WS::Sleeping);
    CHECK(iv[2].t1 - iv[2].t0 == 100);
    CHECK(iv[3].state == WS::Running);
    CHECK(iv[4].state == WS::Ready);
    CHECK(iv[4].object == 7);
    CHECK(iv[4].s0 == 4);
    CHECK(iv[4].s1 == 5);
    CHECK(iv[5].state == WS::Running);
    CHECK(iv[6].state == WS::Done);
    CHECK(b.store.state_at(1, 105)->state == WS::Running);
    CHECK(b.store.state_at(1, 500)->state == WS::Done);
    // The run's main process has no parent in the trace: done, not a zombie.
    CHECK(b.store.state_at(0, 500)->state == WS::Done);
}

TEST_CASE("TraceStore: a child process is a zombie from its exit until a Reaped names it") {
    TraceBuilder b;
    b.worker(0, "MainThread", WorkerKind::Process).worker(2, "Process-1", WorkerKind::Process, 0);
    b.ev(0, 0, EventKind::WorkerStart)
        .ev(1, 0, EventKind::Fork, kNoObject, 777)
        .ev(2, 2, EventKind::WorkerStart, kNoObject, 777)
        .ev(10, 2, EventKind::WorkerExit, kNoObject, 3)
        .ev(30, 0, EventKind::Reaped, kNoObject, 2);
    CHECK(b.store.state_at(2, 20)->state == WS::Zombie);
    CHECK(b.store.state_at(2, 30)->state == WS::Done);
    CHECK(b.store.worker(2).exitcode == 3);
    CHECK((b.store.worker(2).flags & kWorkerReaped) != 0);
    const auto m = b.store.markers(0);
    REQUIRE(m.size() == 3);
    CHECK(m[0].kind == MarkerKind::Start);
    CHECK(m[1].kind == MarkerKind::Fork);
    CHECK(m[1].value == 777);
    CHECK(m[2].kind == MarkerKind::Reaped);
    CHECK(m[2].value == 2);
    CHECK(b.store.markers(2).back().kind == MarkerKind::Exit);
}

TEST_CASE("TraceStore: a worker's own event shows it running even when its Wake was lost") {
    TraceBuilder b;
    b.ev(0, 1, EventKind::WorkerStart).ev(5, 1, EventKind::Block, 2).ev(9, 1, EventKind::Dropped, kNoObject, 3);
    CHECK(b.store.state_at(1, 9)->state == WS::Blocked);  // a Dropped proves nothing
    b.ev(10, 1, EventKind::Obtain, 2, 1);
    CHECK(b.store.state_at(1, 10)->state == WS::Running);
    CHECK(b.store.counts().dropped == 3);
    CHECK(b.store.waiters_at(2, 10).empty());
}

TEST_CASE("TraceStore: a lock hold runs from Obtain to Release and is contended when someone blocked on it") {
    TraceBuilder b;
    b.object(0, "lock_a", ObjectKind::Lock);
    b.ev(0, 1, EventKind::Obtain, 0, 1, {}, 0, 7).ev(5, 1, EventKind::Release, 0, 0);  // uncontended
    b.ev(10, 1, EventKind::Obtain, 0, 1).ev(12, 2, EventKind::Block, 0).ev(13, 3, EventKind::Block, 0);
    b.ev(20, 1, EventKind::Release, 0, 0);
    REQUIRE(b.store.hold_slots(0) == 1);
    const auto h = b.store.holds(0);
    REQUIRE(h.size() == 2);
    CHECK(h[0].holder == 1);
    CHECK(h[0].t0 == 0);
    CHECK(h[0].t1 == 5);
    CHECK(h[0].line == 7);
    CHECK_FALSE(h[0].contended);
    CHECK(h[1].contended);
    CHECK(h[1].max_waiters == 2);
    CHECK(b.store.holders_at(0, 15) == std::vector<uint16_t>{1});
    CHECK(b.store.holders_at(0, 7).empty());
    CHECK(b.store.waiters_at(0, 15) == std::vector<uint16_t>{2, 3});
}

TEST_CASE("TraceStore: a blocked waiter obtaining a released lock records a hand-off") {
    TraceBuilder b;
    b.object(0, "lock_a", ObjectKind::Lock);
    b.ev(0, 1, EventKind::Obtain, 0, 1).ev(2, 2, EventKind::Block, 0).ev(10, 1, EventKind::Release, 0, 0);
    b.ev(11, 2, EventKind::Wake, 0, 1).ev(12, 2, EventKind::Obtain, 0, 1).ev(20, 2, EventKind::Release, 0, 0);
    // Not a hand-off: worker 1 takes it again without having waited.
    b.ev(30, 1, EventKind::Obtain, 0, 1);
    const auto hs = b.store.handoffs(0);
    REQUIRE(hs.size() == 1);
    CHECK(hs[0].from == 1);
    CHECK(hs[0].to == 2);
    CHECK(hs[0].t_release == 10);
    CHECK(hs[0].t_obtain == 12);
    CHECK(b.store.holds(0)[1].contended == false);
}

TEST_CASE("TraceStore: an RLock re-entry is one hold that ends at the outermost release") {
    TraceBuilder b;
    b.object(0, "r", ObjectKind::RLock);
    b.ev(0, 1, EventKind::Obtain, 0, 1).ev(1, 1, EventKind::Obtain, 0, 2).ev(2, 1, EventKind::Release, 0, 1);
    CHECK(b.store.holds(0).size() == 1);
    CHECK(b.store.holds(0)[0].t1 == kOpenEnd);
    b.ev(3, 1, EventKind::Release, 0, 0);
    CHECK(b.store.holds(0)[0].t1 == 3);
}

TEST_CASE("TraceStore: the GIL's holds are lock holds, one holder at a time") {
    TraceBuilder b;
    b.object(0, "GIL", ObjectKind::Gil);
    b.ev(0, 1, EventKind::Obtain, 0, 1).ev(5, 2, EventKind::Block, 0).ev(5, 1, EventKind::Release, 0, 0);
    b.ev(6, 2, EventKind::Wake, 0, 1).ev(6, 2, EventKind::Obtain, 0, 1);
    REQUIRE(b.store.hold_slots(0) == 1);
    CHECK(b.store.holds(0).size() == 2);
    CHECK(b.store.holders_at(0, 5).empty());
    CHECK(b.store.holders_at(0, 6) == std::vector<uint16_t>{2});
    CHECK(b.store.handoffs(0).size() == 1);
}

TEST_CASE("TraceStore: a cycle is described with the store's names") {
    TraceBuilder b;
    b.worker(1, "Thread-1").worker(2, "Thread-2").object(0, "lock_a", ObjectKind::Lock).object(1, "lock_b", ObjectKind::Lock);
    CHECK(b.store.describe_cycle(Cycle{{1, 2}, {1, 0}}) ==
          "Thread-1 waits for lock_b held by Thread-2, which waits for lock_a held by Thread-1");
    CHECK(b.store.describe_cycle(Cycle{{1}, {0}}) == "Thread-1 waits for lock_a held by Thread-1 itself (a Lock is not re-entrant)");
}

TEST_CASE("TraceStore: an Obtain while a lock looks held ends the hold whose Release was lost") {
    TraceBuilder b;
    b.object(0, "lock_a", ObjectKind::Lock);
    b.ev(0, 1, EventKind::Obtain, 0, 1).ev(10, 2, EventKind::Obtain, 0, 1);
    const auto h = b.store.holds(0);
    REQUIRE(h.size() == 2);
    CHECK(h[0].t1 == 10);
    CHECK(h[1].holder == 2);
}

TEST_CASE("TraceStore: semaphore holders get one slot each and the value is sampled") {
    TraceBuilder b;
    b.object(0, "sem", ObjectKind::Semaphore, 2);
    b.ev(0, 1, EventKind::Obtain, 0, 1).ev(1, 2, EventKind::Obtain, 0, 0).ev(2, 3, EventKind::Block, 0);
    b.ev(3, 1, EventKind::Release, 0, 1).ev(4, 3, EventKind::Obtain, 0, 0);
    b.ev(5, 4, EventKind::Release, 0, 1);  // a signal from a worker that holds nothing ends no hold
    REQUIRE(b.store.hold_slots(0) == 2);
    CHECK(b.store.holds(0, 0).size() == 2);
    CHECK(b.store.holds(0, 0)[0].holder == 1);
    CHECK(b.store.holds(0, 0)[1].holder == 3);
    CHECK(b.store.holds(0, 1)[0].holder == 2);
    CHECK(b.store.holds(0, 1)[0].contended);
    CHECK(b.store.holders_at(0, 4).size() == 2);
    CHECK(b.store.level_at(0, 5) == 1);
    CHECK(b.store.handoffs(0).size() == 1);
}

TEST_CASE("TraceStore: queue fill levels follow QueuePut and QueueGet with the capacity from the table") {
    TraceBuilder b;
    b.object(4, "q", ObjectKind::Queue, 3);
    b.ev(0, 1, EventKind::QueuePut, 4, 1).ev(5, 1, EventKind::QueuePut, 4, 2).ev(9, 2, EventKind::QueueGet, 4, 1);
    b.ev(12, 2, EventKind::QueueEmpty, 4, 0);
    const auto s = b.store.samples(4);
    REQUIRE(s.size() == 3);
    CHECK(s[1].value == 2);
    CHECK(s[1].worker == 1);
    CHECK(b.store.object(4).capacity == 3);
    CHECK(b.store.level_at(4, 7) == 2);
    CHECK_FALSE(b.store.level_at(4, -1).has_value());
    // samples_in starts with the level the range begins at
    const auto in = b.store.samples_in(4, {6, 10});
    REQUIRE(in.size() == 2);
    CHECK(in[0].t == 5);
    CHECK(b.store.markers(2).back().kind == MarkerKind::QueueEmpty);
}

TEST_CASE("TraceStore: prints, results and user steps keep their text") {
    TraceBuilder b;
    b.ev(0, 1, EventKind::Print, kNoObject, 0, "hello", 0, 9).ev(1, 2, EventKind::User, kNoObject, 0, "compute");
    b.ev(2, 1, EventKind::Result, kNoObject, 0, "count\t7").ev(3, 1, EventKind::Result, kNoObject, 0, "count\t8");
    b.ev(4, 1, EventKind::Result, kNoObject, 0, "lost\t1");
    REQUIRE(b.store.console().size() == 1);
    CHECK(b.store.text(b.store.console()[0].text) == "hello");
    CHECK(b.store.console()[0].worker == 1);
    CHECK(b.store.console()[0].line == 9);
    CHECK(b.store.text(b.store.markers(2)[0].text) == "compute");
    CHECK(b.store.markers(2)[0].kind == MarkerKind::User);
    REQUIRE(b.store.results().size() == 2);
    CHECK(b.store.result("count") == "8");  // the last report wins, first position kept
    CHECK(b.store.results()[0].key == "count");
    CHECK_FALSE(b.store.result("nothing").has_value());
    // In the store, a text event's value is the index of its text.
    CHECK(b.store.text(static_cast<uint32_t>(b.store.events()[0].value)) == "hello");
}

TEST_CASE("TraceStore: a timed-out blocking acquire shows one timeout marker, failed tries one each") {
    TraceBuilder b;
    b.ev(0, 1, EventKind::Block, 0).ev(10, 1, EventKind::Wake, 0, 0).ev(10, 1, EventKind::AcquireFailed, 0, 0);
    CHECK(b.store.markers(1).size() == 1);
    b.ev(20, 1, EventKind::AcquireFailed, 0, 0).ev(30, 1, EventKind::AcquireFailed, 0, 0);
    b.ev(40, 1, EventKind::EventWaitDone, 1, 0).ev(50, 1, EventKind::EventWaitDone, 1, 1);
    const auto m = b.store.markers(1);
    CHECK(m.size() == 4);
    for (const Marker& x : m) CHECK(x.kind == MarkerKind::Timeout);
}

TEST_CASE("TraceStore: deadlock, stuck and error markers land on their lanes") {
    TraceBuilder b;
    b.ev(0, 1, EventKind::Block, 0).ev(0, 1, EventKind::Deadlock, 0, 2).ev(5, kNoWorker, EventKind::Stuck);
    b.ev(6, 2, EventKind::Error, 0, static_cast<int64_t>(ErrorCode::ReleaseUnlocked));
    CHECK(b.store.markers(1)[0].kind == MarkerKind::Deadlock);
    CHECK(b.store.state_at(1, 6)->state == WS::Blocked);  // still blocked: a deadlock is not progress
    CHECK(b.store.markers(kNoWorker)[0].kind == MarkerKind::Stuck);
    CHECK(b.store.markers(2)[0].kind == MarkerKind::Error);
}

TEST_CASE("TraceStore: intervals_in and state_at search both axes") {
    TraceBuilder b;
    for (int i = 0; i < 100; ++i) {
        b.ev(i * 10, 1, EventKind::Block, 0, 0, {}, static_cast<uint32_t>(i));
        b.ev(i * 10 + 5, 1, EventKind::Wake, 0, 1, {}, static_cast<uint32_t>(i));
    }
    const auto iv = b.store.intervals_in(1, {203, 217});
    REQUIRE(iv.size() == 4);  // blocked [200,205), running [205,210), blocked [210,215), running [215,220)
    CHECK(iv.front().t0 == 200);
    CHECK(iv.back().t0 == 215);
    CHECK(b.store.intervals_in(1, {205, 206}).size() == 1);
    CHECK(b.store.intervals_in(1, {5000, 6000}).size() == 1);  // the open last interval
    CHECK(b.store.state_at(1, 207)->state == WS::Running);
    CHECK(b.store.state_at(1, 210)->state == WS::Blocked);
    CHECK_FALSE(b.store.state_at(1, -1).has_value());
    // Step axis: within step 20 the worker blocked and woke; both are in range.
    const auto st = b.store.intervals_in(1, {20, 21, Axis::Step});
    CHECK(st.size() == 2);  // blocked [20,20] and running [20,21)
    CHECK(b.store.state_at(1, 20, Axis::Step)->s0 == 20);
    CHECK(b.store.last_event_at(207)->kind == EventKind::Wake);
    CHECK(b.store.events_in({200, 210}).size() == 2);
    CHECK(b.store.last_event_at(-5) == nullptr);
}

TEST_CASE("TraceStore: times and steps are clamped to be non-decreasing along seq") {
    TraceBuilder b;
    b.object(0, "lock_a", ObjectKind::Lock);
    b.ev(100, 1, EventKind::Obtain, 0, 1, {}, 3).ev(200, 1, EventKind::Release, 0, 0, {}, 3);
    b.ev(190, 2, EventKind::Obtain, 0, 1, {}, 2);  // its clock read a little earlier
    const auto h = b.store.holds(0);
    CHECK(h[1].t0 == 200);
    CHECK(h[1].s0 == 3);
    CHECK(h[0].t1 <= h[1].t0);
    CHECK(event_ns(b.store.events()[2]) == 200);
}

TEST_CASE("TraceStore: a lane over its cap coarsens uniformly and still covers the run") {
    TraceLimits lim;
    lim.max_intervals_per_lane = 64;
    TraceBuilder b(lim);
    b.object(0, "lock_a", ObjectKind::Lock);
    for (int i = 0; i < 1000; ++i) {
        b.ev(i * 10, 1, EventKind::Obtain, 0, 1);
        b.ev(i * 10 + 1, 1, EventKind::Release, 0, 0);
        b.ev(i * 10 + 2, 1, EventKind::Block, 0);
        b.ev(i * 10 + 9, 1, EventKind::Wake, 0, 1);
    }
    const auto iv = b.store.intervals(1);
    CHECK(iv.size() <= 64);
    CHECK(iv.front().t0 == 0);
    CHECK(iv.back().t1 == kOpenEnd);
    uint64_t total = 0;
    for (size_t i = 0; i < iv.size(); ++i) {
        total += iv[i].merged;
        if (i > 0) CHECK(iv[i].t0 == iv[i - 1].t1);  // still contiguous
    }
    CHECK(total == 2001);  // every original interval is accounted for
    CHECK(iv.front().state == WS::Blocked);  // the longer part of each merge wins
    const auto h = b.store.holds(0);
    CHECK(h.size() <= 64);
    CHECK(b.store.counts().coarsened > 0);
}

TEST_CASE("TraceStore: raw events over the cap are thinned, least informative first, derived data complete") {
    TraceLimits lim;
    lim.max_raw_events = 1000;
    TraceBuilder b(lim);
    b.ev(0, 1, EventKind::WorkerStart);
    for (int i = 0; i < 3000; ++i) {
        b.ev(i * 3 + 1, 1, EventKind::AcquireRequest, 0, -1);
        b.ev(i * 3 + 2, 1, EventKind::Obtain, 0, 1);
        b.ev(i * 3 + 3, 1, EventKind::Release, 0, 0);
    }
    b.ev(10000, 1, EventKind::WorkerExit);
    CHECK(b.store.events().size() <= 1000);
    CHECK(b.store.thinned());
    CHECK(b.store.counts().events == 9002);
    CHECK(b.store.counts().raw_thinned == 9002 - b.store.events().size());
    CHECK(b.store.holds(0).size() == 3000);   // derived data saw every event
    CHECK(b.store.events().front().kind == EventKind::WorkerStart);  // lifecycle kept
    CHECK(b.store.events().back().kind == EventKind::WorkerExit);
    size_t requests = 0;
    for (const TraceEvent& e : b.store.events()) requests += e.kind == EventKind::AcquireRequest;
    CHECK(requests < b.store.events().size() / 3);
    for (size_t i = 1; i < b.store.events().size(); ++i) CHECK(b.store.events()[i - 1].seq < b.store.events()[i].seq);
}

TEST_CASE("TraceStore: markers and console lines over their caps keep the important and the recent") {
    TraceLimits lim;
    lim.max_markers_per_lane = 16;
    lim.max_console_lines = 8;
    TraceBuilder b(lim);
    b.ev(0, 1, EventKind::Error, kNoObject, 1);
    for (int i = 0; i < 100; ++i) b.ev(i + 1, 1, EventKind::Print, kNoObject, 0, "line " + std::to_string(i));
    CHECK(b.store.markers(1).size() <= 16);
    CHECK(b.store.markers(1)[0].kind == MarkerKind::Error);
    CHECK(b.store.console().size() <= 8);
    CHECK(b.store.text(b.store.console().back().text) == "line 99");
    CHECK(b.store.counts().console_dropped == 100 - b.store.console().size());
    CHECK(b.store.counts().markers_thinned > 0);
}

TEST_CASE("TraceStore: texts over the byte cap are replaced by one shared notice") {
    TraceLimits lim;
    lim.max_text_bytes = 10;
    TraceBuilder b(lim);
    b.ev(0, 1, EventKind::Print, kNoObject, 0, "12345").ev(1, 1, EventKind::Print, kNoObject, 0, "1234567");
    b.ev(2, 1, EventKind::Print, kNoObject, 0, "abcdefgh");
    CHECK(b.store.text(b.store.console()[0].text) == "12345");
    CHECK(b.store.text(b.store.console()[1].text).find("dropped") != std::string_view::npos);
    CHECK(b.store.console()[1].text == b.store.console()[2].text);
    CHECK(b.store.counts().texts_dropped == 2);
}

TEST_CASE("TraceStore: events naming absurd worker or object indices only count") {
    TraceBuilder b;
    b.ev(0, 60000, EventKind::Obtain, 0xfffffff0u, 1).ev(1, kNoWorker, EventKind::Block, 3);
    CHECK(b.store.counts().events == 2);
    CHECK(b.store.worker_count() == 0);
    CHECK(b.store.hold_slots(0xfffffff0u) == 0);
    CHECK(b.store.worker_name(kNoWorker) == "?");
    TraceEvent bad{};
    bad.kind = EventKind::Count;
    b.store.append(bad);
    CHECK(b.store.counts().events == 2);
}

}  // namespace
}  // namespace il::core
