// core/primitives/condition_rules.cpp — what the observer and the step controller know
// of a Condition (core/primitives/kinds.hpp): a resuming waiter is enabled once its own
// `notified` word is set; the read-out lists the waiters in the slot's heap
// list and names the lock. The Condition itself is core/primitives/condition.cpp, whose
// slot layout (value = the lock's object, heap = waiter list) this reads.
#include "core/common/i18n.hpp"
#include <algorithm>

#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"

namespace il::core {

namespace {

bool condition_enabled(const Arena&, const ObjectSlot& o, const WorkerSlot& w, uint16_t, OpKind op) {
    if (op == OpKind::CondResume) return w.notified.load(std::memory_order_acquire) != 0;
    return op != OpKind::Acquire || o.word.load(std::memory_order_acquire) == 0;
}

std::string condition_wait_reason(const WaitQuestion& q) {
    return i18n::trf("nobody has notified {object} yet", {{"object", q.name}});
}

void condition_read(const LiveRead& r, ObjectView& v) {
    const Arena& a = r.arena;
    const ObjectSlot& o = a.object(r.object);
    const auto lock = static_cast<uint32_t>(o.value.load(std::memory_order_relaxed));
    std::vector<uint16_t> list;
    if (o.heap != 0) {
        const auto* cells = reinterpret_cast<const uint16_t*>(a.heap(o.heap));
        const uint32_t n = std::min(o.waiters.load(std::memory_order_acquire), o.capacity);
        for (uint32_t k = 0; k < n; ++k)
            if (cells[k] < a.worker_count()) list.push_back(cells[k]);
    }
    v.summary = list.empty() ? std::string(i18n::tr("nobody waiting for a notify"))
                             : i18n::trf("{n} waiting for a notify", {{"n", std::to_string(list.size())}});
    if (lock < a.object_count()) {
        const uint16_t h = holder_of(a, lock);
        const std::pair<std::string_view, std::string_view> name{"lock", a.object_name(lock)};
        v.fields.push_back({N_("lock"), h == kNoWorker ? i18n::trf("{lock} (free)", {name})
                                                       : i18n::trf("{lock} (held by {holder})",
                                                                   {name, {"holder", a.worker_name(h)}})});
    }
    add_waiting(a, v, list, N_("waiting for notify"));
}

void condition_read_saved(const SavedRead&, ObjectView& v) { v.summary = i18n::tr("a condition"); }

}  // namespace

const KindRules kConditionRules{
    .in_graph = true, .enabled = condition_enabled, .wait_reason = condition_wait_reason,
    .read_live = condition_read, .read_saved = condition_read_saved, .blocked_call = ".wait()"};

}  // namespace il::core
