// tests/gui/pending_op_test.cpp — the learner's text for a parked worker's next
// operation, from plain values and from an arena's worker and object slots.
#include <doctest.h>

#include <cstring>
#include <string>

#include "app/gui/session/pending_op.hpp"

using il::core::Arena;
using il::core::ObjectKind;
using il::core::OpKind;
using il::core::call_text;

namespace {

il::core::RunSnapshot snap(const Arena& a) { return il::core::snapshot_live(a, il::core::TraceStore{}); }

constexpr int64_t kNoTimeout = -1;
constexpr int64_t kHalfSecond = 500'000'000;

uint16_t add_worker(Arena& a, const char* name) {
    const uint16_t w = a.reserve_worker();
    std::strncpy(a.worker(w).name, name, il::core::kNameLen - 1);
    a.worker(w).used.store(1);
    return w;
}

uint32_t add_object(Arena& a, const char* name, ObjectKind kind) {
    const uint32_t o = a.reserve_object();
    std::strncpy(a.object(o).name, name, il::core::kNameLen - 1);
    a.object(o).kind = kind;
    a.object(o).used.store(1);
    return o;
}

void announce(Arena& a, uint16_t w, OpKind op, uint32_t object, uint32_t line, int64_t value = 0, bool timeout = false) {
    il::core::WorkerSlot& slot = a.worker(w);
    slot.pending_op.store(static_cast<uint32_t>(op));
    slot.pending_object.store(object);
    slot.pending_line.store(line);
    slot.pending_value.store(value);
    slot.flags.store(timeout ? il::core::kWorkerHasTimeout : 0);
}

}  // namespace

TEST_CASE("pending op: calls are spelled as Python spells them") {
    CHECK(call_text(OpKind::Acquire, "mutexA", kNoTimeout, false) == "mutexA.acquire()");
    CHECK(call_text(OpKind::Acquire, "mutexA", kHalfSecond, true) == "mutexA.acquire(timeout=0.5)");
    CHECK(call_text(OpKind::TryAcquire, "mutexA", 0, false) == "mutexA.acquire(blocking=False)");
    CHECK(call_text(OpKind::Release, "mutexA", 0, false) == "mutexA.release()");
    CHECK(call_text(OpKind::QueueGet, "q", 2'000'000'000, true) == "q.get(timeout=2)");
    CHECK(call_text(OpKind::QueuePutNowait, "q", 0, false) == "q.put_nowait()");
    CHECK(call_text(OpKind::EventWait, "ready", kNoTimeout, false) == "ready.wait()");
    CHECK(call_text(OpKind::CondResume, "cond", kNoTimeout, false) == "cond.wait() (for notify)");
    CHECK(call_text(OpKind::Join, "Thread-1", kNoTimeout, false) == "Thread-1.join()");
    CHECK(call_text(OpKind::Sleep, "", 1'000'000'000, false) == "sleep(1)");
    CHECK(call_text(OpKind::Print, "", 0, false) == "print()");
    CHECK(call_text(OpKind::Begin, "", 0, false) == "begin (its first step)");
    CHECK(call_text(OpKind::Exit, "", 0, false) == "exit (its last step)");
}

TEST_CASE("pending op: a value is a timeout only for timed waits") {
    // A release has no timeout, even with the flag left over from before.
    CHECK(call_text(OpKind::Release, "m", kHalfSecond, true) == "m.release()");
    // A negative value means "no timeout" even when flagged.
    CHECK(call_text(OpKind::Acquire, "m", kNoTimeout, true) == "m.acquire()");
}

TEST_CASE("pending op: read from the arena, with the worker's name and line") {
    Arena a = Arena::create();
    const uint16_t main = add_worker(a, "MainThread");
    const uint16_t t2 = add_worker(a, "Thread-2");
    const uint32_t lock_b = add_object(a, "lock_b", ObjectKind::Lock);
    announce(a, t2, OpKind::Acquire, lock_b, 42);
    const il::gui::PendingOp p = il::gui::pending_op(snap(a), t2);
    CHECK(p.worker_name == "Thread-2");
    CHECK(p.call == "lock_b.acquire()");
    CHECK(p.line == 42);
    CHECK(il::gui::pending_text(p) == "Thread-2 \u2192 lock_b.acquire()  line 42");

    announce(a, main, OpKind::Sleep, il::core::kNoObject, 0, kHalfSecond);
    CHECK(il::gui::pending_text(il::gui::pending_op(snap(a), main)) == "MainThread \u2192 sleep(0.5)");
}

TEST_CASE("pending op: a time-out choice says so") {
    Arena a = Arena::create();
    add_worker(a, "MainThread");
    const uint16_t t1 = add_worker(a, "Thread-1");
    const uint32_t m = add_object(a, "mutexB", ObjectKind::Lock);
    announce(a, t1, OpKind::Acquire, m, 30, 1'000'000'000, true);
    CHECK(il::gui::choice_text(snap(a), {t1, il::core::Grant::TimeOut}) ==
          "Thread-1 \u2192 mutexB.acquire(timeout=1): let it time out  line 30");
    CHECK(il::gui::choice_text(snap(a), {t1, il::core::Grant::Proceed}) == "Thread-1 \u2192 mutexB.acquire(timeout=1)  line 30");
}

TEST_CASE("pending op: why a worker waits names the holder, the full queue, the unset event") {
    Arena a = Arena::create();
    const uint16_t t1 = add_worker(a, "Thread-1");
    const uint16_t t2 = add_worker(a, "Thread-2");
    const uint32_t lock_a = add_object(a, "lock_a", ObjectKind::Lock);
    a.object(lock_a).holder.store(t1 + 1u);
    announce(a, t2, OpKind::Acquire, lock_a, 18);
    CHECK(il::gui::why_blocked(snap(a), t2) == "lock_a is held by Thread-1");

    const uint32_t q = add_object(a, "q", ObjectKind::Queue);
    a.object(q).capacity = 3;
    a.object(q).count.store(3);
    announce(a, t2, OpKind::QueuePut, q, 20);
    CHECK(il::gui::why_blocked(snap(a), t2) == "q is full (3/3)");
    const uint32_t ev = add_object(a, "ready", ObjectKind::Event);
    announce(a, t2, OpKind::EventWait, ev, 21);
    CHECK(il::gui::why_blocked(snap(a), t2) == "ready is not set");
    announce(a, t2, OpKind::Sleep, il::core::kNoObject, 22);
    CHECK(il::gui::why_blocked(snap(a), t2) == "it cannot go on yet");
}

TEST_CASE("pending op: seconds read short") {
    CHECK(il::core::seconds_text(500'000'000) == "0.5");
    CHECK(il::core::seconds_text(2'000'000'000) == "2");
    CHECK(il::core::seconds_text(100'000) == "0.0001");
}
