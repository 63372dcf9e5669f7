// app/gui/graph/graph_model.cpp — building the wait-for graph (see graph_model.hpp).
#include "app/gui/graph/graph_model.hpp"

#include <algorithm>

#include "app/gui/timeline/timeline_lane.hpp"  // state_word
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::trf;

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
    // A cycle edge the snapshot missed (the run moved on) is added, so the cycle is always whole.
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

std::string state_text(WorkerState s) { return state_word(s); }

// "Lock", "Lock, free", "Queue 2/3", "Event: set" … from a level (queue size, flag, value).
std::string object_detail(ObjectKind k, std::optional<int64_t> level, uint32_t capacity, bool held) {
    std::string s = core::kind_text(k);
    switch (k) {
        case ObjectKind::Lock:
        case ObjectKind::RLock:
        case ObjectKind::Gil: return held ? s : trf("{kind}, free", {{"kind", s}});  // a hold is drawn as an edge
        case ObjectKind::Event:
            if (!level) return s;
            return *level ? trf("{kind}: set", {{"kind", s}}) : trf("{kind}: clear", {{"kind", s}});
        case ObjectKind::Semaphore:
        case ObjectKind::BoundedSemaphore: return level ? s + " = " + std::to_string(*level) : s;
        case ObjectKind::Queue:
            if (!level) return s;
            if (capacity) return s + " " + std::to_string(*level) + "/" + std::to_string(capacity);
            return trf("{kind} {n} (unbounded)", {{"kind", s}, {"n", std::to_string(*level)}});
        default: return s;
    }
}

}  // namespace

bool graph_shows(ObjectKind kind) { return core::rules_of(kind).in_graph; }

WaitGraph graph_from(const core::RunSnapshot& snap, const std::optional<core::Cycle>& cycle) {
    GraphBuilder b(snap.workers.size(), snap.objects.size());
    for (const core::WorkerView& w : snap.workers) {
        if (!w.known) continue;
        GraphNode& n = b.add_worker(w.index);
        n.label = w.name;
        n.state = w.state;
        n.process = w.kind == core::WorkerKind::Process;
        n.finished = n.state == WorkerState::Done || n.state == WorkerState::Zombie;
        n.detail = state_text(n.state);
    }
    for (const core::ObjectView& o : snap.objects) {
        if (!o.known || !graph_shows(o.kind)) continue;
        GraphNode& n = b.add_object(o.index);
        n.label = o.name;
        n.kind = o.kind;
        n.detail = object_detail(o.kind, o.level, o.capacity, !o.holders.empty());
        if (n.detail == n.label) n.detail.clear();  // a pool named "Pool"
        for (uint16_t h : o.holders) b.holds(o.index, h);
    }
    auto joined_of = [&](uint32_t obj) {
        const core::ObjectView* o = snap.object(obj);
        return o ? o->stands_for : core::kNoWorker;
    };
    for (const core::ObjectView& o : snap.objects)
        if (o.known)
            for (uint16_t w : o.waiters) b.waits(w, o.index, joined_of(o.index));
    if (cycle) {
        std::vector<uint16_t> joined;
        for (uint32_t o : cycle->objects) joined.push_back(joined_of(o));
        b.mark_cycle(*cycle, joined);
    }
    return b.take();
}

}  // namespace il::gui
