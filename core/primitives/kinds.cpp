// core/primitives/kinds.cpp — the table of kinds and the dispatching rules (see kinds.hpp).
// Each kind's own rules live beside its implementation (core/primitives/*_rules.cpp);
// this file only registers them.
#include "core/common/i18n.hpp"
#include "core/primitives/kinds.hpp"

#include <array>

namespace il::core {

namespace {

const KindRules kNoRules{};

constexpr size_t kKinds = static_cast<size_t>(ObjectKind::Outside) + 1;

// Indexed by ObjectKind. Adding a kind: its *_rules.cpp, and one entry here.
const std::array<const KindRules*, kKinds>& table() {
    static const std::array<const KindRules*, kKinds> t = [] {
        std::array<const KindRules*, kKinds> a{};
        a.fill(&kNoRules);
        auto set = [&](ObjectKind k, const KindRules& r) { a[static_cast<size_t>(k)] = &r; };
        set(ObjectKind::Lock, kLockRules);
        set(ObjectKind::RLock, kRLockRules);
        set(ObjectKind::Semaphore, kSemaphoreRules);
        set(ObjectKind::BoundedSemaphore, kBoundedSemaphoreRules);
        set(ObjectKind::Condition, kConditionRules);
        set(ObjectKind::Event, kEventRules);
        set(ObjectKind::Queue, kQueueRules);
        set(ObjectKind::Shared, kSharedRules);
        set(ObjectKind::ThreadLocal, kThreadLocalRules);
        set(ObjectKind::Gil, kGilRules);
        set(ObjectKind::Worker, kWorkerRules);
        set(ObjectKind::Pool, kPoolRules);
        set(ObjectKind::Outside, kOutsideRules);
        return a;
    }();
    return t;
}

}  // namespace

const KindRules& rules_of(ObjectKind kind) {
    const auto i = static_cast<size_t>(kind);
    return i < kKinds ? *table()[i] : kNoRules;
}

std::string kind_text(ObjectKind kind) { return std::string(to_string(kind)); }

uint32_t queue_capacity(const ObjectSlot& o) { return o.capacity ? o.capacity : o.storage_items; }

bool op_enabled(const Arena& a, uint16_t worker) {
    const WorkerSlot& w = a.worker(worker);
    const auto op = static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire));
    const uint32_t id = w.pending_object.load(std::memory_order_relaxed);
    if (id == kNoObject || id >= a.object_count()) return true;
    const ObjectSlot& o = a.object(id);
    if (const auto rule = rules_of(o.kind).enabled) return rule(a, o, w, worker, op);
    // A kind without its own rule: a plain acquire needs the word free.
    return op != OpKind::Acquire || o.word.load(std::memory_order_acquire) == 0;
}

bool can_time_out(const Arena& a, uint16_t worker) {
    const WorkerSlot& w = a.worker(worker);
    if ((w.flags.load(std::memory_order_acquire) & kWorkerHasTimeout) == 0 || op_enabled(a, worker)) return false;
    const uint32_t id = w.pending_object.load(std::memory_order_relaxed);
    if (id >= a.object_count()) return true;
    const ObjectSlot& o = a.object(id);
    const auto rule = rules_of(o.kind).may_time_out;
    return rule == nullptr || static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire)) != OpKind::Acquire ||
           rule(o, worker);
}

uint16_t holder_of(const Arena& a, uint32_t object) {
    if (object >= a.object_count()) return kNoWorker;
    const ObjectSlot& o = a.object(object);
    const auto rule = rules_of(o.kind).holder;
    return rule ? rule(a, o) : kNoWorker;
}

std::string wait_reason(const Arena& a, uint16_t worker, OpKind op, uint32_t object, bool name_object) {
    if (object == kNoObject || object >= a.object_count()) return "";
    const std::string name(a.object_name(object));
    const ObjectSlot& o = a.object(object);
    if (const auto rule = rules_of(o.kind).wait_reason) return rule({a, worker, op, object, name, name_object});
    if (op == OpKind::ResultWait) return i18n::tr("the result is not ready");
    return i18n::trf("it waits for {object}", {{"object", name}});
}

}  // namespace il::core
