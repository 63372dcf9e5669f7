// app/gui/timeline/timeline_lane.cpp — what lanes share: hit testing, names and colours
// of states and markers, bars with text, marker glyphs, tooltip rows.
#include "app/gui/timeline/timeline_lane.hpp"

#include <algorithm>
#include <cmath>

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

using core::MarkerKind;
using core::WorkerState;

constexpr float kCondensedBand = 0.35f;                 // of the bar's height, darkened
constexpr ImU32 kCondensedShade = IM_COL32(0, 0, 0, 110);
constexpr float kLightFill = 0.55f;                     // relative luminance above which text is dark
constexpr size_t kMaxRankScan = 64;                     // markers looked at to pick a merged glyph
constexpr float kArrowHead = 6.0f;                      // px before scaling
constexpr float kHatchStep = 8.0f;                      // px between hatch lines, before scaling
constexpr ImU32 kHatchColour = IM_COL32(0, 0, 0, 70);

float luminance(ImU32 c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return 0.2126f * v.x + 0.7152f * v.y + 0.0722f * v.z;
}

void outlined_triangle(ImDrawList& dl, ImVec2 a, ImVec2 b, ImVec2 c, ImU32 fill, float thickness) {
    dl.AddTriangleFilled(a, b, c, fill);
    dl.AddTriangle(a, b, c, colour::kMarkerOutline, thickness);
}

void outlined_quad(ImDrawList& dl, ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, ImU32 fill, float thickness) {
    dl.AddQuadFilled(a, b, c, d, fill);
    dl.AddQuad(a, b, c, d, colour::kMarkerOutline, thickness);
}

}  // namespace

std::optional<size_t> hit_run(std::span<const PixelRun> runs, float x) {
    for (size_t i = runs.size(); i-- > 0;)
        if (x >= runs[i].x0 && x < std::max(runs[i].x1, runs[i].x0 + 1.0f)) return i;
    return std::nullopt;
}

std::optional<size_t> hit_point(std::span<const PointHit> points, float x, float radius) {
    std::optional<size_t> best;
    float best_d = radius;
    for (size_t i = 0; i < points.size(); ++i) {
        const float d = std::fabs(points[i].x - x);
        if (d <= best_d) {
            best = i;
            best_d = d;
        }
    }
    return best;
}

ImU32 state_colour(WorkerState s) {
    switch (s) {
        case WorkerState::New: return colour::kNotStarted;
        case WorkerState::Ready: return colour::kReady;
        case WorkerState::Running: return colour::kRunning;
        case WorkerState::Blocked: return colour::kBlocked;
        case WorkerState::Sleeping: return colour::kSleeping;
        case WorkerState::Done: return colour::kDone;
        case WorkerState::Zombie: return colour::kZombie;
        case WorkerState::Outside: return colour::kOutside;
    }
    return colour::kDone;
}

const char* state_label(WorkerState s) {
    switch (s) {
        case WorkerState::New: return tr("not started");
        case WorkerState::Ready: return tr("ready");
        case WorkerState::Running: return tr("running");
        case WorkerState::Blocked: return tr("blocked");
        case WorkerState::Sleeping: return tr("sleeping");
        case WorkerState::Done: return tr("done");
        case WorkerState::Zombie: return tr("zombie");
        case WorkerState::Outside: return tr("in uninstrumented code");
    }
    return "?";
}

ImU32 marker_colour(MarkerKind k) {
    switch (k) {
        case MarkerKind::Deadlock: case MarkerKind::Stuck: case MarkerKind::Error: case MarkerKind::Terminated:
            return colour::kMarkerAlert;
        case MarkerKind::Timeout: case MarkerKind::QueueFull: case MarkerKind::QueueEmpty:
            return colour::kMarkerTimeout;
        default: return colour::kMarker;
    }
}

const char* state_word(WorkerState s) { return s == WorkerState::New ? tr("new") : state_label(s); }

const char* marker_label(MarkerKind k) {
    switch (k) {
        case MarkerKind::Fork: return tr("fork");
        case MarkerKind::Start: return tr("start");
        case MarkerKind::Exit: return tr("exit");
        case MarkerKind::Print: return tr("print");
        case MarkerKind::Timeout: return tr("timed out");
        case MarkerKind::Deadlock: return tr("deadlock");
        case MarkerKind::Stuck: return tr("stuck");
        case MarkerKind::Error: return tr("error");
        case MarkerKind::User: return tr("step");
        case MarkerKind::Result: return tr("result");
        case MarkerKind::Joined: return tr("joined");
        case MarkerKind::Reaped: return tr("reaped");
        case MarkerKind::Orphaned: return tr("orphaned");
        case MarkerKind::Terminated: return tr("terminated");
        case MarkerKind::QueueFull: return tr("queue full");
        case MarkerKind::QueueEmpty: return tr("queue empty");
        case MarkerKind::Dropped: return tr("events dropped");
        case MarkerKind::Count: break;
    }
    return "?";
}

