// app/gui/inspector_model.cpp — every object's state from the live arena
// (see inspector_model.hpp; the store's version is inspector_store.cpp).
#include "app/gui/inspector_model.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "app/gui/inspector_detail.hpp"
#include "core/deadlock.hpp"
#include "core/enabled.hpp"
#include "core/gil.hpp"
#include "core/pool_shared.hpp"
#include "core/queue.hpp"
#include "core/thread_local.hpp"
#include "core/value_bytes.hpp"

namespace il::gui {

using core::Arena;
using core::ObjectKind;
using core::ObjectSlot;
using core::OpKind;
using core::WorkerState;

namespace {

constexpr size_t kMaxQueueItems = 24;  // items shown of a long queue

using Waiters = std::vector<std::vector<uint16_t>>;  // by object: workers blocked on it

Waiters blocked_workers(const Arena& a) {
    Waiters out(a.object_count());
    for (uint32_t i = 0; i < a.worker_count(); ++i) {
        const core::WorkerSlot& w = a.worker(i);
        if (!w.used.load(std::memory_order_acquire)) continue;
        if (static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) != WorkerState::Blocked) continue;
        const uint32_t o = w.blocked_on.load(std::memory_order_acquire);
        if (o < out.size()) out[o].push_back(static_cast<uint16_t>(i));
    }
    return out;
}

std::string worker_list(const Arena& a, const std::vector<uint16_t>& ws) {
    std::string s;
    for (uint16_t w : ws) s += (s.empty() ? "" : ", ") + std::string(a.worker_name(w));
    return s;
}

uint16_t slot_holder(const ObjectSlot& o) {
    const uint32_t h = o.holder.load(std::memory_order_acquire);
    return h == 0 ? core::kNoWorker : static_cast<uint16_t>(h - 1);
}

void add_waiting(const Arena& a, InspectorEntry& e, const std::vector<uint16_t>& ws, const char* label = "waiting") {
    if (ws.empty()) return;
    e.fields.push_back({label, worker_list(a, ws)});
    e.contended = true;
}

void lock_state(const Arena& a, uint32_t i, InspectorEntry& e, const Waiters& waiting) {
    const ObjectSlot& o = a.object(i);
    const uint16_t h = e.kind == ObjectKind::Gil ? slot_holder(o) : core::holder_of(a, i);
    e.summary = h == core::kNoWorker ? "free" : "held by " + std::string(a.worker_name(h));
    if (e.kind == ObjectKind::RLock && h != core::kNoWorker)
        e.summary += ", count " + std::to_string(o.count.load(std::memory_order_relaxed));
    add_waiting(a, e, waiting[i]);
}

void gil_state(const Arena& a, uint32_t i, InspectorEntry& e, const Waiters& waiting) {
    const ObjectSlot& o = a.object(i);
    lock_state(a, i, e, waiting);
    const auto design = static_cast<core::GilDesign>(o.capacity);
    e.fields.push_back({"design", gil_design_text(design)});
    if (design == core::GilDesign::Switching)
        e.fields.push_back({"switch interval", milliseconds_text(o.value.load(std::memory_order_relaxed))});
    e.fields.push_back({"switches", std::to_string(o.head.load(std::memory_order_relaxed))});
    if (design == core::GilDesign::Switching)
        e.fields.push_back({"drop requests", std::to_string(o.tail.load(std::memory_order_relaxed))});
}

void semaphore_state(const Arena& a, uint32_t i, InspectorEntry& e, const Waiters& waiting,
                     const core::TraceStore& store) {
    const ObjectSlot& o = a.object(i);
    e.summary = "value " + std::to_string(o.count.load(std::memory_order_acquire));
    e.fields.push_back({"initial value", std::to_string(o.value.load(std::memory_order_relaxed))});
    if (const auto holders = store.holders_at(i, store.end_ns()); !holders.empty())
        e.fields.push_back({"acquired by", worker_list(a, holders)});
    add_waiting(a, e, waiting[i]);
}

void condition_state(const Arena& a, uint32_t i, InspectorEntry& e) {
    const ObjectSlot& o = a.object(i);
    const auto lock = static_cast<uint32_t>(o.value.load(std::memory_order_relaxed));
    std::vector<uint16_t> list;
    if (o.heap != 0) {
        const auto* cells = reinterpret_cast<const uint16_t*>(a.heap(o.heap));
        const uint32_t n = std::min(o.waiters.load(std::memory_order_acquire), o.capacity);
        for (uint32_t k = 0; k < n; ++k)
            if (cells[k] < a.worker_count()) list.push_back(cells[k]);
    }
    e.summary = list.empty() ? "nobody waiting for a notify" : std::to_string(list.size()) + " waiting for a notify";
    if (lock < a.object_count()) {
        const uint16_t h = core::holder_of(a, lock);
        e.fields.push_back({"lock", std::string(a.object_name(lock)) +
                                        (h == core::kNoWorker ? " (free)" : " (held by " + std::string(a.worker_name(h)) + ")")});
    }
    add_waiting(a, e, list, "waiting for notify");
}

void queue_state(const Arena& a, uint32_t i, InspectorEntry& e, const Waiters& waiting) {
    const ObjectSlot& o = a.object(i);
    const uint32_t size = o.count.load(std::memory_order_acquire);
    e.summary = std::to_string(size) + (o.capacity ? "/" + std::to_string(o.capacity) : "") + " items" +
                (o.capacity ? "" : " (unbounded)");
    if (o.capacity && size >= o.capacity) e.summary += ", full";
    const auto items = core::queue_contents(a, i, kMaxQueueItems);
    e.fields.push_back({"contents", python_list(items, size)});
    if (const uint32_t u = o.unfinished.load(std::memory_order_relaxed); u > 0)
        e.fields.push_back({"unfinished tasks", std::to_string(u)});
    std::vector<uint16_t> putting, getting;
    for (uint16_t w : waiting[i]) {
        const auto op = static_cast<OpKind>(a.worker(w).pending_op.load(std::memory_order_relaxed));
        (op == OpKind::QueuePut || op == OpKind::QueuePutNowait ? putting : getting).push_back(w);
    }
    add_waiting(a, e, putting, "waiting to put");
    add_waiting(a, e, getting, "waiting to get");
}

void thread_local_state(const Arena& a, uint32_t i, InspectorEntry& e) {
    const auto values = core::thread_local_values(a, i);
    e.summary = values.empty() ? "no thread has set it" : "a value in " + std::to_string(values.size()) + " thread" +
                                                              (values.size() == 1 ? "" : "s");
    for (const auto& [w, v] : values) e.fields.push_back({std::string(a.worker_name(w)), v});
}

void fill_arena_entry(const Arena& a, uint32_t i, InspectorEntry& e, const Waiters& waiting,
                      const core::TraceStore& store) {
    const ObjectSlot& o = a.object(i);
    switch (o.kind) {
        case ObjectKind::Lock:
        case ObjectKind::RLock: lock_state(a, i, e, waiting); break;
        case ObjectKind::Gil: gil_state(a, i, e, waiting); break;
        case ObjectKind::Semaphore:
        case ObjectKind::BoundedSemaphore: semaphore_state(a, i, e, waiting, store); break;
        case ObjectKind::Condition: condition_state(a, i, e); break;
        case ObjectKind::Event:
            e.summary = o.word.load(std::memory_order_acquire) ? "set" : "clear";
            add_waiting(a, e, waiting[i]);
            break;
        case ObjectKind::Queue: queue_state(a, i, e, waiting); break;
        case ObjectKind::Shared:
            e.summary = format_bits(static_cast<core::ValueType>(o.value_type), o.value.load(std::memory_order_acquire));
            break;
        case ObjectKind::ThreadLocal: thread_local_state(a, i, e); break;
        case ObjectKind::Pool:
            if (const auto snap = core::pool_contents(a, i)) pool_state(*snap, e);
            add_waiting(a, e, waiting[i], "waiting for a result");
            break;
        default: break;
    }
}

}  // namespace

