// tests/core/trace_test_util.hpp — builds synthetic traces for the trace store,
// export and file tests: events in seq order with explicit times, no arena.
#pragma once

#include <string_view>

#include "core/trace.hpp"

namespace il::core::testing {

// Appends events to a store with increasing seq; times are given in ns.
class TraceBuilder {
public:
    explicit TraceBuilder(TraceLimits limits = {}) : store(limits) {}

    TraceBuilder& worker(uint16_t index, std::string_view name, WorkerKind kind = WorkerKind::Thread,
                         uint16_t parent = 0) {
        WorkerInfo w;
        w.name = name;
        w.kind = kind;
        w.parent = index == 0 ? kNoWorker : parent;
        store.set_worker(index, w);
        return *this;
    }

    TraceBuilder& object(uint32_t index, std::string_view name, ObjectKind kind, uint32_t capacity = 0) {
        ObjectInfo o;
        o.name = name;
        o.kind = kind;
        o.capacity = capacity;
        store.set_object(index, o);
        return *this;
    }

    // One event at time t (ns); `step` is the step counter when it happened.
    TraceBuilder& ev(int64_t t, uint16_t w, EventKind k, uint32_t object = kNoObject, int64_t value = 0,
                     std::string_view text = {}, uint32_t step = 0, uint32_t line = 0) {
        TraceEvent e{};
        e.seq = seq_++;
        e.tsc = static_cast<uint64_t>(t);
        e.value = value;
        e.object = object;
        e.line = line;
        e.worker = w;
        e.kind = k;
        e.step = step;
        store.append(e, text);
        return *this;
    }

    TraceStore store;

private:
    uint64_t seq_ = 1;
};

// Two threads contend for a lock, print, report a result; a queue fills and
// drains; a child process exits and is reaped. Used by the export and file tests.
inline TraceStore sample_trace() {
    TraceBuilder b;
    b.worker(0, "MainThread", WorkerKind::Process)
        .worker(1, "Thread-1")
        .worker(2, "Thread-2")
        .worker(3, "Process-1", WorkerKind::Process, 0)
        .object(0, "lock_a", ObjectKind::Lock)
        .object(1, "q", ObjectKind::Queue, 4)
        .object(2, "Thread-1", ObjectKind::Worker);
    b.ev(0, 0, EventKind::WorkerStart)
        .ev(10, 1, EventKind::WorkerStart)
        .ev(20, 2, EventKind::WorkerStart)
        .ev(30, 1, EventKind::Obtain, 0, 1, {}, 0, 12)
        .ev(40, 2, EventKind::AcquireRequest, 0, -1)
        .ev(45, 2, EventKind::Block, 0, 0, {}, 0, 12)
        .ev(60, 1, EventKind::Print, kNoObject, 0, "hello \"world\"\n\ttab\x01")
        .ev(70, 1, EventKind::Release, 0, 0)
        .ev(75, 2, EventKind::Wake, 0, 1)
        .ev(80, 2, EventKind::Obtain, 0, 1)
        .ev(90, 1, EventKind::QueuePut, 1, 1)
        .ev(95, 1, EventKind::QueuePut, 1, 2)
        .ev(100, 2, EventKind::QueueGet, 1, 1)
        .ev(110, 2, EventKind::Release, 0, 0)
        .ev(115, 0, EventKind::Fork, kNoObject, 4242)
        .ev(120, 3, EventKind::WorkerStart, kNoObject, 4242)
        .ev(130, 3, EventKind::SleepBegin, kNoObject, 10)
        .ev(140, 3, EventKind::SleepEnd, kNoObject, 10)
        .ev(150, 3, EventKind::WorkerExit, kNoObject, 0)
        .ev(160, 1, EventKind::Result, kNoObject, 0, "total\t42")
        .ev(170, 1, EventKind::WorkerExit)
        .ev(180, 0, EventKind::Reaped, kNoObject, 3)
        .ev(190, 2, EventKind::AcquireFailed, 0, 0)
        .ev(200, 2, EventKind::WorkerExit);
    return std::move(b.store);
}

}  // namespace il::core::testing
