// core/primitives/semaphore_rules.cpp — what the observer and the step controller know
// of a Semaphore and a BoundedSemaphore (core/primitives/kinds.hpp): the step rule
// (a unit left), the wait reason and the read-out (value, initial value, who
// acquired units — from the store, as the slot keeps only the count). The
// semaphores themselves are core/primitives/semaphore.cpp.
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"
#include "core/trace/trace.hpp"

namespace il::core {

namespace {

bool semaphore_enabled(const Arena&, const ObjectSlot& o, const WorkerSlot&, uint16_t, OpKind op) {
    return op != OpKind::Acquire || o.count.load(std::memory_order_acquire) > 0;
}

std::string semaphore_wait_reason(const WaitQuestion& q) {
    return i18n::trf("{semaphore} has no units left", {{"semaphore", q.name}});
}

void semaphore_read(const LiveRead& r, ObjectView& v) {
    const ObjectSlot& o = r.arena.object(r.object);
    const uint32_t count = o.count.load(std::memory_order_acquire);
    v.level = count;
    v.summary = i18n::trf("value {n}", {{"n", std::to_string(count)}});
    v.fields.push_back({N_("initial value"), std::to_string(o.value.load(std::memory_order_relaxed))});
    v.holders = r.store.holders_at(r.object, r.store.end_ns());
    if (!v.holders.empty()) v.fields.push_back({N_("acquired by"), worker_list(r.arena, v.holders)});
    add_waiting(r.arena, v, r.blocked);
}

void semaphore_read_saved(const SavedRead& r, ObjectView& v) {
    v.summary = v.level ? i18n::trf("value {n}", {{"n", std::to_string(*v.level)}})
                        : std::string(i18n::tr("never acquired"));
    if (!v.holders.empty()) v.fields.push_back({N_("acquired by"), worker_list(r.store, v.holders)});
}

}  // namespace

const KindRules kSemaphoreRules{
    .in_graph = true, .enabled = semaphore_enabled, .wait_reason = semaphore_wait_reason,
    .read_live = semaphore_read, .read_saved = semaphore_read_saved, .blocked_call = ".acquire()"};

const KindRules kBoundedSemaphoreRules{
    .in_graph = true, .enabled = semaphore_enabled,
    .wait_reason = semaphore_wait_reason, .read_live = semaphore_read, .read_saved = semaphore_read_saved,
    .blocked_call = ".acquire()"};

}  // namespace il::core
