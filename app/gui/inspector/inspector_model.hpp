// app/gui/inspector/inspector_model.hpp — every object of a run and its state, as the
// Inspector lists it: a lock's holder and waiters, an RLock's count, a
// queue's contents and capacity, an event's flag, a semaphore's value, a
// condition's waiters, each thread's ThreadLocal value, a Shared value, the
// GIL's holder, a pool's workers, tasks and results.
//
// The entries are the run snapshot's objects (core/observer/snapshot.hpp), whose
// details each kind's rules word (core/primitives/*_rules.cpp), for a live run and a
// saved one alike; this picks the ones the Inspector lists.
//
// Pure logic, no ImGui: tested headless. Thread rules: GUI thread only.
#pragma once

#include <vector>

#include "core/observer/snapshot.hpp"

namespace il::gui {

using InspectorEntry = core::ObjectView;
using InspectorField = core::Field;

// Objects the inspector lists (all but the worker objects that stand for joins).
bool inspector_shows(core::ObjectKind kind);

// Every object the inspector lists, in index order.
std::vector<InspectorEntry> inspect(const core::RunSnapshot& snap);

}  // namespace il::gui
