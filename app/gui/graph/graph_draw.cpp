// app/gui/graph/graph_draw.cpp — the wait-for graph's nodes and edges (see graph_draw.hpp).
#define IMGUI_DEFINE_MATH_OPERATORS  // ImVec2 arithmetic (must precede imgui.h)
#include "app/gui/graph/graph_draw.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline_lane.hpp"  // state_colour
#include "app/gui/shell/worker_colors.hpp"
#include "core/common/i18n.hpp"
#include "imgui_internal.h"  // ImBezierCubicCalc, RenderTextEllipsis

namespace il::gui {

using i18n::tr;

namespace {

// Sizes in units of the font size (which already carries ui_scale()), or in
// pixels times ui_scale(). Node width and column gap follow the panel's width
// (only its width, so the layout stays stable as nodes come and go).
constexpr float kNodeMinEm = 8.0f, kNodeMaxEm = 13.0f;
constexpr float kColumnGapMinEm = 2.5f, kColumnGapMaxEm = 5.0f, kColumnGapShare = 0.1f;
constexpr float kRowGapEm = 0.6f;
constexpr float kArcRoomEm = 1.5f;
constexpr float kMaxSpanEm = 40.0f;
constexpr float kNodePadPx = 5.0f;
constexpr float kMarginPx = 12.0f;
constexpr float kEdgePx = 2.5f;
constexpr float kCycleEdgePx = 4.5f;
constexpr float kCycleGlowPx = 10.0f;
constexpr float kArrowPx = 11.0f;
constexpr float kDashPx = 9.0f;
constexpr float kDashGapPx = 6.0f;
constexpr float kWorkerRounding = 10.0f;
constexpr float kBorderPx = 2.0f;
constexpr float kCycleBorderPx = 4.0f;
constexpr float kDotPx = 5.0f;
constexpr int kCurveSegments = 32;
constexpr float kLabelAt = 0.7f;  // where along an edge its label sits
constexpr ImU32 kCycleGlow = (colour::kDeadlockCycle & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 70);
constexpr float kFinishedAlpha = 0.45f;
constexpr ImU32 kCycleTintAlpha = IM_COL32(0, 0, 0, 80);

ImU32 edge_colour(const GraphEdge& e) {
    if (e.in_cycle) return colour::kDeadlockCycle;
    return e.kind == EdgeKind::Holds ? colour::kHolds : colour::kWaits;
}

std::vector<ImVec2> curve_points(const EdgePath& p) {
    std::vector<ImVec2> pts;
    pts.reserve(kCurveSegments + 1);
    for (int i = 0; i <= kCurveSegments; ++i)
        pts.push_back(ImBezierCubicCalc(p.p0, p.c0, p.c1, p.p1, static_cast<float>(i) / kCurveSegments));
    return pts;
}

// A dashed polyline: dashes of kDashPx with kDashGapPx gaps, along its length.
void dashed(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 col, float thickness) {
    const float s = ui_scale(), dash = kDashPx * s, gap = kDashGapPx * s;
    float phase = 0.0f;  // distance into the current dash+gap period
    for (size_t i = 1; i < pts.size(); ++i) {
        ImVec2 a = pts[i - 1];
        const ImVec2 b = pts[i];
        float len = std::sqrt(ImLengthSqr(b - a));
        while (len > 0.0f) {
            const bool on = phase < dash;
            const float step = std::min(len, on ? dash - phase : dash + gap - phase);
            const ImVec2 c = a + (b - a) * (step / len);
            if (on) dl->AddLine(a, c, col, thickness);
            phase = std::fmod(phase + step, dash + gap);
            len -= step;
            a = c;
        }
    }
}

void arrowhead(ImDrawList* dl, ImVec2 tip, ImVec2 from, ImU32 col, float size) {
    ImVec2 d = tip - from;
    const float l = std::sqrt(ImLengthSqr(d));
    if (l <= 0.0f) return;
    d = d * (1.0f / l);
    const ImVec2 n(-d.y, d.x);
    const ImVec2 base = tip - d * size;
    dl->AddTriangleFilled(tip, base + n * (size * 0.5f), base - n * (size * 0.5f), col);
}

}  // namespace

GraphGeometry graph_geometry(ImVec2 avail) {
    const float f = ImGui::GetFontSize(), s = ui_scale();
    GraphGeometry g;
    g.width = avail.x;
    g.height = avail.y;
    g.margin = kMarginPx * s;
    g.arc_room = kArcRoomEm * f;
    g.gap_x = std::clamp(avail.x * kColumnGapShare, kColumnGapMinEm * f, kColumnGapMaxEm * f);
    g.node_w = std::clamp((avail.x - 2.0f * g.margin - g.arc_room - 2.0f * g.gap_x) * 0.5f, kNodeMinEm * f,
                          kNodeMaxEm * f);
    g.node_h = ImGui::GetTextLineHeight() + 2.0f * kNodePadPx * s;
    g.gap_y = kRowGapEm * f;
    g.max_span = kMaxSpanEm * f;
    return g;
}

EdgePath edge_path(const GraphEdge& e, const GraphPlacement& at, const GraphGeometry& g) {
    auto corner = [&](const NodeRef& r) {
        const GraphPoint p = r.worker ? at.workers[r.rank] : at.objects[r.rank];
        return ImVec2(p.x, p.y);
    };
    const ImVec2 a = corner(e.from), b = corner(e.to);
    if (e.from.worker && e.to.worker) {  // a join: an arc left of the workers' column
        const ImVec2 p0(a.x, a.y + g.node_h * 0.5f), p1(b.x, b.y + g.node_h * 0.5f);
        const float bulge = std::min(g.arc_room * 0.9f, g.arc_room * 0.4f + std::fabs(p1.y - p0.y) * 0.25f);
        return {p0, ImVec2(p0.x - bulge, p0.y), ImVec2(p1.x - bulge, p1.y), p1};
    }
    // Waits leave a worker high and enter an object high; holds leave an object
    // low and enter a worker low, so opposite edges between two nodes never overlap.
    const float fy = e.kind == EdgeKind::Waits ? 0.35f : 0.65f;
    const bool left_to_right = a.x < b.x;
    const ImVec2 p0(left_to_right ? a.x + g.node_w : a.x, a.y + g.node_h * fy);
    const ImVec2 p1(left_to_right ? b.x : b.x + g.node_w, b.y + g.node_h * fy);
    const float dx = (p1.x - p0.x) * 0.45f;
    return {p0, ImVec2(p0.x + dx, p0.y), ImVec2(p1.x - dx, p1.y), p1};
}

void draw_edge(ImDrawList* dl, ImVec2 origin, const EdgePath& path, const GraphEdge& e, bool label) {
    const float s = ui_scale();
    const EdgePath p{path.p0 + origin, path.c0 + origin, path.c1 + origin, path.p1 + origin};
    const ImU32 col = edge_colour(e);
    const float arrow = kArrowPx * s * (e.in_cycle ? 1.3f : 1.0f);
    // Stop the line where the arrowhead starts, so a thick line does not poke through its tip.
    const ImVec2 dir = p.p1 - p.c1;
    const float dl_len = std::sqrt(ImLengthSqr(dir));
    const ImVec2 end = dl_len > 0.0f ? p.p1 - dir * (arrow * 0.8f / dl_len) : p.p1;
    const std::vector<ImVec2> pts = curve_points({p.p0, p.c0, p.c1, end});
    if (e.in_cycle)
        dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), kCycleGlow, ImDrawFlags_None, kCycleGlowPx * s);
    const float thick = (e.in_cycle ? kCycleEdgePx : kEdgePx) * s;
    if (e.kind == EdgeKind::Waits) dashed(dl, pts, col, thick);
    else dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), col, ImDrawFlags_None, thick);
    arrowhead(dl, p.p1, p.c1, col, arrow);
    if (!label) return;
    const char* text = e.kind == EdgeKind::Holds ? tr("held by") : tr("waits for");
    // Near the head, so the labels of edges crossing in the middle do not pile up.
    const ImVec2 mid = ImBezierCubicCalc(p.p0, p.c0, p.c1, p.p1, kLabelAt);
    const ImVec2 ts = ImGui::CalcTextSize(text);
    const ImVec2 tl(mid.x - ts.x * 0.5f, mid.y - ts.y * 0.5f);
    const float pad = 3.0f * s;
    dl->AddRectFilled(tl - ImVec2(pad, 0), tl + ts + ImVec2(pad, 0), colour::kWindowClear, 3.0f * s);
    dl->AddText(tl, col, text);
}

