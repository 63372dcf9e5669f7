// core/primitives/lock_rules.cpp — what the observer and the step controller know of a
// Lock and an RLock (core/primitives/kinds.hpp): the holder word, the step rule, the
// learner's wait reason and the Inspector's read-out. The locks themselves
// are core/primitives/lock.cpp.
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"
#include "core/trace/trace.hpp"

namespace il::core {

namespace {

uint16_t lock_holder(const Arena&, const ObjectSlot& o) { return slot_holder(o); }

bool lock_enabled(const Arena&, const ObjectSlot& o, const WorkerSlot&, uint16_t, OpKind op) {
    return op != OpKind::Acquire || o.word.load(std::memory_order_acquire) == 0;
}

// An RLock may also be taken again by its holder.
bool rlock_enabled(const Arena&, const ObjectSlot& o, const WorkerSlot&, uint16_t worker, OpKind op) {
    return op != OpKind::Acquire || o.word.load(std::memory_order_acquire) == 0 ||
           o.holder.load(std::memory_order_acquire) == worker + 1u;
}

std::string lock_wait_reason(const WaitQuestion& q) {
    const uint16_t h = slot_holder(q.arena.object(q.object));
    const std::pair<std::string_view, std::string_view> object{"object", q.name};
    if (h == q.worker)
        return q.name_object ? i18n::trf("{object} is held by itself (a Lock is not re-entrant)", {object})
                             : i18n::tr("held by itself (a Lock is not re-entrant)");
    if (h == kNoWorker) return i18n::trf("{object} is taken", {object});
    const std::pair<std::string_view, std::string_view> holder{"holder", q.arena.worker_name(h)};
    return q.name_object ? i18n::trf("{object} is held by {holder}", {object, holder})
                         : i18n::trf("held by {holder}", {holder});
}

void lock_read(const LiveRead& r, ObjectView& v) {
    const ObjectSlot& o = r.arena.object(r.object);
    const uint16_t h = slot_holder(o);
    if (h != kNoWorker) v.holders.push_back(h);
    v.summary = held_text(r.arena, h);
    if (v.kind == ObjectKind::RLock && h != kNoWorker)
        v.summary += i18n::trf(", count {n}", {{"n", std::to_string(o.count.load(std::memory_order_relaxed))}});
    add_waiting(r.arena, v, r.blocked);
}

}  // namespace

// A lock's read-out from a saved run (the GIL shares it): who held it at the end.
void held_read_saved(const SavedRead& r, ObjectView& v) {
    v.summary = v.holders.empty() ? std::string(i18n::tr("free"))
                                  : i18n::trf("held by {holder}", {{"holder", worker_list(r.store, v.holders)}});
}

const KindRules kLockRules{
    .in_graph = true, .holder = lock_holder, .enabled = lock_enabled,
    .wait_reason = lock_wait_reason, .read_live = lock_read, .read_saved = held_read_saved,
    .blocked_call = ".acquire()"};

const KindRules kRLockRules{
    .in_graph = true, .holder = lock_holder, .enabled = rlock_enabled,
    .wait_reason = lock_wait_reason, .read_live = lock_read, .read_saved = held_read_saved,
    .blocked_call = ".acquire()"};

}  // namespace il::core
