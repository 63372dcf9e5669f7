// app/gui/graph/wait_graph_panel.cpp — the wait-for graph: workers and objects,
// hold and wait edges, a deadlock cycle in red with a banner naming it. The
// graph is rebuilt every frame from the run (graph_model.hpp) and placed by a
// stable layout (graph_layout.hpp), so nodes stay put as the run evolves.
#define IMGUI_DEFINE_MATH_OPERATORS  // ImVec2 arithmetic (must precede imgui.h)
#include <algorithm>
#include <cmath>
#include <string>

#include "app/gui/graph/graph_draw.hpp"
#include "app/gui/graph/graph_model.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/session/pending_op.hpp"
#include "app/gui/session/run_view.hpp"
#include "app/gui/source/source_markers.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"
#include "imgui_internal.h"  // GImGui->FontSizeBase: the size the zoom scales

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr float kBannerPadPx = 8.0f;
constexpr float kBannerRounding = 4.0f;
constexpr float kBannerMaxLines = 3.0f;
constexpr float kBannerLinePerPanelLines = 5.0f;  // a banner line for every this many lines of panel
constexpr float kLegendMinPanelLines = 8.0f;      // below this, the legend folds into a "Legend" tooltip
// Edge labels ("waits for", "held by") are written while they stay readable.
constexpr size_t kMaxLabelledEdges = 10;
constexpr float kLabelRoom = 2.2f;  // label widths needed between the sides
constexpr float kMinZoom = 0.6f;    // the graph shrinks to fit down to this, then scrolls
constexpr int kZoomAttempts = 4;

constexpr const char* kLegendHelp =
    N_("Rounded boxes are workers, their border coloured by state (running, ready, blocked, sleeping, done); square boxes are locks, queues, events and other objects. A worker waiting in join() points straight at the worker it waits for. Hover a box for details.");

// A short panel: the legend as a tooltip.
void legend_marker() {
    text_coloured(colour::kTextMuted, tr("Legend"));
    ImGui::SetItemTooltip(
        "%s", trf("Solid blue: held by. Dashed orange: waits for. Thick red: the deadlock cycle. {help}",
                  {{"help", tr(kLegendHelp)}})
                  .c_str());
}

void graph_legend() {
    legend({{colour::kHolds, tr("held by (solid)"), tr("From an object to the worker that holds it.")},
            {colour::kWaits, tr("waits for (dashed)"), tr("From a worker to the object (or the worker) it waits for.")},
            {colour::kDeadlockCycle, tr("deadlock cycle"), tr("Workers each waiting for the next: none can move.")}});
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.0f);
    help_marker(tr(kLegendHelp));
}

// "Thread-1 → mutexB → Thread-2 → mutexA → Thread-1": the cycle in short.
std::string cycle_chain(const RunView& run) {
    auto worker = [&](uint16_t w) { return run.snap->worker_name(w); };
    auto object = [&](uint32_t o) { return run.snap->object_name(o); };
    std::string s;
    for (size_t i = 0; i < run.cycle->workers.size(); ++i)
        s += worker(run.cycle->workers[i]) + " \u2192 " + object(run.cycle->objects[i]) + " \u2192 ";
    return s + worker(run.cycle->workers.front());
}

// "Thread-1 → Thread-2 → Thread-1": the workers of the cycle.
std::string cycle_workers(const RunView& run) {
    std::string s;
    for (uint16_t w : run.cycle->workers) s += run.snap->worker_name(w) + " \u2192 ";
    return s + run.snap->worker_name(run.cycle->workers.front());
}

