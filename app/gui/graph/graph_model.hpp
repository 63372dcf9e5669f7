// app/gui/graph/graph_model.hpp — the wait-for graph as the panel draws it: worker
// and object nodes, "holds" edges (object -> the worker holding it) and
// "waits for" edges (worker -> the object it is blocked on; a join is drawn
// straight to the joined worker), with the deadlock cycle's edges marked.
//
// Built from the run snapshot (core/observer/snapshot.hpp) — each object's holders
// and waiters as its kind's rules read them, from a live run or a saved
// run alike. Nodes come in index order and an object kind never changes, so
// a node's rank (hence its place, graph_layout.hpp) never changes as the run
// evolves.
//
// Pure logic, no ImGui: tested headless. Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/deadlock.hpp"
#include "core/observer/snapshot.hpp"

namespace il::gui {

struct GraphNode {
    uint32_t index = 0;            // worker index (workers) or object index (objects)
    std::string label;             // "Thread-1", "mutexA"
    std::string detail;            // "blocked", "Lock", "Queue 2/3", "Event: set"
    core::WorkerState state = core::WorkerState::New;      // workers
    core::ObjectKind kind = core::ObjectKind::None;        // objects
    bool process = false;          // a worker that is a process
    bool finished = false;         // a worker that is done (drawn dimmed)
    bool in_cycle = false;
};

enum class EdgeKind : uint8_t { Holds, Waits };

// One end of an edge: a node of one side, by rank.
struct NodeRef {
    bool worker = true;
    size_t rank = 0;
    friend bool operator==(const NodeRef&, const NodeRef&) = default;
};

struct GraphEdge {
    EdgeKind kind = EdgeKind::Waits;
    NodeRef from, to;
    bool in_cycle = false;
    friend bool operator==(const GraphEdge&, const GraphEdge&) = default;
};

struct WaitGraph {
    std::vector<GraphNode> workers;  // by rank (= index order)
    std::vector<GraphNode> objects;  // graph-worthy objects, by rank (= index order)
    std::vector<GraphEdge> edges;
    bool has_cycle = false;
};

// Objects the graph shows: the ones a worker can wait for or hold (locks,
// semaphores, conditions, events, queues, the GIL, pools: each kind's
// `in_graph`). Shared values and thread-locals never block; worker objects
// are drawn as their worker.
bool graph_shows(core::ObjectKind kind);

// The graph of `snap`; `cycle` marks its edges (the reported deadlock).
WaitGraph graph_from(const core::RunSnapshot& snap, const std::optional<core::Cycle>& cycle);

}  // namespace il::gui
