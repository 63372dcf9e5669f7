#include "core/primitives/thread_local.hpp"

#include <atomic>
#include <cstring>

namespace il::core {

namespace {

// One worker's cell in the arena heap (the heap is 64-aligned and zero-filled,
// so a fresh cell reads as version 0: no value).
struct LocalCell {
    std::atomic<uint32_t> version;  // seqlock: 0 never set, odd being written, even set
    uint32_t length;                // bytes of value used
    char value[kLocalValueBytes];
};
static_assert(sizeof(LocalCell) == kLocalCellBytes);

LocalCell& cell_of(const Arena& a, const ObjectSlot& o, uint32_t worker) {
    return reinterpret_cast<LocalCell*>(a.heap(o.heap))[worker];
}

uint16_t need_self() {
    const uint16_t me = self();
    if (me == kNoWorker) throw RuntimeError("interleave: a ThreadLocal was used by a thread that is not a worker");
    return me;
}

}  // namespace

namespace detail {

uint32_t local_create(std::string_view name, ValueType vt, uint32_t line) {
    Arena& a = *arena();
    const uint64_t bytes = uint64_t(a.max_workers()) * kLocalCellBytes;
    const uint32_t id = register_object(ObjectKind::ThreadLocal, name, line, vt, [&](ObjectSlot& s) {
        s.heap = a.allocate(bytes);
        s.item_size = kLocalValueBytes;
        s.storage_items = a.max_workers();
    });
    ObjectSlot& o = a.object(id);
    if (o.heap == 0) {
        report_error(ErrorCode::ArenaFull, id, line);
        throw RuntimeError("interleave: the arena heap is full (a ThreadLocal needs " + std::to_string(bytes) +
                           " bytes)");
    }
    return id;
}

std::optional<std::string> local_get(uint32_t id, bool raise_if_unset, uint32_t line) {
    const uint16_t me = need_self();
    checkpoint(OpKind::LocalGet, id, line);
    Arena& a = *arena();
    const ObjectSlot& o = a.object(id);
    const LocalCell& c = cell_of(a, o, me);
    // Only this worker writes its cell: a relaxed read sees its own last write.
    if (c.version.load(std::memory_order_relaxed) == 0) {
        if (!raise_if_unset) return std::nullopt;
        throw RuntimeError("AttributeError: thread-local '" + std::string(a.object_name(id)) + "' has no value in " +
                           std::string(a.worker_name(me)) + " (each thread sees only what it set itself)");
    }
    std::string v(c.value, std::min<uint32_t>(c.length, kLocalValueBytes));
    emit(EventKind::LocalGet, id, value_event_bits(static_cast<ValueType>(o.value_type), v), line);
    return v;
}

void local_set(uint32_t id, std::string_view bytes, uint32_t line) {
    const uint16_t me = need_self();
    if (bytes.size() > kLocalValueBytes)  // argument check: no step
        throw ValueError("thread-local value of " + std::to_string(bytes.size()) + " bytes is longer than " +
                         std::to_string(kLocalValueBytes) + " bytes");
    Arena& a = *arena();
    const ObjectSlot& o = a.object(id);
    checkpoint(OpKind::LocalSet, id, line, value_event_bits(static_cast<ValueType>(o.value_type), bytes));
    LocalCell& c = cell_of(a, o, me);
    const uint32_t v = c.version.load(std::memory_order_relaxed);
    c.version.store(v + 1, std::memory_order_relaxed);    // odd: readers retry
    std::atomic_thread_fence(std::memory_order_release);  // the odd version is visible before the bytes change
    c.length = static_cast<uint32_t>(bytes.size());
    std::memcpy(c.value, bytes.data(), bytes.size());
    c.version.store(v + 2, std::memory_order_release);    // even: the bytes before it are published
    if (static_cast<ValueType>(o.value_type) == ValueType::Repr)  // the repr itself, for a saved run
        emit_flagged(EventKind::LocalSet, id, console_text_value(bytes.substr(std::min(bytes.size(), kReprKeyBytes))),
                     line, kEventText);
    else
        emit(EventKind::LocalSet, id, value_event_bits(static_cast<ValueType>(o.value_type), bytes), line);
}

}  // namespace detail

std::vector<std::pair<uint16_t, std::string>> thread_local_values(const Arena& a, uint32_t object) {
    std::vector<std::pair<uint16_t, std::string>> out;
    if (object >= a.object_count()) return out;
    const ObjectSlot& o = a.object(object);
    if (o.kind != ObjectKind::ThreadLocal || o.heap == 0) return out;
    const auto vt = static_cast<ValueType>(o.value_type);
    const uint32_t n = std::min(a.worker_count(), o.storage_items);
    for (uint32_t w = 0; w < n; ++w) {
        const LocalCell& c = cell_of(a, o, w);
        for (int attempt = 0; attempt < 100; ++attempt) {  // a writer holds a cell odd for a few stores only
            const uint32_t v1 = c.version.load(std::memory_order_acquire);
            if (v1 == 0) break;
            if (v1 & 1) continue;
            char buf[kLocalValueBytes];
            const uint32_t len = std::min<uint32_t>(c.length, kLocalValueBytes);
            std::memcpy(buf, c.value, len);
            std::atomic_thread_fence(std::memory_order_acquire);  // bytes read before the version re-read
            if (c.version.load(std::memory_order_relaxed) != v1) continue;
            out.emplace_back(static_cast<uint16_t>(w), format_value(vt, std::string_view(buf, len)));
            break;
        }
    }
    return out;
}

}  // namespace il::core
