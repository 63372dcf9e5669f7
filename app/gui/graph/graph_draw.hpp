// app/gui/graph/graph_draw.hpp — drawing the wait-for graph's pieces: nodes, edges
// (solid "holds", dashed "waits for", thick red for the deadlock cycle) with
// arrowheads, and the graph's sizes, all derived from the font size and
// ui_scale() so the graph reads the same on a laptop and a projector.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include "app/gui/graph/graph_layout.hpp"
#include "app/gui/graph/graph_model.hpp"
#include "imgui.h"

namespace il::gui {

// The graph's geometry for a visible area of `avail` pixels.
GraphGeometry graph_geometry(ImVec2 avail);

// Where an edge starts and ends, given the nodes' top-left corners.
struct EdgePath {
    ImVec2 p0, c0, c1, p1;  // a cubic Bézier
};
EdgePath edge_path(const GraphEdge& e, const GraphPlacement& at, const GraphGeometry& g);

// Draws an edge (under the nodes) and, when `label` is set, its name at the middle.
void draw_edge(ImDrawList* dl, ImVec2 origin, const EdgePath& path, const GraphEdge& e, bool label);

// Draws a node at `top_left` (screen coordinates); `hovered` lightens it.
void draw_node(ImDrawList* dl, ImVec2 top_left, const GraphGeometry& g, const GraphNode& n, bool worker,
               bool hovered);

}  // namespace il::gui