int marker_rank(MarkerKind k) {
    switch (k) {
        case MarkerKind::Deadlock: case MarkerKind::Stuck: return 9;
        case MarkerKind::Error: case MarkerKind::Terminated: return 8;
        case MarkerKind::Timeout: return 7;
        case MarkerKind::Fork: return 6;  // a fork right after the start is the point of a fork demo
        case MarkerKind::Exit: return 5;
        case MarkerKind::Start: return 4;
        case MarkerKind::Print: return 3;
        default: return 1;
    }
}

ImU32 text_colour_on(ImU32 fill) { return luminance(fill) > kLightFill ? colour::kTextOnBar : colour::kTextHeading; }

std::string_view source_line(std::string_view source, uint32_t line) {
    if (line == 0) return {};
    for (uint32_t n = 1; n < line; ++n) {
        const size_t nl = source.find('\n');
        if (nl == std::string_view::npos) return {};
        source.remove_prefix(nl + 1);
    }
    source = source.substr(0, source.find('\n'));
    const size_t b = source.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    const size_t e = source.find_last_not_of(" \t\r");
    return source.substr(b, e - b + 1);
}

void draw_bar(ImDrawList& dl, float x0, float x1, float y0, float y1, ImU32 fill, bool condensed) {
    dl.AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), fill);
    if (condensed) dl.AddRectFilled(ImVec2(x0, y1 - (y1 - y0) * kCondensedBand), ImVec2(x1, y1), kCondensedShade);
}

void draw_hatch(ImDrawList& dl, const TimelineContext& ctx, ImVec4 bar) {
    const float step = kHatchStep * ctx.scale, h = bar.w - bar.y;
    const float x0 = std::max(bar.x, ctx.origin.x - h), x1 = std::min(bar.z, ctx.origin.x + ctx.width + h);
    if (x1 <= x0) return;
    dl.PushClipRect(ImVec2(bar.x, bar.y), ImVec2(bar.z, bar.w), true);
    for (float x = x0 - std::fmod(x0 - ctx.origin.x, step); x < x1 + h; x += step)
        dl.AddLine(ImVec2(x, bar.w), ImVec2(x - h, bar.y), kHatchColour, ctx.scale * 1.5f);
    dl.PopClipRect();
}

void draw_bar_text(ImDrawList& dl, const TimelineContext& ctx, ImVec4 bar, ImU32 fill, std::string_view text,
                   std::string_view short_text) {
    const float pad = timeline_size::kTextPadding * ctx.scale;
    const float vx0 = std::max(bar.x, ctx.origin.x) + pad;
    const float vx1 = std::min(bar.z, ctx.origin.x + ctx.width) - pad;
    const float avail = vx1 - vx0;
    const float font = ImGui::GetFontSize();
    if (avail <= font || bar.w - bar.y < font * 0.8f) return;
    for (std::string_view t : {text, short_text}) {
        if (t.empty()) continue;
        const float w = ImGui::CalcTextSize(t.data(), t.data() + t.size()).x;
        if (w > avail) continue;
        const ImVec2 at(vx0 + (avail - w) * 0.5f, bar.y + (bar.w - bar.y - font) * 0.5f);
        dl.AddText(at, text_colour_on(fill), t.data(), t.data() + t.size());
        return;
    }
}

