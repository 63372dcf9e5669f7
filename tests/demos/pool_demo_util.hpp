// tests/demos/pool_demo_util.hpp — what the Pool demo tests read from an
// observed run besides demo_trace.hpp's helpers: a pool's task trace by the
// pool's object name, and where a printed line falls in the event order.
#pragma once

#include <string>
#include <string_view>

#include "demo_trace.hpp"
#include "tests/support/pool_tasks.hpp"

namespace il::demo_test {

inline il::test::TaskTrace pool_tasks(const TraceStore& s, std::string_view pool_name) {
    return il::test::TaskTrace(s, object(s, pool_name));
}

// The seq of the first Print whose text starts with `prefix` (0 if none).
inline uint64_t print_seq(const TraceStore& s, std::string_view prefix) {
    for (const TraceEvent& e : s.events())
        if (e.kind == EventKind::Print && s.text(static_cast<uint32_t>(e.value)).starts_with(prefix)) return e.seq;
    return 0;
}

inline bool has_note(const Observation& o, std::string_view text) {
    for (const std::string& n : o.notes)
        if (n.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace il::demo_test
