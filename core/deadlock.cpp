#include "core/deadlock.hpp"

#include <algorithm>

namespace il::core {

namespace {

uint32_t waits_for(const Arena& a, uint16_t w) {
    const WorkerSlot& s = a.worker(w);
    if (static_cast<WorkerState>(s.state.load(std::memory_order_acquire)) != WorkerState::Blocked) return kNoObject;
    return s.blocked_on.load(std::memory_order_acquire);
}

}  // namespace

bool others_can_move(const Arena& a, uint16_t me) {
    for (uint32_t w = 0; w < a.worker_count(); ++w) {
        if (w == me) continue;
        const WorkerSlot& s = a.worker(w);
        if (!s.used.load(std::memory_order_acquire) || s.done.load(std::memory_order_acquire)) continue;
        const auto st = static_cast<WorkerState>(s.state.load(std::memory_order_acquire));
        if (st == WorkerState::Done || st == WorkerState::Zombie) continue;  // New: may be starting right now
        const uint32_t obj = waits_for(a, static_cast<uint16_t>(w));
        if (obj == kNoObject || holder_of(a, obj) == kNoWorker) return true;
    }
    return false;
}

uint16_t holder_of(const Arena& a, uint32_t object) {
    if (object >= a.object_count()) return kNoWorker;
    const ObjectSlot& o = a.object(object);
    switch (o.kind) {
        case ObjectKind::Lock:
        case ObjectKind::RLock: {
            const uint32_t h = o.holder.load(std::memory_order_acquire);
            return h == 0 ? kNoWorker : static_cast<uint16_t>(h - 1);
        }
        case ObjectKind::Worker: {
            const WorkerSlot& t = a.worker(o.worker);
            return t.done.load(std::memory_order_acquire) ? kNoWorker : static_cast<uint16_t>(o.worker);
        }
        default: return kNoWorker;
    }
}

std::optional<Cycle> find_cycle(const Arena& a, uint16_t start) {
    Cycle c;
    uint16_t w = start;
    const uint32_t limit = a.worker_count() + 1;
    for (uint32_t hops = 0; hops < limit; ++hops) {
        const uint32_t obj = waits_for(a, w);
        if (obj == kNoObject) return std::nullopt;
        const uint16_t h = holder_of(a, obj);
        if (h == kNoWorker) return std::nullopt;
        c.workers.push_back(w);
        c.objects.push_back(obj);
        if (h == start) {
            // Waiting for a plain Lock one holds oneself: any other worker may
            // release it (Python allows that; three locks passed as a baton rely
            // on it), so it is a deadlock only once nobody else can move.
            if (c.workers.size() == 1 && a.object(obj).kind == ObjectKind::Lock && others_can_move(a, start))
                return std::nullopt;
            // Re-read every edge: a cycle seen through moving parts is not reported.
            for (size_t i = 0; i < c.workers.size(); ++i) {
                const uint16_t next = c.workers[(i + 1) % c.workers.size()];
                if (waits_for(a, c.workers[i]) != c.objects[i] || holder_of(a, c.objects[i]) != next)
                    return std::nullopt;
            }
            return c;
        }
        if (std::find(c.workers.begin(), c.workers.end(), h) != c.workers.end())
            return std::nullopt;  // a cycle that does not pass through start: its members report it
        w = h;
    }
    return std::nullopt;
}

std::string describe(const Arena& a, const Cycle& c) {
    std::string s;
    for (size_t i = 0; i < c.workers.size(); ++i) {
        const uint16_t next = c.workers[(i + 1) % c.workers.size()];
        s += i == 0 ? "" : ", which ";
        s += i == 0 ? std::string(a.worker_name(c.workers[i])) + " " : "";
        const ObjectSlot& o = a.object(c.objects[i]);
        if (o.kind == ObjectKind::Worker) {
            s += "waits for " + std::string(a.worker_name(o.worker)) + " to finish";
        } else {
            s += "waits for " + std::string(a.object_name(c.objects[i])) + " held by " +
                 std::string(a.worker_name(next));
        }
    }
    if (c.workers.size() == 1 && a.object(c.objects[0]).kind != ObjectKind::Worker)
        s += " itself (a Lock is not re-entrant)";
    return s;
}

std::optional<Cycle> sweep_for_cycle(Arena& a) {
    // Searched afresh every time: the report keeps the first cycle ever found,
    // which a timeout may have broken since, while a new one formed.
    for (uint32_t w = 0; w < a.worker_count(); ++w) {
        if (auto c = find_cycle(a, static_cast<uint16_t>(w))) {
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
