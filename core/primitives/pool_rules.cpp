// core/primitives/pool_rules.cpp — what the observer and the step controller know of a
// Pool, ThreadPool or executor (core/primitives/kinds.hpp): a result wait is enabled once
// its job's ready bit is set; the read-out is the pool's state, workers, task
// counters and recent results (pool_contents). Pools are core/pool*.cpp and
// core/primitives/executor.cpp.
#include "core/common/i18n.hpp"
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
    return i18n::trf("the result from {pool} is not ready", {{"pool", q.name}});
}

// "8 submitted, 5 done, 1 raised" (with "6 started, " when known)
std::string tasks_text(uint64_t submitted, std::optional<uint64_t> started, uint64_t done, uint64_t raised) {
    std::string s = i18n::trf("{n} submitted", {{"n", std::to_string(submitted)}});
    if (started) s += i18n::trf(", {n} started", {{"n", std::to_string(*started)}});
    s += i18n::trf(", {n} done", {{"n", std::to_string(done)}});
    if (raised) s += i18n::trf(", {n} raised", {{"n", std::to_string(raised)}});
    return s;
}

std::string worker_line(const PoolSnapshot::Worker& w) {
    std::string s = w.task >= 0 ? i18n::trf("running task {task}", {{"task", std::to_string(w.task)}})
                                : std::string(i18n::tr("idle"));
    s += i18n::trf(", {n} done", {{"n", std::to_string(w.completed)}});
    if (w.generation > 1) s += i18n::trf(" (replacement {n})", {{"n", std::to_string(w.generation)}});
    return s;
}

void pool_state(const PoolSnapshot& p, ObjectView& v) {
    v.kind_text = std::string(to_string(p.kind));
    const uint64_t running = p.started >= p.done ? p.started - p.done : 0;
    v.summary = i18n::trf("{state}, {workers} workers, {running} running, {queued} queued",
                          {{"state", to_string(p.state)},  // CPython's own name of the state: RUN, CLOSE, TERMINATE
                           {"workers", std::to_string(p.workers_n)},
                           {"running", std::to_string(running)},
                           {"queued", std::to_string(p.queued)}});
    v.fields.push_back({N_("tasks"), tasks_text(p.submitted, std::nullopt, p.done, p.failed)});
    if (p.callbacks) v.fields.push_back({N_("callbacks run"), std::to_string(p.callbacks)});
    if (p.jobs)
        v.fields.push_back({N_("results ready"), i18n::trf("{ready} of {all}", {{"ready", std::to_string(p.jobs_ready)},
                                                                                {"all", std::to_string(p.jobs)}})});
    for (const auto& w : p.workers)
        v.fields.push_back({w.worker == kNoWorker ? std::string(N_("(not started)")) : w.name, worker_line(w)});
    std::string recent;
    for (const auto& r : p.recent)
        recent += (recent.empty() ? "" : "; ") + (r.ok ? r.text : i18n::trf("{result} (raised)", {{"result", r.text}}));
    if (!recent.empty()) v.fields.push_back({N_("recent results"), recent});
}

void pool_read(const LiveRead& r, ObjectView& v) {
    if (const auto snap = pool_contents(r.arena, r.object)) pool_state(*snap, v);
    add_waiting(r.arena, v, r.blocked, N_("waiting for a result"));
}

void pool_read_saved(const SavedRead& r, ObjectView& v) {
    const auto it = r.facts.pools.find(r.object);
    const SavedFacts::Tasks t = it == r.facts.pools.end() ? SavedFacts::Tasks{} : it->second;
    v.summary = i18n::trf("{done} of {submitted} tasks done",
                          {{"done", std::to_string(t.done)}, {"submitted", std::to_string(t.submitted)}});
    v.fields.push_back({N_("tasks"), tasks_text(t.submitted, t.started, t.done, t.raised)});
}

}  // namespace

const KindRules kPoolRules{
    .in_graph = true, .enabled = pool_enabled, .wait_reason = pool_wait_reason, .read_live = pool_read,
    .read_saved = pool_read_saved, .blocked_call = {}};

}  // namespace il::core