void draw_marker(ImDrawList& dl, MarkerKind k, ImVec2 c, float r) {
    const ImU32 fill = marker_colour(k);
    const float th = std::max(1.0f, r * 0.22f);
    const ImVec2 up(c.x, c.y - r), down(c.x, c.y + r), left(c.x - r, c.y), right(c.x + r, c.y);
    switch (k) {
        case MarkerKind::Start:
            outlined_triangle(dl, ImVec2(c.x - r * 0.8f, c.y - r), ImVec2(c.x - r * 0.8f, c.y + r), right, fill, th);
            break;
        case MarkerKind::Fork:
            outlined_triangle(dl, ImVec2(c.x - r, c.y - r * 0.8f), ImVec2(c.x + r, c.y - r * 0.8f), down, fill, th);
            break;
        case MarkerKind::Exit: case MarkerKind::QueueFull: case MarkerKind::QueueEmpty:
            dl.AddRectFilled(ImVec2(c.x - r * 0.8f, c.y - r * 0.8f), ImVec2(c.x + r * 0.8f, c.y + r * 0.8f), fill);
            dl.AddRect(ImVec2(c.x - r * 0.8f, c.y - r * 0.8f), ImVec2(c.x + r * 0.8f, c.y + r * 0.8f),
                       colour::kMarkerOutline, 0.0f, 0, th);
            break;
        case MarkerKind::Timeout:  // an hourglass
            outlined_triangle(dl, ImVec2(c.x - r * 0.8f, c.y - r), ImVec2(c.x + r * 0.8f, c.y - r), c, fill, th);
            outlined_triangle(dl, ImVec2(c.x - r * 0.8f, c.y + r), ImVec2(c.x + r * 0.8f, c.y + r), c, fill, th);
            break;
        case MarkerKind::Deadlock: case MarkerKind::Stuck:
            outlined_quad(dl, up, right, down, left, fill, th);
            break;
        case MarkerKind::Error: case MarkerKind::Terminated:
            outlined_triangle(dl, up, ImVec2(c.x + r, c.y + r * 0.8f), ImVec2(c.x - r, c.y + r * 0.8f), fill, th);
            break;
        case MarkerKind::Print:
            dl.AddCircleFilled(c, r * 0.75f, fill);
            dl.AddCircle(c, r * 0.75f, colour::kMarkerOutline, 0, th);
            break;
        default:  // joined, reaped, orphaned, user steps, results, drops: a ring
            dl.AddCircle(c, r * 0.65f, colour::kMarkerOutline, 0, th * 2.5f);
            dl.AddCircle(c, r * 0.65f, fill, 0, th * 1.2f);
            break;
    }
}

void thin_markers(std::span<const core::Marker> markers, const TimelineContext& ctx, std::vector<PointHit>& out) {
    out.clear();
    const float r = timeline_size::kMarkerSize * ctx.scale;
    const core::Axis a = ctx.axis;
    auto first_at_or_after = [&](size_t from, double t) {
        return static_cast<size_t>(
            std::partition_point(markers.begin() + static_cast<std::ptrdiff_t>(from), markers.end(),
                                 [&](const core::Marker& m) { return marker_pos(m, a) < t; }) -
            markers.begin());
    };
    const double last_t = from_px(ctx, ctx.origin.x + ctx.width + r);
    size_t i = first_at_or_after(0, from_px(ctx, ctx.origin.x - r));
    while (i < markers.size() && marker_pos(markers[i], a) <= last_t) {
        const float x = to_px(ctx, marker_pos(markers[i], a));
        const size_t j = std::max(i + 1, first_at_or_after(i + 1, from_px(ctx, x + 2.0f * r)));
        size_t shown = i;
        for (size_t k = i + 1; k < std::min(j, i + kMaxRankScan); ++k)
            if (marker_rank(markers[k].kind) > marker_rank(markers[shown].kind)) shown = k;
        out.push_back({i, j, shown, x});
        i = j;
    }
}

void draw_arrow(ImDrawList& dl, ImVec2 a, ImVec2 b, float scale) {
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    dl.AddCircleFilled(a, 2.5f * scale, colour::kHandOff);
    if (len < 1.0f) return;
    const float ux = dx / len, uy = dy / len, h = kArrowHead * scale;
    const ImVec2 base(b.x - ux * h, b.y - uy * h);
    dl.AddLine(a, base, colour::kHandOff, 1.5f * scale);
    dl.AddTriangleFilled(b, ImVec2(base.x - uy * h * 0.5f, base.y + ux * h * 0.5f),
                         ImVec2(base.x + uy * h * 0.5f, base.y - ux * h * 0.5f), colour::kHandOff);
}

void tooltip_row(std::string_view label, std::string_view value) {
    text_coloured(colour::kTextMuted, label);
    ImGui::SameLine();
    text(value);
}

std::string describe_span(double a, double b, core::Axis axis) {
    const auto ia = static_cast<int64_t>(std::llround(a)), ib = static_cast<int64_t>(std::llround(b));
    if (axis == core::Axis::Ns)
        return trf("from {start} to {end} ({duration})", {{"start", format_duration(ia, axis)},
                                                          {"end", format_duration(ib, axis)},
                                                          {"duration", format_duration(ib - ia, axis)}});
    if (ib <= ia) return trf("within step {step}", {{"step", std::to_string(ia)}});
    if (ib - ia == 1) return trf("step {step}", {{"step", std::to_string(ib)}});
    return trf("steps {first} to {last} ({duration})", {{"first", std::to_string(ia + 1)},
                                                        {"last", std::to_string(ib)},
                                                        {"duration", format_duration(ib - ia, axis)}});
}

}  // namespace il::gui
