// core/primitives/queue_rules.cpp — what the observer and the step controller know of a
// Queue (core/primitives/kinds.hpp): put needs room, get needs an item, join needs no
// unfinished task; the wait reason says which ("q is full (3/3)"); the
// read-out shows the size, the contents (queue_contents' lock-free snapshot)
// and who waits to put or to get. The Queue itself is core/primitives/queue.cpp.
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"
#include "core/primitives/queue.hpp"

namespace il::core {

namespace {

constexpr size_t kMaxQueueItems = 24;  // items shown of a long queue

bool queue_enabled(const Arena&, const ObjectSlot& o, const WorkerSlot&, uint16_t, OpKind op) {
    switch (op) {
        case OpKind::QueuePut: return o.count.load(std::memory_order_acquire) < queue_capacity(o);
        case OpKind::QueueGet: return o.count.load(std::memory_order_acquire) > 0;
        case OpKind::QueueJoin: return o.unfinished.load(std::memory_order_acquire) == 0;
        case OpKind::Acquire: return o.word.load(std::memory_order_acquire) == 0;
        default: return true;
    }
}

// "2/3 items", "5 items (unbounded)"
std::string items_text(uint64_t size, uint64_t capacity) {
    return capacity ? i18n::trf("{count}/{capacity} items", {{"count", std::to_string(size)}, {"capacity", std::to_string(capacity)}})
                    : i18n::trf("{count} items (unbounded)", {{"count", std::to_string(size)}});
}

bool is_put(OpKind op) { return op == OpKind::QueuePut || op == OpKind::QueuePutNowait; }

std::string queue_wait_reason(const WaitQuestion& q) {
    const ObjectSlot& o = q.arena.object(q.object);
    const std::string name(q.name);
    if (is_put(q.op))
        return i18n::trf("{queue} is full ({count}/{capacity})",
                         {{"queue", name},
                          {"count", std::to_string(o.count.load(std::memory_order_relaxed))},
                          {"capacity", std::to_string(queue_capacity(o))}});
    if (q.op == OpKind::QueueJoin) return i18n::trf("{queue} has unfinished tasks", {{"queue", name}});
    return i18n::trf("{queue} is empty", {{"queue", name}});
}

void queue_read(const LiveRead& r, ObjectView& v) {
    const Arena& a = r.arena;
    const ObjectSlot& o = a.object(r.object);
    const uint32_t size = o.count.load(std::memory_order_acquire);
    v.level = size;
    v.capacity = o.capacity;
    v.summary = items_text(size, o.capacity);
    if (o.capacity && size >= o.capacity) v.summary += i18n::tr(", full");
    v.fields.push_back({N_("contents"), python_list(queue_contents(a, r.object, kMaxQueueItems), size)});
    if (const uint32_t u = o.unfinished.load(std::memory_order_relaxed); u > 0)
        v.fields.push_back({N_("unfinished tasks"), std::to_string(u)});
    std::vector<uint16_t> putting, getting;
    for (uint16_t w : r.blocked)
        (is_put(static_cast<OpKind>(a.worker(w).pending_op.load(std::memory_order_relaxed))) ? putting : getting)
            .push_back(w);
    add_waiting(a, v, putting, N_("waiting to put"));
    add_waiting(a, v, getting, N_("waiting to get"));
}

void queue_read_saved(const SavedRead&, ObjectView& v) {
    v.summary = items_text(static_cast<uint64_t>(v.level.value_or(0)), v.capacity);
    v.fields.push_back({N_("contents"), i18n::tr("not recorded in a saved run")});
}

}  // namespace

const KindRules kQueueRules{
    .in_graph = true, .enabled = queue_enabled, .wait_reason = queue_wait_reason, .read_live = queue_read,
    .read_saved = queue_read_saved, .blocked_call = {}};

}  // namespace il::core
