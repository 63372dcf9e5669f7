// app/gui/graph/graph_layout.cpp — the wait-for graph's stable layout (see graph_layout.hpp).
#include "app/gui/graph/graph_layout.hpp"

#include <algorithm>
#include <cmath>

namespace il::gui {

size_t graph_columns(const GraphGeometry& g) {
    const float pitch = g.node_w + g.gap_x;
    const float side = (graph_span(g) - 2.0f * g.gap_x) * 0.5f;  // two gaps between the sides
    if (!(pitch > 0.0f) || !(side > 0.0f)) return 1;
    return std::max<size_t>(1, static_cast<size_t>(std::floor((side + g.gap_x) / pitch)));
}

float graph_span(const GraphGeometry& g) {
    const float visible = g.width - g.margin - g.arc_room - g.margin;
    const float least = 2.0f * g.node_w + 2.0f * g.gap_x;  // one column each, two gaps between
    return std::max(std::min(visible, g.max_span), least);
}

GraphPlacement layout_graph(size_t workers, size_t objects, const GraphGeometry& g) {
    const size_t cols = graph_columns(g);
    const float span = graph_span(g);
    const float pitch_x = g.node_w + g.gap_x, pitch_y = g.node_h + g.gap_y;
    const float left = g.margin + g.arc_room;
    const float visible = g.width - left - g.margin;
    const float x_left = left + std::max(0.0f, (visible - span) * 0.5f);  // centred in a wide area
    const float x_right = x_left + span - g.node_w;                       // the objects' first column

    GraphPlacement p;
    p.workers.reserve(workers);
    for (size_t i = 0; i < workers; ++i) {
        const auto col = static_cast<float>(i % cols), row = static_cast<float>(i / cols);
        p.workers.push_back({x_left + col * pitch_x, g.margin + row * pitch_y});
    }
    p.objects.reserve(objects);
    for (size_t i = 0; i < objects; ++i) {
        const auto col = static_cast<float>(i % cols), row = static_cast<float>(i / cols);
        p.objects.push_back({x_right - col * pitch_x, g.margin + row * pitch_y});
    }
    const size_t rows = (std::max(workers, objects) + cols - 1) / cols;
    p.width = std::max(g.width, x_left + span + g.margin);
    p.height = std::max(g.height, 2.0f * g.margin + static_cast<float>(rows) * pitch_y - (rows ? g.gap_y : 0.0f));
    return p;
}

}  // namespace il::gui
