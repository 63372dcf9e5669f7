// TraceStore draining a real arena: ring consumption, the merge by seq, the
// one-drain reorder window, text capture and table snapshots. Events are
// written with Arena::record (the producer side) from the test thread.
#include <doctest.h>

#include <string>

#include "core/common/arena.hpp"
#include "core/trace/trace.hpp"

namespace il::core {
namespace {

ArenaConfig small_config() {
    ArenaConfig c;
    c.max_workers = 4;
    c.max_objects = 16;
    c.ring_capacity = 64;
    c.console_size = 256;
    c.heap_size = 4096;
    return c;
}

uint16_t add_worker(Arena& a, std::string_view name, WorkerKind kind = WorkerKind::Thread,
                    uint16_t parent = kNoWorker) {
    const uint16_t i = a.reserve_worker();
    WorkerSlot& w = a.worker(i);
    w.kind = kind;
    w.parent = parent;
    w.process = i;
    w.object = kNoObject;
    copy_name(w.name, name);
    w.pid.store(1000 + i, std::memory_order_relaxed);
    w.used.store(1, std::memory_order_release);
    return i;
}

uint32_t add_object(Arena& a, std::string_view name, ObjectKind kind, uint32_t capacity = 0) {
    const uint32_t i = a.reserve_object();
    ObjectSlot& o = a.object(i);
    o.kind = kind;
    o.capacity = capacity;
    copy_name(o.name, name);
    o.used.store(1, std::memory_order_release);
    return i;
}

// What the observer's director does: an event about `affected` in the director ring.
void director_record(Arena& a, uint16_t affected, EventKind k, uint32_t object = kNoObject, int64_t value = 0) {
    a.record_director(affected, k, object, value);
}

void print(Arena& a, uint16_t w, std::string_view text) {
    const uint64_t off = a.console_append(text);
    a.record(w, EventKind::Print, kNoObject, static_cast<int64_t>((off << 16) | text.size()));
}

TEST_CASE("TraceStore: drain merges the worker rings and the director ring by seq") {
    Arena a = Arena::create(small_config(), "test.merge");
    const uint16_t t1 = add_worker(a, "Thread-1");
    const uint16_t t2 = add_worker(a, "Thread-2");
    const uint32_t lock = add_object(a, "lock_a", ObjectKind::Lock);
    a.record(t1, EventKind::WorkerStart);
    a.record(t2, EventKind::WorkerStart);
    a.record(t1, EventKind::Obtain, lock, 1);
    a.record(t2, EventKind::Block, lock);
    a.record(t1, EventKind::Release, lock, 0);
    a.record(t2, EventKind::Wake, lock, 1);
    a.record(t2, EventKind::Obtain, lock, 1);
    director_record(a, t1, EventKind::Ready, lock);
    director_record(a, a.director_index(), EventKind::Stuck);
    TraceStore s;
    CHECK(s.drain(a) == 9);
    s.finish();
    REQUIRE(s.events().size() == 9);
    for (size_t i = 1; i < s.events().size(); ++i) CHECK(s.events()[i - 1].seq < s.events()[i].seq);
    CHECK(s.events()[2].kind == EventKind::Obtain);
    CHECK(s.events()[3].kind == EventKind::Block);
    CHECK(s.handoffs(lock).size() == 1);
    CHECK(s.intervals(t1).back().state == WorkerState::Ready);
    CHECK(s.markers(kNoWorker).size() == 1);  // the director's own event is run-level
    CHECK(s.worker_name(t2) == "Thread-2");
    CHECK(s.worker(t2).pid == 1000 + t2);
    CHECK(s.object_name(lock) == "lock_a");
    CHECK(s.run_info().demo_id == "test.merge");
    CHECK(s.run_info().mode == "run");
    for (const TraceEvent& e : s.events()) CHECK(event_ns(e) >= 0);
}

TEST_CASE("TraceStore: a drain commits every event already in the rings when nothing is being stamped") {
    Arena a = Arena::create(small_config());
    const uint16_t w = add_worker(a, "MainThread");
    a.record(w, EventKind::WorkerStart);
    TraceStore s;
    s.drain(a);
    CHECK(s.counts().events == 1);
    a.record(w, EventKind::Load, 0, 1);
    s.drain(a);
    CHECK(s.counts().events == 2);
    s.finish();
    CHECK(s.counts().events == 2);
}

TEST_CASE("TraceStore: while a producer is between marking and drawing a seq, nothing new is committed") {
    Arena a = Arena::create(small_config());
    const uint16_t w0 = add_worker(a, "A");
    const uint16_t w1 = add_worker(a, "B");
    a.record(w1, EventKind::Load, 0, 1);
    a.worker(w0).stamping.store(kStampDrawing);  // A is preempted right before its draw
    TraceStore s;
    s.drain(a);
    CHECK(s.counts().events == 0);  // A's seq, once drawn, may fall anywhere below next_seq
    a.worker(w0).stamping.store(0);
    s.drain(a);
    CHECK(s.counts().events == 1);
}

TEST_CASE("TraceStore: an event stamped before a drain but recorded after it is merged in seq order") {
    Arena a = Arena::create(small_config());
    const uint16_t w0 = add_worker(a, "A");
    const uint16_t w1 = add_worker(a, "B");
    const Arena::Stamp early = a.stamp_now(w0);  // e.g. a Release: seq drawn, then preempted before recording
    a.record(w1, EventKind::Obtain, 0, 1);
    TraceStore s;
    for (int i = 0; i < 5; ++i) s.drain(a);  // however many drains pass, Obtain waits for the Release
    CHECK(s.counts().events == 0);
    a.record(w0, EventKind::Release, 0, 0, 0, early);
    s.drain(a);
    REQUIRE(s.events().size() == 2);
    CHECK(s.events()[0].kind == EventKind::Release);
    CHECK(s.events()[1].kind == EventKind::Obtain);
    CHECK(s.counts().late == 0);
}

TEST_CASE("TraceStore: an event whose producer died mid-record does not hold the others back") {
    Arena a = Arena::create(small_config());
    const uint16_t w0 = add_worker(a, "A");
    const uint16_t w1 = add_worker(a, "B");
    (void)a.stamp_now(w0);  // drawn, never recorded: A was killed
    a.record(w1, EventKind::Load, 0, 1);
    TraceStore s;
    s.drain(a);
    CHECK(s.counts().events == 0);
    a.worker(w0).stamping.store(0);  // what mark_dead / record_reaped do for a dead producer
    s.drain(a);
    CHECK(s.counts().events == 1);
    CHECK(s.counts().late == 0);
}

TEST_CASE("TraceStore: an event that arrives after a later one was committed is still committed and counted late") {
    Arena a = Arena::create(small_config());
    const uint16_t w0 = add_worker(a, "A");
    const uint16_t w1 = add_worker(a, "B");
    const Arena::Stamp early = a.stamp_now(w0);
    a.worker(w0).stamping.store(0);  // as if it had been found dead, then it records after all
    a.record(w1, EventKind::Load, 0, 1);
    TraceStore s;
    s.drain(a);
    CHECK(s.counts().events == 1);
    a.record(w0, EventKind::Store, 0, 2, 0, early);
    s.drain(a);
    s.finish();
    CHECK(s.counts().events == 2);
    CHECK(s.counts().late == 1);
    CHECK(s.samples(0).size() == 1);
}

TEST_CASE("TraceStore: drain captures print text before the console ring overwrites it") {
    Arena a = Arena::create(small_config());
    const uint16_t w = add_worker(a, "MainThread");
    const uint32_t q = add_object(a, "q", ObjectKind::Queue, 5);
    print(a, w, "hello from main");
    a.record(w, EventKind::QueuePut, q, 1);
    TraceStore s;
    s.drain(a);
    // 250 more bytes wrap the 256-byte console past "lost line" before the
    // next drain can read it; the later prints are still there.
    print(a, w, "lost line");
    print(a, w, std::string(240, 'x'));
    print(a, w, std::string(10, 'z'));
    s.drain(a);
    s.finish();
    REQUIRE(s.console().size() == 4);
    CHECK(s.text(s.console()[2].text) == std::string(240, 'x'));
    CHECK(s.text(s.console()[3].text) == std::string(10, 'z'));
    CHECK(s.text(s.console()[0].text) == "hello from main");
    CHECK(s.text(s.console()[1].text).find("lost") != std::string_view::npos);
    CHECK(s.text(s.console()[1].text) != "lost line");
    CHECK(s.counts().texts_dropped >= 1);
    CHECK(s.object(q).capacity == 5);
    CHECK(s.object(q).kind == ObjectKind::Queue);
    CHECK(s.level_at(q, s.end_ns()) == 1);
}

TEST_CASE("TraceStore: drain frees ring space so a producer can go on past the ring's capacity") {
    Arena a = Arena::create(small_config());
    const uint16_t w = add_worker(a, "MainThread");
    TraceStore s;
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 50; ++i) a.record(w, EventKind::Load, 0, round * 50 + i);
        s.drain(a);
    }
    s.finish();
    CHECK(s.counts().events == 1000);
    CHECK(s.counts().dropped == 0);
    for (size_t i = 0; i < s.events().size(); ++i) CHECK(s.events()[i].value == static_cast<int64_t>(i));
}

