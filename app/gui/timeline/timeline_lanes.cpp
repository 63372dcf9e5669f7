// app/gui/timeline/timeline_lanes.cpp — the learner's say over the lanes: pin a
// lane to the top, collapse it to a thin strip, hide it, and the internal
// threads of pools and executors folded into one row until asked for. Choices
// are by lane name and last as long as the panel (a new run of the same demo
// keeps them).
#include <algorithm>
#include <string>

#include "app/gui/shell/layout.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "app/gui/timeline/timeline.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr float kCollapsedShare = 0.35f;  // of a lane's height: a strip that still shows its colours

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

void toggle(std::vector<std::string>& v, const std::string& s) {
    if (const auto it = std::find(v.begin(), v.end(), s); it != v.end()) v.erase(it);
    else v.push_back(s);
}

// The row standing for the folded internal threads: its name says how many;
// a click on it (or the Lanes menu) shows them.
class InternalsLane final : public TimelineLane {
public:
    InternalsLane(const LaneSource& source, size_t count) : TimelineLane(source), count_(count) {}
    LaneKind kind() const override { return LaneKind::Group; }
    std::string label() const override {
        return trf("internal threads ({n})", {{"n", std::to_string(count_)}});
    }
    std::string sublabel() const override { return tr("click to show"); }
    float height(const TimelineContext& ctx) const override { return ctx.lane_height * kCollapsedShare * 2.0f; }
    void prepare(const TimelineContext&) override {}
    void draw(const TimelineContext&, ImDrawList&, float) const override {}
    bool tooltip(const TimelineContext& ctx, float y) const override {
        if (ctx.mouse.y < y || ctx.mouse.y >= y + height(ctx)) return false;
        ImGui::SetTooltip("%s", tr("A pool's and an executor's own threads (their task, result and worker handlers). They are the machinery, not the lesson: click their row's name to show their lanes."));
        return true;
    }
    size_t drawn_items() const override { return 0; }

private:
    size_t count_;
};

bool is_internal(const core::TraceStore& store, const TimelineLane& lane) {
    return lane.worker() != core::kNoWorker && (store.worker(lane.worker()).flags & core::kWorkerInternal) != 0;
}

}  // namespace

void Timeline::toggle_pinned(const std::string& lane) {
    toggle(pinned_, lane);
    relayout();
}

void Timeline::toggle_hidden(const std::string& lane) {
    toggle(hidden_, lane);
    relayout();
}

void Timeline::toggle_collapsed(const std::string& lane) {
    toggle(collapsed_, lane);
    relayout();
}

void Timeline::show_all_lanes() {
    hidden_.clear();
    show_internals_ = true;
    relayout();
}

void Timeline::set_show_internals(bool on) {
    show_internals_ = on;
    relayout();
}

// Pinned lanes first (in pin order), then the lesson's (gil.convoy's GIL lanes
// above the fold), then the rest in the order they were made; hidden lanes
// left out; the internal threads last, or folded into one row.
void Timeline::order_lanes(const core::TraceStore& store) {
    std::vector<std::unique_ptr<TimelineLane>> kept, internals;
    internal_count_ = 0;
    for (auto& lane : lanes_) {
        if (is_internal(store, *lane)) {
            ++internal_count_;
            if (show_internals_ && !has(hidden_, lane->label())) internals.push_back(std::move(lane));
        } else if (!has(hidden_, lane->label())) {
            kept.push_back(std::move(lane));
        }
    }
    auto rank = [this](const TimelineLane& l) {
        const std::string name = l.label();
        const auto pin = std::find(pinned_.begin(), pinned_.end(), name);
        if (pin != pinned_.end()) return static_cast<size_t>(pin - pinned_.begin());
        return pinned_.size() + lane_rank(focus_lanes_, name);
    };
    std::stable_sort(kept.begin(), kept.end(), [&](const auto& a, const auto& b) { return rank(*a) < rank(*b); });
    for (auto& lane : internals) kept.push_back(std::move(lane));
    if (internal_count_ > 0 && !show_internals_) kept.push_back(std::make_unique<InternalsLane>(source_, internal_count_));
    lanes_ = std::move(kept);
}

TimelineContext Timeline::lane_ctx(size_t lane) const {
    if (lane >= lanes_.size() || !has(collapsed_, lanes_[lane]->label())) return ctx_;
    TimelineContext c = ctx_;
    c.lane_height = ctx_.lane_height * kCollapsedShare;
    return c;
}

// The toolbar's "Lanes" menu: every lane with its pin, collapse and hide, the
// internal threads, and a way back to all of them.
void Timeline::draw_lanes_menu() {
    const size_t hidden = hidden_lanes();
    const std::string label = hidden > 0 ? trf("Lanes ({n} hidden)", {{"n", std::to_string(hidden)}}) : tr("Lanes");
    if (ImGui::Button((label + "###lanes").c_str())) ImGui::OpenPopup("##lanes_popup");
    ImGui::SetItemTooltip("%s", tr("Pin, collapse or hide lanes, and show a pool's internal threads."));
    if (!ImGui::BeginPopup("##lanes_popup")) return;
    if (internal_count_ > 0) {
        bool show = show_internals_;
        if (ImGui::Checkbox(trf("Internal threads ({n})", {{"n", std::to_string(internal_count_)}}).c_str(), &show))
            set_show_internals(show);
    }
    if (ImGui::MenuItem(tr("Show every lane"), nullptr, false, hidden > 0)) show_all_lanes();
    ImGui::Separator();
    for (const auto& lane : lanes_) {
        if (lane->kind() == LaneKind::Group) continue;
        const std::string name = lane->label();
        ImGui::PushID(name.c_str());
        bool pinned = has(pinned_, name), collapsed = has(collapsed_, name);
        if (ImGui::Checkbox(tr("pin"), &pinned)) toggle_pinned(name);
        ImGui::SameLine();
        if (ImGui::Checkbox(tr("thin"), &collapsed)) toggle_collapsed(name);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("hide"))) toggle_hidden(name);
        ImGui::SameLine();
        ImGui::TextUnformatted(name.c_str());
        ImGui::PopID();
    }
    for (const std::string& name : hidden_) {
        ImGui::PushID(name.c_str());
        if (ImGui::SmallButton(tr("show"))) toggle_hidden(name);
        ImGui::SameLine();
        text_coloured(colour::kTextMuted, name);
        ImGui::PopID();
        break;  // toggle_hidden changed the list: the rest next frame
    }
    ImGui::EndPopup();
}

// A right click on a lane's name: that lane's pin, collapse and hide.
void Timeline::draw_label_menu() {
    if (!ImGui::BeginPopup("##lane_menu")) return;
    text_coloured(colour::kTextMuted, menu_lane_);
    ImGui::Separator();
    if (ImGui::MenuItem(has(pinned_, menu_lane_) ? tr("Unpin") : tr("Pin to the top"))) toggle_pinned(menu_lane_);
    if (ImGui::MenuItem(has(collapsed_, menu_lane_) ? tr("Full height") : tr("Thin strip"))) toggle_collapsed(menu_lane_);
    if (ImGui::MenuItem(tr("Hide this lane"))) toggle_hidden(menu_lane_);
    if (ImGui::MenuItem(tr("Show every lane"), nullptr, false, hidden_lanes() > 0)) show_all_lanes();
    ImGui::EndPopup();
}

}  // namespace il::gui
