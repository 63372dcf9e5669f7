// core/primitives/sync_event_rules.cpp — what the observer and the step controller know
// of an Event (core/primitives/kinds.hpp): a wait is enabled while the flag (the slot's
// word) is set, or once a set() released it; the read-out is the flag. The Event itself is core/primitives/sync_event.cpp.
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"

namespace il::core {

namespace {

// A wait is enabled while the flag is set, or once a set() released it
// while it was blocked (the worker's `notified`, core/primitives/sync_event.cpp):
// CPython's wait() returns True to a waiter that was notified, even when
// clear() came right after set().
bool event_enabled(const Arena&, const ObjectSlot& o, const WorkerSlot& w, uint16_t, OpKind op) {
    if (op == OpKind::EventWait)
        return o.word.load(std::memory_order_acquire) != 0 || w.notified.load(std::memory_order_acquire) != 0;
    return op != OpKind::Acquire || o.word.load(std::memory_order_acquire) == 0;
}

std::string event_wait_reason(const WaitQuestion& q) { return i18n::trf("{event} is not set", {{"event", q.name}}); }

void event_read(const LiveRead& r, ObjectView& v) {
    const uint32_t flag = r.arena.object(r.object).word.load(std::memory_order_acquire);
    v.level = flag;
    v.summary = flag ? i18n::tr("set") : i18n::tr("clear");
    add_waiting(r.arena, v, r.blocked);
}

void event_read_saved(const SavedRead&, ObjectView& v) { v.summary = v.level && *v.level ? i18n::tr("set") : i18n::tr("clear"); }

}  // namespace

const KindRules kEventRules{
    .in_graph = true, .enabled = event_enabled, .wait_reason = event_wait_reason, .read_live = event_read,
    .read_saved = event_read_saved, .blocked_call = ".wait()"};

}  // namespace il::core
