#include "core/explore/independence.hpp"

#include <algorithm>
#include <utility>

#include "core/common/event.hpp"

namespace il::core {

namespace {

// Stand for the console in a Print's footprint (prints keep their order),
// and for the run's clock in a Sleep's: in step mode a sleep moves one clock
// shared by the run (core/runtime: run_clock_ns), so sleeps keep theirs.
constexpr uint32_t kConsole = 0xFFFFFFF0u;
constexpr uint32_t kClock = 0xFFFFFFF1u;

bool is_barrier(OpKind op) {
    switch (op) {
        case OpKind::StartThread: case OpKind::StartProcess: case OpKind::Join: case OpKind::Terminate:
        case OpKind::Exit: case OpKind::CondWait: case OpKind::CondNotify: case OpKind::CondResume:
        case OpKind::PoolSubmit: case OpKind::ResultWait: case OpKind::None:
            return true;
        default:
            return false;
    }
}

}  // namespace

Footprint footprint_of(const Arena& a, const Choice& c) {
    const WorkerSlot& w = a.worker(c.worker);
    const auto op = static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire));
    Footprint f;
    f.worker = c.worker;
    f.object = op == OpKind::Print   ? kConsole
               : op == OpKind::Sleep ? kClock
                                     : w.pending_object.load(std::memory_order_relaxed);
    f.sleep = op == OpKind::Sleep;
    f.barrier = c.grant != Grant::Proceed || is_barrier(op);
    return f;
}

bool dependent(const Footprint& a, const Footprint& b) {
    return a.barrier || b.barrier || a.worker == b.worker || (a.object != kNoObject && a.object == b.object);
}

std::vector<Choice> fewest_switches(const std::vector<SeenStep>& steps) {
    const size_t n = steps.size();
    constexpr size_t kNone = SIZE_MAX;
    // Dependence is a chain per worker and per object, and a barrier stands
    // between everything before it and everything after: a step may come
    // next once the step before it of its worker, of its object, and the
    // barrier before it are placed (and, for a barrier, every step before it).
    std::vector<size_t> after_worker(n, kNone), after_object(n, kNone), after_barrier(n, kNone);
    {
        std::vector<std::pair<uint16_t, size_t>> last_worker;
        std::vector<std::pair<uint32_t, size_t>> last_object;
        size_t barrier = kNone;
        const auto last = [](auto& v, auto key, size_t i) {
            for (auto& [k, at] : v)
                if (k == key) return std::exchange(at, i);
            v.emplace_back(key, i);
            return kNone;
        };
        for (size_t i = 0; i < n; ++i) {
            const Footprint& f = steps[i].fp;
            after_worker[i] = last(last_worker, f.worker, i);
            if (f.object != kNoObject) after_object[i] = last(last_object, f.object, i);
            after_barrier[i] = barrier;
            if (f.barrier) barrier = i;
        }
    }
    std::vector<bool> placed(n, false);
    size_t placed_count = 0, unplaced_from = 0;  // every step before unplaced_from is placed
    uint16_t workers = 0;
    for (const SeenStep& s : steps) workers = std::max<uint16_t>(workers, static_cast<uint16_t>(s.fp.worker + 1));
    std::vector<std::vector<size_t>> of(workers);
    for (size_t i = 0; i < n; ++i) of[steps[i].fp.worker].push_back(i);
    std::vector<size_t> next(workers, 0);
    const auto done = [&](size_t i) { return i == kNone || placed[i]; };
    const auto free_to_go = [&](uint16_t w) -> size_t {
        if (next[w] >= of[w].size()) return kNone;
        const size_t i = of[w][next[w]];
        if (!done(after_worker[i]) || !done(after_object[i]) || !done(after_barrier[i])) return kNone;
        if (steps[i].fp.barrier && unplaced_from < i) return kNone;
        return i;
    };
    std::vector<Choice> out;
    out.reserve(n);
    uint16_t last = kNoWorker;
    while (placed_count < n) {
        size_t pick = kNone;
        if (last != kNoWorker) {
            pick = free_to_go(last);
            if (pick != kNone && steps[pick].fp.sleep) pick = kNone;  // a sleep hands over, if anyone else can go
        }
        for (uint16_t k = 1; pick == kNone && k <= workers; ++k) {
            const auto w = static_cast<uint16_t>(last == kNoWorker ? k - 1 : (last + k) % workers);
            pick = free_to_go(w);
        }
        if (pick == kNone && last != kNoWorker) pick = free_to_go(last);  // only the sleeper can go
        if (pick == kNone) break;  // cannot happen: the run's own order is one such order
        placed[pick] = true;
        ++placed_count;
        while (unplaced_from < n && placed[unplaced_from]) ++unplaced_from;
        ++next[steps[pick].fp.worker];
        last = steps[pick].fp.worker;
        out.push_back(steps[pick].chosen);
    }
    return out;
}

namespace {

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
uint64_t worker_term(uint16_t w, uint64_t h) { return mix(h ^ mix(0x5700000000ull + w)); }
uint64_t object_term(uint32_t o, uint64_t h) { return mix(h ^ mix(0x0B00000000000ull + o)); }

}  // namespace

TraceKey::Change TraceKey::change(const Footprint& f) const {
    Change c{};
    const auto w = workers_.find(f.worker);
    const Seq before = w == workers_.end() ? Seq{} : w->second;
    c.worker_before = w == workers_.end() ? 0 : worker_term(f.worker, before.hash);
    c.worker = {mix(before.hash + 1 + barriers_), before.length + 1};
    c.worker_after = worker_term(f.worker, c.worker.hash);
    if (f.object != kNoObject) {
        const auto o = objects_.find(f.object);
        const Seq ob = o == objects_.end() ? Seq{} : o->second;
        c.object_before = o == objects_.end() ? 0 : object_term(f.object, ob.hash);
        c.object = {mix(ob.hash + 1 + ((uint64_t{f.worker} << 32) | before.length)), ob.length + 1};
        c.object_after = object_term(f.object, c.object.hash);
    }
    return c;
}

void TraceKey::add(const Footprint& f) {
    const Change c = change(f);
    sum_ += c.worker_after - c.worker_before;
    workers_[f.worker] = c.worker;
    if (f.object != kNoObject) {
        sum_ += c.object_after - c.object_before;
        objects_[f.object] = c.object;
    }
    if (f.barrier) ++barriers_;
}

uint64_t TraceKey::key_with(const Footprint& f) const {
    const Change c = change(f);
    uint64_t k = sum_ + c.worker_after - c.worker_before;
    if (f.object != kNoObject) k += c.object_after - c.object_before;
    return k;
}

}  // namespace il::core
