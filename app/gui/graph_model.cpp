// app/gui/graph_model.cpp — building the wait-for graph (see graph_model.hpp).
#include "app/gui/graph_model.hpp"

#include <algorithm>

namespace il::gui {

using core::ObjectKind;
using core::WorkerState;

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// Collects nodes and edges by index, then marks the cycle.
class GraphBuilder {
public:
    GraphBuilder(size_t workers, size_t objects) : worker_rank_(workers, kNone), object_rank_(objects, kNone) {}

    GraphNode& add_worker(uint32_t w) {
        worker_rank_[w] = g_.workers.size();
        g_.workers.push_back({});
        g_.workers.back().index = w;
        return g_.workers.back();
    }
    GraphNode& add_object(uint32_t o) {
        object_rank_[o] = g_.objects.size();
        g_.objects.push_back({});
        g_.objects.back().index = o;
        return g_.objects.back();
    }
    void holds(uint32_t object, uint16_t worker) {
        const auto from = object_ref(object), to = worker_ref(worker);
        if (from && to) add({EdgeKind::Holds, *from, *to});
    }
    // `joined`: the worker a worker object stands for (a join), kNoWorker for other objects.
    void waits(uint16_t worker, uint32_t object, uint16_t joined) {
        const auto from = worker_ref(worker);
        const auto to = joined != core::kNoWorker ? worker_ref(joined) : object_ref(object);
        if (from && to && !(*from == *to)) add({EdgeKind::Waits, *from, *to});
    }
    // Marks the cycle: workers[i] waits for objects[i], held by workers[i+1].
    void mark_cycle(const core::Cycle& c, const std::vector<uint16_t>& joined_of_cycle) {
        const size_t n = c.workers.size();
        for (size_t i = 0; i < n; ++i) {
            const uint16_t w = c.workers[i], next = c.workers[(i + 1) % n];
            const auto wr = worker_ref(w);
            if (wr) g_.workers[wr->rank].in_cycle = true;
            const uint16_t joined = joined_of_cycle[i];
            const auto target = joined != core::kNoWorker ? worker_ref(joined) : object_ref(c.objects[i]);
            if (!wr || !target) continue;
            if (!target->worker) g_.objects[target->rank].in_cycle = true;
            mark({EdgeKind::Waits, *wr, *target});
            if (!target->worker) {
                if (const auto nr = worker_ref(next)) mark({EdgeKind::Holds, *target, *nr});
            }
        }
        g_.has_cycle = n > 0;
    }
    WaitGraph take() { return std::move(g_); }

private:
    std::optional<NodeRef> worker_ref(uint32_t w) const {
        if (w >= worker_rank_.size() || worker_rank_[w] == kNone) return std::nullopt;
        return NodeRef{true, worker_rank_[w]};
    }
    std::optional<NodeRef> object_ref(uint32_t o) const {
        if (o >= object_rank_.size() || object_rank_[o] == kNone) return std::nullopt;
        return NodeRef{false, object_rank_[o]};
    }
    void add(const GraphEdge& e) {
        if (std::find(g_.edges.begin(), g_.edges.end(), e) == g_.edges.end()) g_.edges.push_back(e);
    }
    // A cycle edge the snapshot missed (the arena moved) is added, so the cycle is always whole.
    void mark(GraphEdge e) {
        for (GraphEdge& x : g_.edges)
            if (x.kind == e.kind && x.from == e.from && x.to == e.to) {
                x.in_cycle = true;
                return;
            }
        e.in_cycle = true;
        g_.edges.push_back(e);
    }

    WaitGraph g_;
    std::vector<size_t> worker_rank_, object_rank_;
};

std::string state_text(WorkerState s) { return std::string(to_string(s)); }

std::string kind_text(ObjectKind k) { return k == ObjectKind::Gil ? "GIL" : std::string(to_string(k)); }

// "Lock", "Lock, free", "Queue 2/3", "Event: set" … from a level (queue size, flag, value).
std::string object_detail(ObjectKind k, std::optional<int64_t> level, uint32_t capacity, bool held) {
    std::string s = kind_text(k);
    switch (k) {
        case ObjectKind::Lock:
        case ObjectKind::RLock:
        case ObjectKind::Gil: return held ? s : s + ", free";  // a hold is drawn as an edge
        case ObjectKind::Event: return level ? s + (*level ? ": set" : ": clear") : s;
        case ObjectKind::Semaphore:
        case ObjectKind::BoundedSemaphore: return level ? s + " = " + std::to_string(*level) : s;
        case ObjectKind::Queue:
            if (!level) return s;
            return s + " " + std::to_string(*level) + (capacity ? "/" + std::to_string(capacity) : " (unbounded)");
        default: return s;
    }
}

}  // namespace

bool graph_shows(ObjectKind kind) {
    switch (kind) {
        case ObjectKind::Lock:
        case ObjectKind::RLock:
        case ObjectKind::Semaphore:
        case ObjectKind::BoundedSemaphore:
        case ObjectKind::Condition:
        case ObjectKind::Event:
        case ObjectKind::Queue:
        case ObjectKind::Gil:
        case ObjectKind::Pool: return true;
        default: return false;
    }
}

