// core/primitives/kind_util.hpp — small pieces the kinds' rules (core/primitives/*_rules.cpp) share
// to word their read-outs. Internal to those files and core/observer/snapshot.cpp.
//
// Observer side, pure functions. Thread rules: none.
#pragma once

#include "core/common/i18n.hpp"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/observer/snapshot.hpp"

namespace il::core {

// What only the raw events of a saved run tell, gathered in one pass: the
// last value each worker stored in each ThreadLocal, each pool's task counts.
struct SavedFacts {
    std::map<uint32_t, std::map<uint16_t, int64_t>> locals;  // object -> worker -> value bits
    std::map<uint32_t, std::map<uint16_t, std::string>> local_texts;  // a Python value's repr (kEventText)
    struct Tasks {
        uint64_t submitted = 0, started = 0, done = 0, raised = 0;
    };
    std::map<uint32_t, Tasks> pools;
};
SavedFacts gather_saved_facts(const TraceStore& s);

// "Thread-1, Thread-2" from the arena's names, or from a saved run's.
std::string worker_list(const Arena& a, const std::vector<uint16_t>& ws);
std::string worker_list(const TraceStore& s, const std::vector<uint16_t>& ws);
// Adds "<label>: Thread-2, Thread-3" and marks the object contended (nothing when `ws` is empty).
void add_waiting(const Arena& a, ObjectView& v, const std::vector<uint16_t>& ws, const char* label = N_("waiting"));
// "held by Thread-1" or "free", from a live holder.
std::string held_text(const Arena& a, uint16_t holder);
// 5000000 -> "5 ms"
std::string milliseconds_text(int64_t ns);
// Python's list repr of the items shown; "…" marks items left out of `total`.
std::string python_list(const std::vector<std::string>& items, size_t total);

}  // namespace il::core
