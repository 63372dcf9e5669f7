#include "core/common/deadlock.hpp"

#include "core/common/i18n.hpp"

#include <algorithm>

namespace il::core {

namespace {

constexpr auto kSc = std::memory_order_seq_cst;

bool is_blocked(const WorkerSlot& s) { return static_cast<WorkerState>(s.state.load(kSc)) == WorkerState::Blocked; }

}  // namespace

void publish_wait(WorkerSlot& w, WorkerState st, uint32_t object) {
    // Leaving Blocked (or changing what it waits for): the epoch moves first,
    // so a reader that still sees the old edge also sees a new epoch when it
    // validates. Entering Blocked: the edge is stored first and the epoch
    // after, so an edge seen with an unchanged epoch was published before the
    // reader's first look at the epoch or is caught by it.
    if (is_blocked(w)) w.wait_epoch.fetch_add(1, kSc);
    // Outside keeps its function too, for the views; the wait-for graph reads
    // only Blocked workers' edges, so code nobody observes is never in a cycle.
    const bool on = st == WorkerState::Blocked || st == WorkerState::Outside;
    w.blocked_on.store(on ? object : kNoObject, kSc);
    w.state.store(static_cast<uint32_t>(st), kSc);
    if (st == WorkerState::Blocked) w.wait_epoch.fetch_add(1, kSc);
}

WaitGraph read_wait_graph(const Arena& a) {
    // Three passes (docs/deadlock_detection.md proves what they guarantee):
    //  1. each worker's epoch, then its edge, then the edge's holder;
    //  2. every holder again: it must not have changed;
    //  3. every epoch again, and the worker count: nothing may have changed.
    // Then every edge held at the instant between passes 1 and 2.
    WaitGraph g;
    g.workers = a.worker_count();
    const uint32_t n = g.workers;
    std::vector<uint32_t> epochs(n, 0);
    g.waits.assign(n, kNoObject);
    g.holders.assign(n, kNoWorker);
    g.live.assign(n, 0);
    for (uint32_t w = 0; w < n; ++w) {
        const WorkerSlot& s = a.worker(w);
        if (!s.used.load(std::memory_order_acquire) || s.done.load(kSc)) continue;
        const auto st = static_cast<WorkerState>(s.state.load(kSc));
        if (st == WorkerState::Done || st == WorkerState::Zombie) continue;
        g.live[w] = 1;
        epochs[w] = s.wait_epoch.load(kSc);
        if (!is_blocked(s)) continue;
        g.waits[w] = s.blocked_on.load(kSc);
        g.holders[w] = holder_of(a, g.waits[w]);
    }
    for (uint32_t w = 0; w < n; ++w)
        if (g.waits[w] != kNoObject && holder_of(a, g.waits[w]) != g.holders[w]) return g;
    for (uint32_t w = 0; w < n; ++w)
        if (g.live[w] && a.worker(w).wait_epoch.load(kSc) != epochs[w]) return g;
    g.stable = a.worker_count() == n;
    return g;
}

namespace {

// In a stable snapshot: does some worker other than `me` not wait for a held object?
bool others_can_move(const WaitGraph& g, uint16_t me) {
    for (uint32_t w = 0; w < g.workers; ++w) {
        if (w == me || !g.live[w]) continue;
        if (g.waits[w] == kNoObject || g.holders[w] == kNoWorker) return true;
    }
    return false;
}

}  // namespace

bool others_can_move(const Arena& a, uint16_t me) {
    const WaitGraph g = read_wait_graph(a);
    return !g.stable || others_can_move(g, me);
}

namespace {

// Follows the live edges from `start` once, without a snapshot: true when the
// chain comes back to `start`. A chain that ends (at a worker not blocked, or
// an object nobody holds) shows no cycle through `start` at that instant, and
// a cycle closed later is closed by a worker that blocks later and checks for
// itself (docs/deadlock_detection.md, "The fast negative"). Only a chain that
// comes back is confirmed with a snapshot, so this never reports anything; it
// spares every contended lock and every join the snapshot's three passes and
// allocations (bench/README.md, Process start+join).
bool chain_returns(const Arena& a, uint16_t start) {
    const uint32_t n = a.worker_count();
    uint16_t w = start;
    for (uint32_t hops = 0; hops <= n && w < n; ++hops) {
        const WorkerSlot& s = a.worker(w);
        if (!is_blocked(s)) return false;
        const uint16_t h = holder_of(a, s.blocked_on.load(kSc));
        if (h == start) return true;
        w = h;  // kNoWorker ends the loop
    }
    return false;
}

}  // namespace

std::optional<Cycle> find_cycle(const Arena& a, uint16_t start) {
    if (!chain_returns(a, start)) return std::nullopt;
    const WaitGraph g = read_wait_graph(a);
    if (!g.stable) return std::nullopt;
    return find_cycle(a, g, start);
}

std::optional<Cycle> find_cycle(const Arena& a, const WaitGraph& g, uint16_t start) {
    if (!g.stable || start >= g.workers) return std::nullopt;
    Cycle c;
    uint16_t w = start;
    for (uint32_t hops = 0; hops <= g.workers; ++hops) {
        const uint32_t obj = g.waits[w];
        const uint16_t h = g.holders[w];
        if (obj == kNoObject || h == kNoWorker) return std::nullopt;
        c.workers.push_back(w);
        c.objects.push_back(obj);
        if (h == start) {
            // Waiting for a plain Lock one holds oneself: any other worker may
            // release it (Python allows that; three locks passed as a baton rely
            // on it), so it is a deadlock only once nobody else can move.
            if (c.workers.size() == 1 && a.object(obj).kind == ObjectKind::Lock && others_can_move(g, start))
                return std::nullopt;
            return c;
        }
        if (std::find(c.workers.begin(), c.workers.end(), h) != c.workers.end())
            return std::nullopt;  // a cycle that does not pass through start: its members report it
        if (h >= g.workers) return std::nullopt;
        w = h;
    }
    return std::nullopt;
}

std::string cycle_sentence(const std::vector<CycleLink>& links) {
    std::string s;
    for (size_t i = 0; i < links.size(); ++i) {
        const CycleLink& l = links[i];
        if (l.join) {
            s += i == 0 ? i18n::trf("{worker} waits for {target} to finish", {{"worker", l.worker}, {"target", l.object}})
                        : i18n::trf(", which waits for {target} to finish", {{"target", l.object}});
        } else if (links.size() == 1) {
            s += i18n::trf("{worker} waits for {object} held by {holder} itself (a Lock is not re-entrant)",
                           {{"worker", l.worker}, {"object", l.object}, {"holder", l.holder}});
        } else {
            s += i == 0 ? i18n::trf("{worker} waits for {object} held by {holder}",
                                    {{"worker", l.worker}, {"object", l.object}, {"holder", l.holder}})
                        : i18n::trf(", which waits for {object} held by {holder}",
                                    {{"object", l.object}, {"holder", l.holder}});
        }
    }
    return s;
}

std::string describe(const Arena& a, const Cycle& c) {
    std::vector<CycleLink> links;
    for (size_t i = 0; i < c.workers.size(); ++i) {
        const ObjectSlot& o = a.object(c.objects[i]);
        const bool join = o.kind == ObjectKind::Worker;
        links.push_back({std::string(a.worker_name(c.workers[i])),
                         std::string(join ? a.worker_name(o.worker) : a.object_name(c.objects[i])),
                         std::string(a.worker_name(c.workers[(i + 1) % c.workers.size()])), join});
    }
    return cycle_sentence(links);
}

std::optional<Cycle> sweep_for_cycle(Arena& a) {
    // Searched afresh every time: the report keeps the first cycle ever found,
    // which a timeout may have broken since, while a new one formed.
    const WaitGraph g = read_wait_graph(a);
    for (uint32_t w = 0; w < g.workers; ++w) {
        if (auto c = find_cycle(a, g, static_cast<uint16_t>(w))) {
            if (report_cycle(a, *c))
                a.record_director(c->workers[0], EventKind::Deadlock, c->objects[0], static_cast<int64_t>(c->workers.size()));
            return c;
        }
    }
    return std::nullopt;
}

bool report_cycle(Arena& a, const Cycle& c) {
    DeadlockReport& r = a.header().deadlock;
    uint32_t expected = 0;
    if (!r.found.compare_exchange_strong(expected, 2, std::memory_order_acq_rel)) return false;
    r.length = static_cast<uint32_t>(std::min(c.workers.size(), DeadlockReport::kMax));
    for (uint32_t i = 0; i < r.length; ++i) {
        r.workers[i] = c.workers[i];
        r.objects[i] = c.objects[i];
        r.lines[i] = a.worker(c.workers[i]).line.load(std::memory_order_relaxed);
    }
    r.found.store(1, std::memory_order_release);
    return true;
}

std::optional<Cycle> reported_cycle(const Arena& a) {
    const DeadlockReport& r = a.header().deadlock;
    if (r.found.load(std::memory_order_acquire) != 1) return std::nullopt;
    Cycle c;
    for (uint32_t i = 0; i < r.length; ++i) {
        c.workers.push_back(r.workers[i]);
        c.objects.push_back(r.objects[i]);
    }
    return c;
}

}  // namespace il::core
