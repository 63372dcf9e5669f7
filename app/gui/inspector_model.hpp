// app/gui/inspector_model.hpp — every object of a run and its state, as the
// Inspector lists it: a lock's holder and waiters, an RLock's count, a
// queue's contents and capacity, an event's flag, a semaphore's value, a
// condition's waiters, each thread's ThreadLocal value, a Shared value, the
// GIL's holder, a pool's workers, tasks and results.
//
// From the live (or kept) arena, through the primitives' own observer-side
// readers (queue_contents, thread_local_values, pool_contents); for a trace
// opened from a file, what the store knows at its end (holders, waiters,
// levels, the last value each thread set).
//
// Pure logic, no ImGui: tested headless. Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/arena.hpp"
#include "core/trace.hpp"

namespace il::gui {

struct InspectorField {
    std::string label;  // "waiting", "contents", "Thread-1"
    std::string value;  // "Thread-2, Thread-3", "[1, 2]", "5"
};

struct InspectorEntry {
    uint32_t object = core::kNoObject;
    std::string name;                    // "mutexA"
    core::ObjectKind kind = core::ObjectKind::None;
    std::string kind_text;               // "Lock", "Queue", "ThreadPool", "GIL"
    std::string summary;                 // "held by Thread-1", "2/3 items", "set", "42"
    std::vector<InspectorField> fields;  // details, one per line
    bool contended = false;              // somebody is waiting for it
};

// Objects the inspector lists (all but the worker objects that stand for joins).
bool inspector_shows(core::ObjectKind kind);

// Every object from the arena now; `store` adds a semaphore's holders.
std::vector<InspectorEntry> inspect_arena(const core::Arena& a, const core::TraceStore& store);

// Every object as the store knows it at its end.
std::vector<InspectorEntry> inspect_store(const core::TraceStore& store);

// A value's 64-bit event or slot form as Python prints it: 42, 0.5, True;
// a text value (only its length is recorded) as "a text of N bytes".
std::string format_bits(core::ValueType type, int64_t bits);

}  // namespace il::gui
