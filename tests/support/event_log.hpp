// tests/support/event_log.hpp — reads every event still in an arena's rings
// without consuming them (tests only; the observer's TraceStore consumes).
#pragma once

#include <algorithm>
#include <vector>

#include "core/common/arena.hpp"

namespace il::test {

inline std::vector<core::TraceEvent> all_events(const core::Arena& a) {
    std::vector<core::TraceEvent> out;
    const uint32_t cap = a.header().ring_capacity;
    for (uint32_t w = 0; w <= a.max_workers(); ++w) {
        if (w < a.max_workers() && w >= a.worker_count()) continue;
        const core::WorkerSlot& s = a.worker(w);
        const uint64_t head = s.ring_head.load(std::memory_order_acquire);
        const uint64_t first = head > cap ? head - cap : 0;
        for (uint64_t i = std::max(first, s.ring_tail.load()); i < head; ++i) out.push_back(a.ring(w)[i & (cap - 1)]);
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.seq < y.seq; });
    return out;
}

inline size_t count_kind(const std::vector<core::TraceEvent>& evs, core::EventKind k, uint32_t object = core::kNoObject) {
    return static_cast<size_t>(std::count_if(evs.begin(), evs.end(), [&](const core::TraceEvent& e) {
        return e.kind == k && (object == core::kNoObject || e.object == object);
    }));
}

}  // namespace il::test
