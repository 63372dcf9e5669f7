// tests/support/pool_tasks.hpp — reading a pool's task events for tests:
// from an in-process arena (all_events) or from an observed run's TraceStore.
// TaskTrace answers the structural questions the pool claims rest on: how
// many tasks each worker ran, how many ran at once, who ran the callbacks.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/trace/trace.hpp"
#include "tests/support/event_log.hpp"

namespace il::test {

class TaskTrace {
public:
    // Events of one pool (object == pool), in seq order; names: worker index -> name.
    TaskTrace(std::span<const core::TraceEvent> events, uint32_t pool, std::function<std::string(uint16_t)> names)
        : names_(std::move(names)) {
        for (const core::TraceEvent& e : events)
            if (e.object == pool && is_task_event(e.kind)) evs_.push_back(e);
        std::sort(evs_.begin(), evs_.end(), [](const auto& x, const auto& y) { return x.seq < y.seq; });
    }
    TaskTrace(const core::Arena& a, uint32_t pool)
        : TaskTrace(all_events(a), pool, [&a](uint16_t w) { return std::string(a.worker_name(w)); }) {}
    TaskTrace(const core::TraceStore& st, uint32_t pool)
        : TaskTrace(st.events(), pool, [&st](uint16_t w) { return std::string(st.worker_name(w)); }) {}

    static bool is_task_event(core::EventKind k) {
        return k == core::EventKind::TaskSubmit || k == core::EventKind::TaskStart || k == core::EventKind::TaskDone ||
               k == core::EventKind::TaskCallback;
    }
    const std::vector<core::TraceEvent>& events() const { return evs_; }
    // The same trace limited to tasks lo..hi (inclusive).
    TaskTrace tasks(int64_t lo, int64_t hi) const {
        TaskTrace t = *this;
        std::erase_if(t.evs_, [&](const core::TraceEvent& e) { return e.value < lo || e.value > hi; });
        return t;
    }
    // The seq of the first event of kind k for task i (0 if none).
    uint64_t seq_of(core::EventKind k, int64_t task) const {
        for (const auto& e : evs_)
            if (e.kind == k && e.value == task) return e.seq;
        return 0;
    }
    size_t count(core::EventKind k) const {
        return static_cast<size_t>(std::count_if(evs_.begin(), evs_.end(), [&](const auto& e) { return e.kind == k; }));
    }
    std::vector<int64_t> values(core::EventKind k) const {
        std::vector<int64_t> v;
        for (const auto& e : evs_)
            if (e.kind == k) v.push_back(e.value);
        return v;
    }
    size_t failed_tasks() const {
        return static_cast<size_t>(std::count_if(evs_.begin(), evs_.end(), [](const auto& e) {
            return e.kind == core::EventKind::TaskDone && (e.flags & 1);
        }));
    }
    // Tasks started per worker name.
    std::map<std::string, size_t> tasks_per_worker() const {
        std::map<std::string, size_t> m;
        for (const auto& e : evs_)
            if (e.kind == core::EventKind::TaskStart) ++m[names_(e.worker)];
        return m;
    }
    // The most tasks running at once (between a TaskStart and its TaskDone), in seq order.
    size_t max_overlap() const {
        size_t now = 0, most = 0;
        for (const auto& e : evs_) {
            if (e.kind == core::EventKind::TaskStart) most = std::max(most, ++now);
            else if (e.kind == core::EventKind::TaskDone && now > 0) --now;
        }
        return most;
    }
    std::set<std::string> workers_of(core::EventKind k) const {
        std::set<std::string> s;
        for (const auto& e : evs_)
            if (e.kind == k) s.insert(names_(e.worker));
        return s;
    }
    std::set<std::string> callback_workers() const { return workers_of(core::EventKind::TaskCallback); }
    std::set<std::string> submitters() const { return workers_of(core::EventKind::TaskSubmit); }
    // Every TaskStart of task i comes after a TaskSubmit of task i.
    bool each_start_follows_its_submit() const {
        std::set<int64_t> submitted;
        for (const auto& e : evs_) {
            if (e.kind == core::EventKind::TaskSubmit) submitted.insert(e.value);
            if (e.kind == core::EventKind::TaskStart && !submitted.count(e.value)) return false;
        }
        return true;
    }

private:
    std::vector<core::TraceEvent> evs_;
    std::function<std::string(uint16_t)> names_;
};

}  // namespace il::test
