// app/gui/graph/graph_layout.hpp — where the wait-for graph puts its nodes.
//
// The layout is deterministic and stable as a run evolves: workers on the
// left, objects on the right, each side filling its columns row by row in
// order of appearance (index order). How many columns a side has depends on
// the area's width only, and rows grow downwards without limit (the panel
// scrolls), so a node's place depends only on its own rank and the width:
// nodes appearing later never move the ones already drawn, and only a
// resize of the panel reflows them.
//
// Pure arithmetic, no ImGui: tested headless. Thread rules: none.
#pragma once

#include <cstddef>
#include <vector>

namespace il::gui {

struct GraphPoint {
    float x = 0, y = 0;
    friend bool operator==(const GraphPoint&, const GraphPoint&) = default;
};

struct GraphGeometry {
    float width = 0, height = 0;    // the visible area
    float node_w = 160, node_h = 48;
    float gap_x = 24, gap_y = 16;   // between columns / rows of one side
    float margin = 12;              // around everything
    float arc_room = 40;            // left of the workers: room for worker -> worker (join) arcs
    float max_span = 900;           // the two sides are at most this far apart (wide panels)
};

struct GraphPlacement {
    std::vector<GraphPoint> workers;  // top-left corners, by worker rank
    std::vector<GraphPoint> objects;  // top-left corners, by object rank
    float width = 0, height = 0;      // the extent the nodes need (>= the visible area)
};

// How far apart the two sides' outer edges are: the visible width, at most
// max_span, at least one column each with room for edges between.
float graph_span(const GraphGeometry& g);
// Columns per side for this geometry (at least 1).
size_t graph_columns(const GraphGeometry& g);

// Places `workers` worker nodes and `objects` object nodes.
GraphPlacement layout_graph(size_t workers, size_t objects, const GraphGeometry& g);

}  // namespace il::gui
