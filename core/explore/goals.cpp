#include "core/explore/goals.hpp"

#include <map>
#include <set>
#include <vector>

#include "core/common/i18n.hpp"

namespace il::core {

namespace {

std::string names(const std::vector<std::string>& all) {
    std::string s;
    for (const std::string& n : all) s += (s.empty() ? "" : ", ") + n;
    return s;
}

// The object named `name`, or a GoalError listing the locks and semaphores there are.
uint32_t find_lock(const TraceStore& store, const std::string& name) {
    std::vector<std::string> locks;
    for (uint32_t o = 0; o < store.object_count(); ++o) {
        const ObjectKind k = store.object(o).kind;
        if (k != ObjectKind::Lock && k != ObjectKind::RLock && k != ObjectKind::Semaphore &&
            k != ObjectKind::BoundedSemaphore)
            continue;
        if (store.object_name(o) == name) return o;
        locks.emplace_back(store.object_name(o));
    }
    throw GoalError(i18n::trf("the run has no lock named '{name}' (it has: {list})",
                              {{"name", name}, {"list", locks.empty() ? std::string("none") : names(locks)}}));
}

uint16_t find_worker(const TraceStore& store, const std::string& name) {
    if (const uint16_t w = store.find_worker(name); w != kNoWorker) return w;
    std::vector<std::string> all;
    for (size_t w = 0; w < store.worker_count(); ++w) all.emplace_back(store.worker_name(static_cast<uint16_t>(w)));
    throw GoalError(i18n::trf("the run has no worker named '{name}' (it has: {list})", {{"name", name}, {"list", names(all)}}));
}

}  // namespace

std::string Section::describe() const {
    if (!lock.empty()) return i18n::trf("the section guarded by {lock}", {{"lock", lock}});
    return i18n::trf("lines {first}–{last}", {{"first", std::to_string(first_line)}, {"last", std::to_string(last_line)}});
}

std::string two_inside(const TraceStore& store, const Section& s) {
    const uint32_t lock = s.lock.empty() ? kNoObject : find_lock(store, s.lock);
    std::set<uint16_t> inside;
    uint64_t step = 0;
    for (const TraceEvent& e : store.events()) {
        if (e.kind == EventKind::Step) ++step;
        if (e.kind == EventKind::WorkerExit) {
            inside.erase(e.worker);
        } else if (lock == kNoObject) {
            if (e.kind != EventKind::Step) continue;
            if (e.line >= s.first_line && e.line <= s.last_line) inside.insert(e.worker);
            else inside.erase(e.worker);
        } else if (e.object == lock && e.kind == EventKind::Obtain) {
            inside.insert(e.worker);
        } else if (e.object == lock && e.kind == EventKind::Release &&
                   (store.object(lock).kind != ObjectKind::RLock || e.value == 0)) {  // an RLock's last release
            inside.erase(e.worker);
        }
        if (inside.size() >= 2) {
            std::vector<std::string> who;
            for (uint16_t w : inside) who.emplace_back(store.worker_name(w));
            return i18n::trf("{workers} are inside {section} at once (step {step})",
                             {{"workers", names(who)}, {"section", s.describe()}, {"step", std::to_string(step)}});
        }
    }
    return {};
}

std::string starved(const TraceStore& store, const std::string& worker, uint32_t steps) {
    const uint16_t w = find_worker(store, worker);
    bool ready = false;
    uint64_t step = 0, since = 0, others = 0;
    for (const TraceEvent& e : store.events()) {
        if (e.kind == EventKind::Step) ++step;
        if (e.worker == w) {
            if (e.kind == EventKind::Ready) {
                ready = true;
                since = step + 1;
                others = 0;
            } else if (e.kind == EventKind::Block || e.kind == EventKind::Step || e.kind == EventKind::WorkerExit) {
                ready = false;
            }
            continue;
        }
        if (ready && e.kind == EventKind::Step && ++others >= steps)
            return i18n::trf("{worker} stayed ready while the others took {n} steps (steps {from}–{to})",
                             {{"worker", worker}, {"n", std::to_string(others)}, {"from", std::to_string(since)},
                              {"to", std::to_string(step)}});
    }
    return {};
}

namespace {

// The process named `worker`, or any (kNoWorker) when it is empty.
uint16_t process_or_any(const TraceStore& store, const std::string& worker) {
    return worker.empty() ? kNoWorker : find_worker(store, worker);
}

}  // namespace

std::string orphaned(const TraceStore& store, const std::string& worker) {
    const uint16_t only = process_or_any(store, worker);
    std::set<uint16_t> ended;
    uint64_t step = 0;
    for (const TraceEvent& e : store.events()) {
        if (e.kind == EventKind::Step) ++step;
        if (e.kind == EventKind::WorkerExit) ended.insert(e.worker);
        if (e.kind != EventKind::Orphaned) continue;
        const auto orphan = static_cast<uint16_t>(e.value);
        if ((only != kNoWorker && orphan != only) || ended.contains(orphan)) continue;
        return i18n::trf("{orphan} was orphaned: {parent} ended while it still ran (step {step})",
                         {{"orphan", std::string(store.worker_name(orphan))},
                          {"parent", std::string(store.worker_name(e.worker))},
                          {"step", std::to_string(step)}});
    }
    return {};
}

std::string zombie(const TraceStore& store, const std::string& worker, uint32_t steps) {
    const uint16_t only = process_or_any(store, worker);
    struct Dead {
        uint64_t since = 0, others = 0;  // the step it ended after; steps taken since
    };
    std::map<uint16_t, Dead> zombies;    // ended processes not yet reaped
    uint64_t step = 0;
    for (const TraceEvent& e : store.events()) {
        if (e.kind == EventKind::WorkerExit && store.worker(e.worker).kind == WorkerKind::Process &&
            (only == kNoWorker || e.worker == only)) {
            zombies[e.worker] = {step + 1, 0};
        } else if (e.kind == EventKind::Reaped) {
            zombies.erase(static_cast<uint16_t>(e.value));
        } else if (e.kind == EventKind::Step) {
            ++step;
            for (auto& [w, z] : zombies)
                if (++z.others >= steps)
                    return i18n::trf("{worker} stayed a zombie while the others took {n} steps (steps {from}–{to})",
                                     {{"worker", std::string(store.worker_name(w))}, {"n", std::to_string(z.others)},
                                      {"from", std::to_string(z.since)}, {"to", std::to_string(step)}});
        }
    }
    return {};
}

}  // namespace il::core
