// tests/gui/wait_graph_test.cpp — the wait-for graph: its stable layout
// (pure arithmetic), and its nodes and edges from a real stepped run of the
// two-lock deadlock (arena and store). The panel: run_panels_test.cpp.
#include <doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "app/gui/graph/graph_layout.hpp"
#include "app/gui/graph/graph_model.hpp"
#include "run_panels_support.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::gui;
using il::core::Arena;

namespace {

GraphGeometry geometry(float w, float h) {
    GraphGeometry g;
    g.width = w;
    g.height = h;
    return g;
}

bool overlap(GraphPoint a, GraphPoint b, const GraphGeometry& g) {
    return a.x < b.x + g.node_w && b.x < a.x + g.node_w && a.y < b.y + g.node_h && b.y < a.y + g.node_h;
}

// An edge as names, to compare graphs built different ways.
using NamedEdge = std::tuple<EdgeKind, std::string, std::string, bool>;

std::set<NamedEdge> named_edges(const WaitGraph& g) {
    auto name = [&](const NodeRef& r) { return (r.worker ? g.workers : g.objects)[r.rank].label; };
    std::set<NamedEdge> out;
    for (const GraphEdge& e : g.edges) out.insert({e.kind, name(e.from), name(e.to), e.in_cycle});
    return out;
}

std::vector<std::string> labels(const std::vector<GraphNode>& nodes) {
    std::vector<std::string> out;
    for (const GraphNode& n : nodes) out.push_back(n.label);
    return out;
}

}  // namespace

TEST_CASE("graph layout: adding a worker or an object never moves a node already placed") {
    for (const GraphGeometry g : {geometry(500, 150), geometry(900, 500), geometry(2400, 300)}) {
        CAPTURE(g.width);
        for (size_t w = 0; w < 40; ++w)
            for (size_t o = 0; o < 40; ++o) {
                const GraphPlacement before = layout_graph(w, o, g);
                const GraphPlacement more_workers = layout_graph(w + 1, o, g);
                const GraphPlacement more_objects = layout_graph(w, o + 1, g);
                for (size_t i = 0; i < w; ++i) {
                    REQUIRE(more_workers.workers[i] == before.workers[i]);
                    REQUIRE(more_objects.workers[i] == before.workers[i]);
                }
                for (size_t i = 0; i < o; ++i) {
                    REQUIRE(more_workers.objects[i] == before.objects[i]);
                    REQUIRE(more_objects.objects[i] == before.objects[i]);
                }
            }
    }
}

TEST_CASE("graph layout: no two nodes overlap — many nodes make the area taller, never wider") {
    for (const GraphGeometry g : {geometry(500, 150), geometry(1400, 260)}) {
        for (size_t n : {1u, 3u, 7u, 20u, 60u}) {
            const GraphPlacement p = layout_graph(n, n, g);
            std::vector<GraphPoint> all = p.workers;
            all.insert(all.end(), p.objects.begin(), p.objects.end());
            for (size_t i = 0; i < all.size(); ++i)
                for (size_t j = i + 1; j < all.size(); ++j) CHECK_FALSE(overlap(all[i], all[j], g));
            for (const GraphPoint& q : all) {
                CHECK(q.x >= g.margin);
                CHECK(q.x + g.node_w <= p.width - g.margin);
                CHECK(q.y + g.node_h <= p.height);
            }
            for (const GraphPoint& wk : p.workers)  // workers stay on the left of every object
                for (const GraphPoint& ob : p.objects) CHECK(wk.x + g.node_w < ob.x);
            CHECK(p.width == g.width);
        }
        CHECK(layout_graph(60, 60, g).height > g.height);
    }
    CHECK(graph_columns(geometry(500, 150)) == 1);
    CHECK(graph_columns(geometry(2400, 300)) > 1);  // a wide panel: several columns a side
    const GraphGeometry tiny = geometry(100, 50);   // narrower than one column each: wider than the panel
    CHECK(layout_graph(2, 2, tiny).width > tiny.width);
}

TEST_CASE("graph layout: a wide panel keeps the two sides at most max_span apart, centred") {
    const GraphGeometry g = geometry(5000, 600);
    const GraphPlacement p = layout_graph(2, 2, g);
    CHECK(p.objects[0].x + g.node_w - p.workers[0].x == doctest::Approx(g.max_span));
    CHECK(p.workers[0].x > g.margin + g.arc_room);  // centred, not glued to the left
}

TEST_CASE("wait-for graph: the two-lock deadlock from the arena has hold and wait edges and the cycle marked") {
    WaitGraph g;
    il::core::TraceStore store;
    auto replay = il::core::make_replay(il::test::two_lock_deadlock_schedule());
    const auto r = il::test::run_stepped(il::test::two_lock_demo, *replay, [&](Arena& a) {
        store.drain(a);
        g = graph_from(il::core::snapshot_live(a, store), il::core::reported_cycle(a));
    });
    REQUIRE(r.status == il::core::StepStatus::Deadlock);
    CHECK(labels(g.workers) == std::vector<std::string>{"MainThread", "Thread-1", "Thread-2"});
    CHECK(labels(g.objects) == std::vector<std::string>{"mutexA", "mutexB"});  // worker objects are drawn as workers
    const std::set<NamedEdge> expected{
        {EdgeKind::Holds, "mutexA", "Thread-1", true},  {EdgeKind::Holds, "mutexB", "Thread-2", true},
        {EdgeKind::Waits, "Thread-1", "mutexB", true},  {EdgeKind::Waits, "Thread-2", "mutexA", true},
        {EdgeKind::Waits, "MainThread", "Thread-1", false},  // join(Thread-1): straight to the worker
    };
    CHECK(named_edges(g) == expected);
    CHECK(g.has_cycle);
    CHECK(g.workers[1].in_cycle);
    CHECK(g.workers[2].in_cycle);
    CHECK_FALSE(g.workers[0].in_cycle);
    CHECK(g.workers[1].detail == "blocked");
}

TEST_CASE("wait-for graph: a trace's store at its end gives the same graph as the arena") {
    WaitGraph from_arena, from_store;
    il::test::at_two_lock_deadlock([&](const Arena& a, il::core::TraceStore& store) {
        from_arena = graph_from(il::core::snapshot_live(a, store), il::core::reported_cycle(a));
        from_store = graph_from(il::core::snapshot_saved(store), store.deadlock_cycle());
    });
    CHECK(labels(from_store.workers) == labels(from_arena.workers));
    CHECK(labels(from_store.objects) == labels(from_arena.objects));
    CHECK(named_edges(from_store) == named_edges(from_arena));
}

TEST_CASE("wait-for graph: as the run evolves, every node keeps its rank (so its place)") {
    std::map<std::string, size_t> rank;  // first rank seen, by label
    bool moved = false;
    size_t snapshots = 0;
    il::core::TraceStore store;
    auto replay = il::core::make_replay(il::test::two_lock_deadlock_schedule());
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<il::core::Choice>& cs) {
        const WaitGraph g = graph_from(il::core::snapshot_live(a, store), std::nullopt);
        for (const auto* side : {&g.workers, &g.objects})
            for (size_t i = 0; i < side->size(); ++i) {
                const auto [it, fresh] = rank.emplace((*side)[i].label, i);
                moved |= !fresh && it->second != i;
            }
        ++snapshots;
        std::string err;
        return replay->next(a, cs, err);
    });
    il::test::run_stepped(il::test::two_lock_demo, strategy);
    CHECK(snapshots >= 7);
    CHECK(rank.size() == 5);
    CHECK_FALSE(moved);
}
