// app/gui/timeline/timeline_legend.cpp — the timeline's key: state and lock colours,
// queue fills, marker glyphs and the hand-off arrow, drawn exactly as the
// lanes draw them (a zombie's hatching included), flowing left to right and
// wrapping at the panel's edge; each entry explains itself on hover.
#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;

namespace {

using core::MarkerKind;

enum class KeyShape : uint8_t { Swatch, Hatched, Marker, Arrow };

struct KeyEntry {
    KeyShape shape;
    ImU32 colour;  // Swatch, Hatched
    MarkerKind marker;
    const char* label;    // English (N_), translated where drawn
    const char* tooltip;
};

constexpr KeyEntry kKey[] = {
    {KeyShape::Swatch, colour::kRunning, {}, N_("running"), N_("Executing.")},
    {KeyShape::Swatch, colour::kReady, {}, N_("ready"), N_("Could run: waiting for a CPU, or for its turn in step mode.")},
    {KeyShape::Swatch, colour::kBlocked, {}, N_("blocked"), N_("Waiting for a lock, a queue, an event or a join; the bar names it.")},
    {KeyShape::Swatch, colour::kSleeping, {}, N_("sleeping"), N_("In sleep().")},
    {KeyShape::Swatch, colour::kDone, {}, N_("done"), N_("Finished.")},
    {KeyShape::Hatched, colour::kZombie, {}, N_("zombie"), N_("A process that exited and that nobody has waited for yet.")},
    {KeyShape::Swatch, colour::kHolds, {}, N_("held"), N_("A lock owned by the worker its bar names; nobody waiting.")},
    {KeyShape::Swatch, colour::kHoldsContended, {}, N_("held, others waiting"), N_("Owned while other workers are blocked on it.")},
    {KeyShape::Swatch, colour::kQueueLevel, {}, N_("queue items"), N_("Items in a queue; the lane's top is its maxsize.")},
    {KeyShape::Swatch, colour::kQueueFull, {}, N_("queue full"), N_("The queue is at its maxsize: a put() blocks.")},
    {KeyShape::Marker, 0, MarkerKind::Start, N_("start"), N_("A worker started.")},
    {KeyShape::Marker, 0, MarkerKind::Fork, N_("fork"), N_("A process forked a child.")},
    {KeyShape::Marker, 0, MarkerKind::Print, N_("print"), N_("A worker printed (hover for the text).")},
    {KeyShape::Marker, 0, MarkerKind::Exit, N_("exit"), N_("A worker ended (hover for the exit code).")},
    {KeyShape::Marker, 0, MarkerKind::Timeout, N_("timed out"), N_("A wait with a timeout gave up.")},
    {KeyShape::Marker, 0, MarkerKind::Deadlock, N_("deadlock"), N_("The runtime found a cycle of waits here.")},
    {KeyShape::Marker, 0, MarkerKind::Error, N_("error"), N_("A misuse, e.g. releasing a lock nobody holds.")},
    {KeyShape::Arrow, 0, {}, N_("hand-off"), N_("From a release to the waiting worker that obtained the lock next.")},
};

// Draws the entry's symbol in a square of side `side` at p.
void draw_symbol(ImDrawList& dl, const KeyEntry& e, ImVec2 p, float side) {
    const float scale = ui_scale();
    switch (e.shape) {
        case KeyShape::Swatch: dl.AddRectFilled(p, ImVec2(p.x + side, p.y + side), e.colour, 2.0f * scale); break;
        case KeyShape::Hatched: {
            dl.AddRectFilled(p, ImVec2(p.x + side, p.y + side), e.colour, 2.0f * scale);
            TimelineContext ctx = make_context(p, side, 0.0, 1.0, core::Axis::Ns, scale);
            draw_hatch(dl, ctx, ImVec4(p.x, p.y, p.x + side, p.y + side));
            break;
        }
        case KeyShape::Marker:
            draw_marker(dl, e.marker, ImVec2(p.x + side * 0.5f, p.y + side * 0.5f), side * 0.4f);
            break;
        case KeyShape::Arrow:
            draw_arrow(dl, ImVec2(p.x + 2.0f * scale, p.y + side * 0.8f), ImVec2(p.x + side * 1.5f, p.y + side * 0.2f),
                       scale);
            break;
    }
}

}  // namespace

void Timeline::draw_legend() const {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float side = ImGui::GetTextLineHeight();
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool first = true;
    for (const KeyEntry& e : kKey) {
        const float symbol_w = e.shape == KeyShape::Arrow ? side * 1.5f : side;
        const float width = symbol_w + style.ItemInnerSpacing.x + ImGui::CalcTextSize(tr(e.label)).x;
        if (!first) {
            ImGui::SameLine(0.0f, style.ItemSpacing.x * 2.0f);
            if (ImGui::GetCursorScreenPos().x + width > right_edge) ImGui::NewLine();  // wrap
        }
        first = false;
        ImGui::BeginGroup();
        draw_symbol(*ImGui::GetWindowDrawList(), e, ImGui::GetCursorScreenPos(), side);
        ImGui::Dummy(ImVec2(symbol_w, side));
        ImGui::SameLine(0.0f, style.ItemInnerSpacing.x);
        ImGui::TextUnformatted(tr(e.label));
        ImGui::EndGroup();
        ImGui::SetItemTooltip("%s", tr(e.tooltip));
    }
}

}  // namespace il::gui