bool inspector_shows(ObjectKind kind) { return kind != ObjectKind::None && kind != ObjectKind::Worker; }

std::string format_bits(core::ValueType type, int64_t bits) {
    switch (type) {
        case core::ValueType::Int: return std::to_string(bits);
        case core::ValueType::Double: {
            std::string bytes(sizeof bits, '\0');
            std::memcpy(bytes.data(), &bits, sizeof bits);
            return core::format_value(core::ValueType::Double, bytes);
        }
        case core::ValueType::Bool: return bits ? "True" : "False";
        case core::ValueType::Text: return "a text of " + std::to_string(bits) + " bytes";
        case core::ValueType::None: break;
    }
    return std::to_string(bits);
}

std::vector<InspectorEntry> inspect_arena(const Arena& a, const core::TraceStore& store) {
    const Waiters waiting = blocked_workers(a);
    std::vector<InspectorEntry> out;
    for (uint32_t i = 0; i < a.object_count(); ++i) {
        const ObjectSlot& o = a.object(i);
        if (!o.used.load(std::memory_order_acquire) || !inspector_shows(o.kind)) continue;
        InspectorEntry e;
        e.object = i;
        e.name = std::string(a.object_name(i));
        e.kind = o.kind;
        e.kind_text = kind_text(o.kind);
        fill_arena_entry(a, i, e, waiting, store);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace il::gui
