// tests/support/trace_builder.hpp — synthetic traces for tests of the trace
// store and of what reads it (export, trace files, the timeline and other
// panels): events appended in seq order with explicit times, no arena, no run.
//
// TraceBuilder fills its own store (`b.store`) or one it is given; worker()
// and object() name the lanes, ev() appends one event. sample_trace() is a
// small run with a bit of everything.
// Thread rules: none (a plain TraceStore, one thread).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "core/trace/trace.hpp"

namespace il::test {

// Appends events to a store with increasing seq (1, 2, …); times are in ns.
class TraceBuilder {
public:
    explicit TraceBuilder(core::TraceLimits limits = {})
        : owned_(std::make_unique<core::TraceStore>(limits)), store(*owned_) {}
    // Appends to `into` (which outlives the builder) instead.
    explicit TraceBuilder(core::TraceStore& into) : store(into) {}

    TraceBuilder& worker(uint16_t index, std::string_view name, core::WorkerKind kind = core::WorkerKind::Thread,
                         uint16_t parent = 0) {
        core::WorkerInfo w;
        w.name = name;
        w.kind = kind;
        w.parent = index == 0 ? core::kNoWorker : parent;
        return worker(index, std::move(w));
    }
    TraceBuilder& worker(uint16_t index, core::WorkerInfo info) {
        store.set_worker(index, std::move(info));
        return *this;
    }

    TraceBuilder& object(uint32_t index, std::string_view name, core::ObjectKind kind, uint32_t capacity = 0) {
        core::ObjectInfo o;
        o.name = name;
        o.kind = kind;
        o.capacity = capacity;
        return object(index, std::move(o));
    }
    TraceBuilder& object(uint32_t index, core::ObjectInfo info) {
        store.set_object(index, std::move(info));
        return *this;
    }

    // One event at time t (ns); `step` is the step counter when it happened.
    TraceBuilder& ev(int64_t t, uint16_t w, core::EventKind k, uint32_t object = core::kNoObject, int64_t value = 0,
                     std::string_view text = {}, uint32_t step = 0, uint32_t line = 0) {
        core::TraceEvent e{};
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

    // The seq the next ev() gets.
    uint64_t next_seq() const { return seq_; }

private:
    std::unique_ptr<core::TraceStore> owned_;  // before `store`, which may refer to it

public:
    core::TraceStore& store;

private:
    uint64_t seq_ = 1;
};

// Two threads contend for a lock, print, report a result; a queue fills and
// drains; a child process exits and is reaped. Used by the export and file tests.
inline core::TraceStore sample_trace() {
    TraceBuilder b;
    b.worker(0, "MainThread", core::WorkerKind::Process)
        .worker(1, "Thread-1")
        .worker(2, "Thread-2")
        .worker(3, "Process-1", core::WorkerKind::Process, 0)
        .object(0, "lock_a", core::ObjectKind::Lock)
        .object(1, "q", core::ObjectKind::Queue, 4)
        .object(2, "Thread-1", core::ObjectKind::Worker);
    b.ev(0, 0, core::EventKind::WorkerStart)
        .ev(10, 1, core::EventKind::WorkerStart)
        .ev(20, 2, core::EventKind::WorkerStart)
        .ev(30, 1, core::EventKind::Obtain, 0, 1, {}, 0, 12)
        .ev(40, 2, core::EventKind::AcquireRequest, 0, -1)
        .ev(45, 2, core::EventKind::Block, 0, 0, {}, 0, 12)
        .ev(60, 1, core::EventKind::Print, core::kNoObject, 0, "hello \"world\"\n\ttab\x01")
        .ev(70, 1, core::EventKind::Release, 0, 0)
        .ev(75, 2, core::EventKind::Wake, 0, 1)
        .ev(80, 2, core::EventKind::Obtain, 0, 1)
        .ev(90, 1, core::EventKind::QueuePut, 1, 1)
        .ev(95, 1, core::EventKind::QueuePut, 1, 2)
        .ev(100, 2, core::EventKind::QueueGet, 1, 1)
        .ev(110, 2, core::EventKind::Release, 0, 0)
        .ev(115, 0, core::EventKind::Fork, core::kNoObject, 4242)
        .ev(120, 3, core::EventKind::WorkerStart, core::kNoObject, 4242)
        .ev(130, 3, core::EventKind::SleepBegin, core::kNoObject, 10)
        .ev(140, 3, core::EventKind::SleepEnd, core::kNoObject, 10)
        .ev(150, 3, core::EventKind::WorkerExit, core::kNoObject, 0)
        .ev(160, 1, core::EventKind::Result, core::kNoObject, 0, "total\t42")
        .ev(170, 1, core::EventKind::WorkerExit)
        .ev(180, 0, core::EventKind::Reaped, core::kNoObject, 3)
        .ev(190, 2, core::EventKind::AcquireFailed, 0, 0)
        .ev(200, 2, core::EventKind::WorkerExit);
    return std::move(b.store);
}

}  // namespace il::test
