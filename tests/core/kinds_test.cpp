// tests/core/kinds_test.cpp — the table of kinds (core/primitives/kinds.hpp): every kind
// of object has its own rules registered, and the rules the snapshot words
// (holders, the GIL's wait reason, a saved run's guessed calls) hold.
#include <doctest.h>

#include <cstring>

#include "core/primitives/kinds.hpp"
#include "core/observer/snapshot.hpp"

using namespace il::core;

namespace {

uint16_t add_worker(Arena& a, const char* name) {
    const uint16_t w = a.reserve_worker();
    std::strncpy(a.worker(w).name, name, kNameLen - 1);
    a.worker(w).used.store(1);
    return w;
}

uint32_t add_object(Arena& a, const char* name, ObjectKind kind) {
    const uint32_t o = a.reserve_object();
    std::strncpy(a.object(o).name, name, kNameLen - 1);
    a.object(o).kind = kind;
    a.object(o).used.store(1);
    return o;
}

}  // namespace

TEST_CASE("kinds: every kind of object but None has its own rules registered") {
    const KindRules& none = rules_of(ObjectKind::None);
    for (uint8_t k = 1; k <= static_cast<uint8_t>(ObjectKind::Pool); ++k) {
        const auto kind = static_cast<ObjectKind>(k);
        CAPTURE(to_string(kind));
        CHECK(&rules_of(kind) != &none);
    }
    CHECK(&rules_of(static_cast<ObjectKind>(200)) == &none);  // an unknown value falls back, never indexes past the table
}

TEST_CASE("kinds: the graph shows what a worker can hold or wait for, the Inspector all but joins") {
    for (ObjectKind k : {ObjectKind::Lock, ObjectKind::RLock, ObjectKind::Semaphore, ObjectKind::BoundedSemaphore,
                         ObjectKind::Condition, ObjectKind::Event, ObjectKind::Queue, ObjectKind::Gil, ObjectKind::Pool})
        CHECK(rules_of(k).in_graph);
    for (ObjectKind k : {ObjectKind::Shared, ObjectKind::ThreadLocal, ObjectKind::Worker}) CHECK_FALSE(rules_of(k).in_graph);
    CHECK_FALSE(rules_of(ObjectKind::Worker).in_inspector);
    CHECK(rules_of(ObjectKind::Lock).in_inspector);
}

TEST_CASE("kinds: a worker waiting for the GIL is told who holds it") {
    Arena a = Arena::create();
    const uint16_t t1 = add_worker(a, "Thread-1");
    const uint16_t t2 = add_worker(a, "Thread-2");
    const uint32_t gil = add_object(a, "GIL", ObjectKind::Gil);
    CHECK(wait_reason(a, t2, OpKind::Acquire, gil) == "it waits for the GIL");
    a.object(gil).holder.store(t1 + 1u);
    CHECK(wait_reason(a, t2, OpKind::Acquire, gil) == "the GIL is held by Thread-1");
    CHECK(holder_of(a, gil) == kNoWorker);  // the deadlock detector leaves the GIL out: it is always given up
}

TEST_CASE("kinds: a live snapshot lists a lock's holder and waiter on both sides") {
    Arena a = Arena::create();
    const uint16_t t1 = add_worker(a, "Thread-1");
    const uint16_t t2 = add_worker(a, "Thread-2");
    const uint32_t m = add_object(a, "mutexA", ObjectKind::Lock);
    a.object(m).word.store(1);
    a.object(m).holder.store(t1 + 1u);
    a.worker(t2).pending_op.store(static_cast<uint32_t>(OpKind::Acquire));
    a.worker(t2).pending_object.store(m);
    publish_wait(a.worker(t2), WorkerState::Blocked, m);
    const RunSnapshot s = snapshot_live(a, TraceStore{});
    REQUIRE(s.object(m) != nullptr);
    CHECK(s.object(m)->holders == std::vector<uint16_t>{t1});
    CHECK(s.object(m)->waiters == std::vector<uint16_t>{t2});
    CHECK(s.object(m)->summary == "held by Thread-1");
    CHECK(s.object(m)->contended);
    REQUIRE(s.worker(t2) != nullptr);
    CHECK(s.worker(t2)->call == "mutexA.acquire()");
    CHECK(s.worker(t2)->blocked_reason == "mutexA is held by Thread-1");
    CHECK(s.worker(t2)->blocked_reason_short == "held by Thread-1");
    CHECK(s.worker(t2)->why_not == "mutexA is held by Thread-1");
    CHECK_FALSE(op_enabled(a, t2));
    a.object(m).word.store(0);
    CHECK(op_enabled(a, t2));
}
