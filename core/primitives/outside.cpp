#include "core/primitives/outside.hpp"

#include "core/common/i18n.hpp"

#include <algorithm>

#include "core/common/deadlock.hpp"
#include "core/common/futex.hpp"
#include "core/runtime/runtime.hpp"
#include "core/trace/trace.hpp"

namespace il::core {

namespace {
thread_local int t_depth = 0;  // nested outside calls (a wrapped function calling another)
}  // namespace

uint32_t register_outside(std::string_view function, uint32_t line) {
    return register_object(ObjectKind::Outside, function, line);
}

void outside_begin(uint32_t object, uint32_t line) {
    if (t_depth++ > 0) return;
    Arena* a = arena();
    if (a == nullptr || self() == kNoWorker || object >= a->object_count()) return;
    WorkerSlot& w = a->worker(self());
    const uint32_t calls = a->object(object).count.fetch_add(1, std::memory_order_relaxed) + 1;
    emit(EventKind::OutsideEnter, object, calls, line);
    announce(OpKind::User, object, line);  // the views: where it is and what it is in
    publish_wait(w, WorkerState::Outside, object);
    if (stepping()) {  // no longer in flight: the observer may step the others meanwhile
        ArenaHeader& h = a->header();
        if (h.in_flight.fetch_sub(1, std::memory_order_acq_rel) == 1) futex_wake_all(&h.in_flight);
    }
}

void outside_end(uint32_t line) {
    if (t_depth == 0 || --t_depth > 0) return;
    Arena* a = arena();
    if (a == nullptr || self() == kNoWorker) return;
    WorkerSlot& w = a->worker(self());
    const uint32_t object = w.blocked_on.load(std::memory_order_relaxed);
    if (stepping()) {
        // Back in flight until it parks; the observer looks again (outside_epoch)
        // and offers this return as a step, at the call it comes back from.
        // Running is published first: a worker in Outside holds no count of
        // in_flight, so the observer, finding one dead (its process ended
        // under it), takes nothing off (StepController::release_dead_workers).
        publish_wait(w, WorkerState::Running);
        ArenaHeader& h = a->header();
        h.in_flight.fetch_add(1, std::memory_order_acq_rel);
        h.outside_epoch.fetch_add(1, std::memory_order_acq_rel);
        checkpoint(OpKind::User, object, line);
    }
    publish_wait(w, WorkerState::Running);
    emit(EventKind::OutsideLeave, object, 0, line);
}

std::vector<std::string> outside_notes(const TraceStore& store) {
    // Each process registers the functions it calls itself: one line per name.
    std::vector<std::pair<std::string, uint64_t>> by_name;
    for (const auto& [object, n] : store.outside_calls()) {
        const std::string name(store.object_name(object));
        auto it = std::find_if(by_name.begin(), by_name.end(), [&](const auto& e) { return e.first == name; });
        if (it == by_name.end()) by_name.emplace_back(name, n);
        else it->second += n;
    }
    std::vector<std::string> notes;
    for (const auto& [name, n] : by_name)
        notes.push_back(n == 1 ? i18n::trf("{n} call to {name} was not observed", {{"n", "1"}, {"name", name}})
                               : i18n::trf("{n} calls to {name} were not observed",
                                           {{"n", std::to_string(n)}, {"name", name}}));
    return notes;
}

}  // namespace il::core