void draw_node(ImDrawList* dl, ImVec2 tl, const GraphGeometry& g, const GraphNode& n, bool worker, bool hovered) {
    const float s = ui_scale(), pad = kNodePadPx * s;
    const ImVec2 br(tl.x + g.node_w, tl.y + g.node_h);
    const float alpha = worker && n.finished && !n.in_cycle ? kFinishedAlpha : 1.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, alpha);
    const ImU32 fill = ImGui::GetColorU32(hovered ? colour::kNodeFillHovered : colour::kNodeFill);
    const ImU32 cycle_tint = ImGui::GetColorU32((colour::kDeadlockCycle & ~IM_COL32_A_MASK) | kCycleTintAlpha);
    const ImU32 border = ImGui::GetColorU32(n.in_cycle ? colour::kDeadlockCycle
                                            : worker   ? state_colour(n.state)
                                                       : colour::kTextMuted);
    const float rounding = worker ? kWorkerRounding * s : 0.0f;
    const float thick = (n.in_cycle ? kCycleBorderPx : kBorderPx) * s;
    dl->AddRectFilled(tl, br, fill, rounding);
    if (n.in_cycle) dl->AddRectFilled(tl, br, cycle_tint, rounding);  // members of the cycle glow red
    dl->AddRect(tl, br, border, rounding, ImDrawFlags_None, thick);
    float x = tl.x + pad + thick;
    const float line_h = ImGui::GetTextLineHeight();
    const float y = tl.y + (g.node_h - line_h) * 0.5f;
    if (worker) {  // the worker's own colour, as in the console and the source markers
        const float r = kDotPx * s;
        dl->AddCircleFilled(ImVec2(x + r, y + line_h * 0.5f), r,
                            ImGui::GetColorU32(worker_colour(static_cast<uint16_t>(n.index))));
        x += 2.0f * r + pad;
    }
    // The name on the left, the state (or the object's kind and level) on the right.
    const float right = br.x - pad - thick, gap = ImGui::GetStyle().ItemSpacing.x;
    // The name comes first; the detail is shown when it fits whole beside it
    // (else the border's colour and the tooltip still tell).
    const float name_w = ImGui::CalcTextSize(n.label.c_str()).x;
    const float detail_w = ImGui::CalcTextSize(n.detail.c_str()).x;
    const float name_right = std::min(right, x + name_w);
    const float detail_x = std::max(right - detail_w, name_right + gap);
    const bool detail = right - detail_x >= detail_w - 0.5f;  // whole, or not at all
    const float name_end = detail ? detail_x - gap : right;
    ImGui::RenderTextEllipsis(dl, ImVec2(x, y), ImVec2(name_end, y + line_h), name_end, n.label.c_str(), nullptr,
                              nullptr);
    ImGui::PushStyleColor(ImGuiCol_Text, worker ? state_colour(n.state) : colour::kTextMuted);
    if (detail)
        ImGui::RenderTextEllipsis(dl, ImVec2(detail_x, y), ImVec2(right, y + line_h), right, n.detail.c_str(),
                                  nullptr, nullptr);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

}  // namespace il::gui
