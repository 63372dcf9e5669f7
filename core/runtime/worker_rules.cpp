// core/runtime/worker_rules.cpp — what the observer, the step controller and the
// deadlock detector know of a worker object, the object a join waits on
// (core/primitives/kinds.hpp): a join is enabled once the joined worker is done, and
// until then that worker is the one it waits for. Workers are core/runtime/worker.cpp.
#include "core/common/i18n.hpp"
#include "core/primitives/kinds.hpp"

namespace il::core {

namespace {

uint16_t joined_worker(const Arena& a, const ObjectSlot& o) {
    return a.worker(o.worker).done.load(std::memory_order_acquire) ? kNoWorker : static_cast<uint16_t>(o.worker);
}

bool join_enabled(const Arena& a, const ObjectSlot& o, const WorkerSlot&, uint16_t, OpKind op) {
    if (op == OpKind::Join) return a.worker(o.worker).done.load(std::memory_order_acquire) != 0;
    return op != OpKind::Acquire || o.word.load(std::memory_order_acquire) == 0;
}

std::string join_wait_reason(const WaitQuestion& q) {
    return i18n::trf("{worker} has not finished", {{"worker", q.arena.worker_name(q.arena.object(q.object).worker)}});
}

}  // namespace

const KindRules kWorkerRules{
    .in_inspector = false, .holder = joined_worker, .enabled = join_enabled, .wait_reason = join_wait_reason,
    .blocked_call = ".join()"};

}  // namespace il::core