// A full-width red banner naming the cycle: the sentence when it fits in the
// lines the panel can spare (up to three), else a shorter form; the sentence
// on hover.
void deadlock_banner(const RunView& run) {
    const float s = ui_scale(), pad = kBannerPadPx * s;
    const float w = ImGui::GetContentRegionAvail().x, wrap = w - 2.0f * pad;
    const float line_h = ImGui::GetTextLineHeight();
    const float lines = std::clamp(std::floor(ImGui::GetContentRegionAvail().y / (kBannerLinePerPanelLines * line_h)),
                                   1.0f, kBannerMaxLines);
    const float max_h = lines * line_h;
    const std::string sentence =
        trf("Deadlock: {cycle}", {{"cycle", run.cycle_text.empty() ? std::string(tr("a cycle of waits")) : run.cycle_text}});
    std::string msg;
    for (const std::string& candidate : {sentence, trf("Deadlock: {cycle}", {{"cycle", cycle_chain(run)}}),
                                         trf("Deadlock: {cycle}", {{"cycle", cycle_workers(run)}}),
                                         std::string(tr("Deadlock"))}) {
        msg = candidate;
        if (ImGui::CalcTextSize(msg.c_str(), nullptr, false, wrap).y <= max_h + 0.5f) break;
    }
    const float text_h = std::min(ImGui::CalcTextSize(msg.c_str(), nullptr, false, wrap).y, max_h);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 br = p + ImVec2(w, text_h + 2.0f * pad);
    dl->AddRectFilled(p, br, colour::kDeadlockCycle, kBannerRounding * s);
    dl->PushClipRect(p, ImVec2(br.x, p.y + pad + text_h), true);  // whole lines only
    dl->AddText(nullptr, 0.0f, p + ImVec2(pad, pad), colour::kTextOnBar, msg.c_str(), nullptr, wrap);
    dl->PopClipRect();
    ImGui::Dummy(br - p);
    ImGui::SetItemTooltip("%s", sentence.c_str());
}

std::string names_of(const WaitGraph& g, EdgeKind kind, const NodeRef& at, bool incoming) {
    std::string out;
    for (const GraphEdge& e : g.edges) {
        if (e.kind != kind || !((incoming ? e.to : e.from) == at)) continue;
        const NodeRef& other = incoming ? e.from : e.to;
        out += (out.empty() ? "" : ", ") + (other.worker ? g.workers : g.objects)[other.rank].label;
    }
    return out;
}

void node_tooltip(const RunView& run, const WaitGraph& g, const NodeRef& at) {
    const GraphNode& n = (at.worker ? g.workers : g.objects)[at.rank];
    if (!ImGui::BeginTooltip()) return;
    heading(n.label);
    // An object's detail is left out of its box when it would repeat its name
    // (a pool named "Pool"); then the name is its kind.
    const std::string& detail = n.detail.empty() && !at.worker ? n.label : n.detail;
    label_value(at.worker ? tr("state:") : tr("kind:"),
                n.process ? trf("{detail} (a process)", {{"detail", detail}}) : detail);
    if (at.worker && run.live()) {
        if (const core::WorkerView* w = run.snap->worker(static_cast<uint16_t>(n.index))) {
            if (!n.finished) label_value(tr("next:"), w->call);
            if (!w->blocked_reason.empty()) label_value(tr("blocked:"), w->blocked_reason);
        }
    }
    const std::string holds = names_of(g, EdgeKind::Holds, at, !at.worker);
    const std::string waits = names_of(g, EdgeKind::Waits, at, !at.worker);
    if (!holds.empty()) label_value(at.worker ? tr("holds:") : tr("held by:"), holds);
    if (!waits.empty()) label_value(at.worker ? tr("waits for:") : tr("waited for by:"), waits);
    if (n.in_cycle) text_coloured(colour::kDeadlockCycle, tr("part of the deadlock cycle"));
    ImGui::EndTooltip();
}

// The zoom at which the graph fits the area's height: 1 when it fits as it
// is, else smaller (text and nodes alike), down to a legible kMinZoom; below
// that the canvas scrolls. Smaller nodes also make more columns, so it is
// found by trying.
float fit_zoom(const WaitGraph& g, ImVec2 area) {
    float zoom = 1.0f;
    for (int attempt = 0; attempt < kZoomAttempts; ++attempt) {
        ImGui::PushFont(nullptr, GImGui->FontSizeBase * zoom);
        const GraphPlacement at = layout_graph(g.workers.size(), g.objects.size(), graph_geometry(area));
        ImGui::PopFont();
        if (at.height <= area.y) break;
        const float next = std::max(kMinZoom, zoom * area.y / at.height);
        if (next >= zoom) break;
        zoom = next;
    }
    return zoom;
}

}  // namespace