namespace {

std::optional<int64_t> arena_level(const core::ObjectSlot& o) {
    switch (o.kind) {
        case ObjectKind::Event: return o.word.load(std::memory_order_acquire);
        case ObjectKind::Semaphore:
        case ObjectKind::BoundedSemaphore:
        case ObjectKind::Queue: return o.count.load(std::memory_order_acquire);
        default: return std::nullopt;
    }
}

uint16_t gil_holder(const core::ObjectSlot& o) {
    const uint32_t h = o.holder.load(std::memory_order_acquire);
    return h == 0 ? core::kNoWorker : static_cast<uint16_t>(h - 1);
}

}  // namespace

WaitGraph graph_from_arena(const core::Arena& a, const core::TraceStore& store,
                           const std::optional<core::Cycle>& cycle) {
    const uint32_t nw = a.worker_count(), no = a.object_count();
    GraphBuilder b(nw, no);
    for (uint32_t i = 0; i < nw; ++i) {
        const core::WorkerSlot& w = a.worker(i);
        if (!w.used.load(std::memory_order_acquire)) continue;
        GraphNode& n = b.add_worker(i);
        n.label = std::string(a.worker_name(i));
        n.state = static_cast<WorkerState>(w.state.load(std::memory_order_acquire));
        n.process = w.kind == core::WorkerKind::Process;
        n.finished = n.state == WorkerState::Done || n.state == WorkerState::Zombie;
        n.detail = state_text(n.state);
    }
    for (uint32_t i = 0; i < no; ++i) {
        const core::ObjectSlot& o = a.object(i);
        if (!o.used.load(std::memory_order_acquire) || !graph_shows(o.kind)) continue;
        GraphNode& n = b.add_object(i);
        n.label = std::string(a.object_name(i));
        n.kind = o.kind;
        const uint16_t holder = o.kind == ObjectKind::Gil ? gil_holder(o) : core::holder_of(a, i);
        n.detail = object_detail(o.kind, arena_level(o), o.capacity, holder != core::kNoWorker);
        if (n.detail == n.label) n.detail.clear();  // a pool named "Pool"
        if (holder != core::kNoWorker) b.holds(i, holder);
        if (o.kind == ObjectKind::Semaphore || o.kind == ObjectKind::BoundedSemaphore)
            for (uint16_t h : store.holders_at(i, store.end_ns())) b.holds(i, h);
    }
    auto joined_of = [&](uint32_t obj) {
        return obj < no && a.object(obj).kind == ObjectKind::Worker ? static_cast<uint16_t>(a.object(obj).worker)
                                                                    : core::kNoWorker;
    };
    for (uint32_t i = 0; i < nw; ++i) {
        const core::WorkerSlot& w = a.worker(i);
        if (!w.used.load(std::memory_order_acquire)) continue;
        if (static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) != WorkerState::Blocked) continue;
        const uint32_t obj = w.blocked_on.load(std::memory_order_acquire);
        if (obj < no) b.waits(static_cast<uint16_t>(i), obj, joined_of(obj));
    }
    if (cycle) {
        std::vector<uint16_t> joined;
        for (uint32_t o : cycle->objects) joined.push_back(joined_of(o));
        b.mark_cycle(*cycle, joined);
    }
    return b.take();
}

WaitGraph graph_from_store(const core::TraceStore& s, const std::optional<core::Cycle>& cycle) {
    const size_t nw = s.worker_count(), no = s.object_count();
    const int64_t t = s.end_ns();
    GraphBuilder b(nw, no);
    for (size_t i = 0; i < nw; ++i) {
        const auto w = static_cast<uint16_t>(i);
        const core::WorkerInfo& info = s.worker(w);
        if (!info.known) continue;
        GraphNode& n = b.add_worker(w);
        n.label = info.name;
        const auto iv = s.intervals(w);
        n.state = iv.empty() ? WorkerState::New : iv.back().state;
        n.process = info.kind == core::WorkerKind::Process;
        n.finished = n.state == WorkerState::Done || n.state == WorkerState::Zombie;
        n.detail = state_text(n.state);
    }
    auto joined_of = [&](uint32_t obj) {
        return obj < no && s.object(obj).kind == ObjectKind::Worker ? s.object(obj).worker : core::kNoWorker;
    };
    for (size_t i = 0; i < no; ++i) {
        const auto o = static_cast<uint32_t>(i);
        const core::ObjectInfo& info = s.object(o);
        if (!info.known || !graph_shows(info.kind)) continue;
        GraphNode& n = b.add_object(o);
        n.label = info.name;
        n.kind = info.kind;
        const auto holders = s.holders_at(o, t);
        n.detail = object_detail(info.kind, s.level_at(o, t), info.capacity, !holders.empty());
        if (n.detail == n.label) n.detail.clear();
        for (uint16_t h : holders) b.holds(o, h);
    }
    for (size_t i = 0; i < no; ++i) {
        const auto o = static_cast<uint32_t>(i);
        for (uint16_t w : s.waiters_at(o, t)) b.waits(w, o, joined_of(o));
    }
    if (cycle) {
        std::vector<uint16_t> joined;
        for (uint32_t o : cycle->objects) joined.push_back(joined_of(o));
        b.mark_cycle(*cycle, joined);
    }
    return b.take();
}

}  // namespace il::gui