TEST_CASE("TraceStore: events a full ring dropped are counted from the Dropped event") {
    Arena a = Arena::create(small_config());
    const uint16_t w = add_worker(a, "MainThread");
    for (int i = 0; i < 100; ++i) a.record(w, EventKind::Load, 0, i);  // 64 fit, 36 dropped
    TraceStore s;
    s.drain(a);
    a.record(w, EventKind::Store, 0, 1);  // preceded by Dropped(36)
    s.drain(a);
    s.finish();
    CHECK(s.counts().dropped == 36);
    CHECK(s.counts().events == 64 + 2);
    CHECK(s.markers(w).back().kind == MarkerKind::Dropped);
}

TEST_CASE("TraceStore: drain snapshots the reported deadlock cycle") {
    Arena a = Arena::create(small_config());
    const uint16_t w0 = add_worker(a, "Thread-1");
    const uint16_t w1 = add_worker(a, "Thread-2");
    const uint32_t la = add_object(a, "lock_a", ObjectKind::Lock);
    const uint32_t lb = add_object(a, "lock_b", ObjectKind::Lock);
    Cycle c;
    c.workers = {w0, w1};
    c.objects = {lb, la};
    REQUIRE(report_cycle(a, c));
    TraceStore s;
    s.drain(a);
    REQUIRE(s.deadlock_cycle().has_value());
    CHECK(s.deadlock_cycle()->workers == c.workers);
    CHECK(s.deadlock_cycle()->objects == c.objects);
}

}  // namespace
}  // namespace il::core