// The canvas: edges under nodes, the hovered node's tooltip, an extent for
// scrolling; zoomed out to fit, and scrolled to the cycle when it is new or
// the panel changed size.
void WaitGraphPanel::draw_canvas(const RunView& run, const WaitGraph& g) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // The child's inner size with room kept for scrollbars, so their coming and
    // going never changes the layout.
    const ImVec2 area = ImGui::GetWindowSize() - style.WindowPadding * 2.0f - ImVec2(style.ScrollbarSize, style.ScrollbarSize);
    zoom_ = fit_zoom(g, area);
    ImGui::PushFont(nullptr, GImGui->FontSizeBase * zoom_);
    const GraphGeometry geo = graph_geometry(area);
    const GraphPlacement at = layout_graph(g.workers.size(), g.objects.size(), geo);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Labels only while few and with room for them between the two sides.
    const float between = (g.objects.empty() || g.workers.empty()) ? 0.0f : at.objects[0].x - at.workers[0].x - geo.node_w;
    const bool labels =
        g.edges.size() <= kMaxLabelledEdges && between >= kLabelRoom * ImGui::CalcTextSize(tr("waits for")).x;
    for (int pass = 0; pass < 2; ++pass)  // the cycle last, on top
        for (const GraphEdge& e : g.edges)
            if (e.in_cycle == (pass == 1)) draw_edge(dl, origin, edge_path(e, at, geo), e, labels);
    std::optional<NodeRef> hovered;
    const bool window_hovered = ImGui::IsWindowHovered();
    for (int side = 0; side < 2; ++side) {
        const bool worker = side == 0;
        const auto& nodes = worker ? g.workers : g.objects;
        for (size_t i = 0; i < nodes.size(); ++i) {
            const GraphPoint p = worker ? at.workers[i] : at.objects[i];
            const ImVec2 tl = origin + ImVec2(p.x, p.y);
            const bool hot = window_hovered && ImGui::IsMouseHoveringRect(tl, tl + ImVec2(geo.node_w, geo.node_h));
            if (hot) hovered = NodeRef{worker, i};
            draw_node(dl, tl, geo, nodes[i], worker, hot);
        }
    }
    ImGui::Dummy(ImVec2(at.width, at.height));
    keep_cycle_in_view(run, g, at, geo, area);
    ImGui::PopFont();
    if (hovered) node_tooltip(run, g, *hovered);
}

// When a cycle closes, or the panel changes size, the canvas scrolls so the
// cycle's nodes are in view (a learner's own scrolling in between is theirs).
void WaitGraphPanel::keep_cycle_in_view(const RunView& run, const WaitGraph& g, const GraphPlacement& at,
                                        const GraphGeometry& geo, ImVec2 area) {
    float top = FLT_MAX, bottom = -FLT_MAX;
    for (int side = 0; side < 2; ++side) {
        const auto& nodes = side == 0 ? g.workers : g.objects;
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (!nodes[i].in_cycle) continue;
            const float y = (side == 0 ? at.workers[i] : at.objects[i]).y;
            top = std::min(top, y);
            bottom = std::max(bottom, y + geo.node_h);
        }
    }
    cycle_in_view_ = top == FLT_MAX;  // no cycle: nothing to keep
    if (cycle_in_view_) return;
    const std::string cycle = run.cycle_text;
    const bool changed = cycle != cycle_seen_ || area.x != area_seen_.x || area.y != area_seen_.y;
    cycle_seen_ = cycle;
    area_seen_ = area;
    const float scroll = ImGui::GetScrollY();
    if (changed && (top < scroll || bottom > scroll + area.y)) ImGui::SetScrollY(std::max(0.0f, top - geo.margin));
    const float shown = changed ? std::max(0.0f, std::min(top - geo.margin, ImGui::GetScrollMaxY())) : scroll;
    cycle_in_view_ = top >= shown && bottom <= shown + area.y + 1.0f;
}

void WaitGraphPanel::draw_content(UiState& state) { draw_view(run_view(state.session())); }

void WaitGraphPanel::draw_view(const RunView& run) {
    if (!run.has_run()) {
        empty_state(tr(kNoRunYet),
                    tr("During a run this graph shows every worker and every lock, queue or event it holds or waits for. When waits close a cycle, nobody in it can move again: that is a deadlock, and the cycle is drawn in red the moment it forms."));
        ImGui::Spacing();
        ImGui::SeparatorText(tr("Edges"));
        graph_legend();
        return;
    }
    const WaitGraph g = graph_from(*run.snap, run.cycle);
    if (run.cycle) deadlock_banner(run);
    if (ImGui::GetContentRegionAvail().y >= kLegendMinPanelLines * ImGui::GetTextLineHeightWithSpacing()) graph_legend();
    else legend_marker();
    if (g.workers.empty()) {
        empty_state(tr("No workers yet."), tr("The run has not started any worker so far."));
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::kCodeBackground);
    if (ImGui::BeginChild("graph", ImVec2(0, 0), ImGuiChildFlags_Borders, ImGuiWindowFlags_HorizontalScrollbar))
        draw_canvas(run, g);
    else
        cycle_in_view_ = false;
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace il::gui
