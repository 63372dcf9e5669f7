// core/primitives/pool_rules.cpp — what the observer and the step controller know of a
// Pool, ThreadPool or executor (core/primitives/kinds.hpp): a result wait is enabled once
// its job's ready bit is set; the read-out is the pool's state, workers, task
// counters and recent results (pool_contents). Pools are core/pool*.cpp and
// core/primitives/executor.cpp.
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"
#include "core/primitives/pool_shared.hpp"

namespace il::core {

namespace {

bool pool_enabled(const Arena& a, const ObjectSlot& o, const WorkerSlot& w, uint16_t, OpKind op) {
    if (op == OpKind::ResultWait) return pool_result_ready(a, o, w.pending_value.load(std::memory_order_relaxed));
    return op != OpKind::Acquire || o.word.load(std::memory_order_acquire) == 0;
}

std::string pool_wait_reason(const WaitQuestion& q) {
    return "the result from " + std::string(q.name) + " is not ready";
}

std::string worker_line(const PoolSnapshot::Worker& w) {
    std::string s = w.task >= 0 ? "running task " + std::to_string(w.task) : "idle";
    s += ", " + std::to_string(w.completed) + " done";
    if (w.generation > 1) s += " (replacement " + std::to_string(w.generation) + ")";
    return s;
}

void pool_state(const PoolSnapshot& p, ObjectView& v) {
    v.kind_text = std::string(to_string(p.kind));
    const uint64_t running = p.started >= p.done ? p.started - p.done : 0;
    v.summary = std::string(to_string(p.state)) + ", " + std::to_string(p.workers_n) + " workers, " +
                std::to_string(running) + " running, " + std::to_string(p.queued) + " queued";
    v.fields.push_back({"tasks", std::to_string(p.submitted) + " submitted, " + std::to_string(p.done) + " done" +
                                     (p.failed ? ", " + std::to_string(p.failed) + " raised" : "")});
    if (p.callbacks) v.fields.push_back({"callbacks run", std::to_string(p.callbacks)});
    if (p.jobs) v.fields.push_back({"results ready", std::to_string(p.jobs_ready) + " of " + std::to_string(p.jobs)});
    for (const auto& w : p.workers)
        v.fields.push_back({w.worker == kNoWorker ? "(not started)" : w.name, worker_line(w)});
    std::string recent;
    for (const auto& r : p.recent) recent += (recent.empty() ? "" : "; ") + r.text + (r.ok ? "" : " (raised)");
    if (!recent.empty()) v.fields.push_back({"recent results", recent});
}

void pool_read(const LiveRead& r, ObjectView& v) {
    if (const auto snap = pool_contents(r.arena, r.object)) pool_state(*snap, v);
    add_waiting(r.arena, v, r.blocked, "waiting for a result");
}

void pool_read_saved(const SavedRead& r, ObjectView& v) {
    const auto it = r.facts.pools.find(r.object);
    const SavedFacts::Tasks t = it == r.facts.pools.end() ? SavedFacts::Tasks{} : it->second;
    v.summary = std::to_string(t.done) + " of " + std::to_string(t.submitted) + " tasks done";
    v.fields.push_back({"tasks", std::to_string(t.submitted) + " submitted, " + std::to_string(t.started) +
                                     " started, " + std::to_string(t.done) + " done" +
                                     (t.raised ? ", " + std::to_string(t.raised) + " raised" : "")});
}

}  // namespace

const KindRules kPoolRules{
    .in_graph = true, .enabled = pool_enabled, .wait_reason = pool_wait_reason, .read_live = pool_read,
    .read_saved = pool_read_saved, .blocked_call = {}};

}  // namespace il::core
