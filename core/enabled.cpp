#include "core/enabled.hpp"

#include "core/gil.hpp"
#include "core/pool_shared.hpp"

namespace il::core {

uint32_t queue_capacity(const ObjectSlot& o) { return o.capacity ? o.capacity : o.storage_items; }

bool op_enabled(const Arena& a, uint16_t worker) {
    const WorkerSlot& w = a.worker(worker);
    const auto op = static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire));
    const uint32_t id = w.pending_object.load(std::memory_order_relaxed);
    if (id == kNoObject || id >= a.object_count()) return true;
    const ObjectSlot& o = a.object(id);
    switch (op) {
        case OpKind::Acquire:
            switch (o.kind) {
                case ObjectKind::RLock:
                    return o.word.load(std::memory_order_acquire) == 0 ||
                           o.holder.load(std::memory_order_acquire) == worker + 1u;
                case ObjectKind::Semaphore:
                case ObjectKind::BoundedSemaphore: return o.count.load(std::memory_order_acquire) > 0;
                case ObjectKind::Gil: return gil_may_take(o, worker);
                default: return o.word.load(std::memory_order_acquire) == 0;
            }
        case OpKind::EventWait: return o.word.load(std::memory_order_acquire) != 0;
        case OpKind::CondResume: return w.notified.load(std::memory_order_acquire) != 0;
        case OpKind::QueuePut: return o.count.load(std::memory_order_acquire) < queue_capacity(o);
        case OpKind::QueueGet: return o.count.load(std::memory_order_acquire) > 0;
        case OpKind::QueueJoin: return o.unfinished.load(std::memory_order_acquire) == 0;
        case OpKind::ResultWait: return pool_result_ready(a, o, w.pending_value.load(std::memory_order_relaxed));
        case OpKind::Join:
            return o.kind != ObjectKind::Worker || a.worker(o.worker).done.load(std::memory_order_acquire) != 0;
        default: return true;
    }
}

bool can_time_out(const Arena& a, uint16_t worker) {
    const WorkerSlot& w = a.worker(worker);
    if ((w.flags.load(std::memory_order_acquire) & kWorkerHasTimeout) == 0 || op_enabled(a, worker)) return false;
    const uint32_t id = w.pending_object.load(std::memory_order_relaxed);
    if (static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire)) == OpKind::Acquire && id < a.object_count() &&
        a.object(id).kind == ObjectKind::Gil)
        return gil_may_request_drop(a.object(id), worker);
    return true;
}

}  // namespace il::core
