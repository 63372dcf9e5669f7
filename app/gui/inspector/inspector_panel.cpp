// app/gui/inspector/inspector_panel.cpp — the state of every object of a run, one row
// per object (inspector_model.hpp), live while the run goes and as it was at
// the end afterwards. Until a run feeds it, it says what it will show.
#include <string>

#include "app/gui/inspector/inspector_model.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/session/run_view.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr float kFilterWidthEm = 14.0f;
constexpr float kObjectColumnWeight = 1.0f;
constexpr float kStateColumnWeight = 2.2f;

void field_line(const InspectorField& f) {
    // Core names its fields in English (marked N_ there); a worker's name stays as it is.
    text_coloured(colour::kTextMuted, trf("{label}:", {{"label", tr(f.label)}}));
    ImGui::SameLine();
    text_wrapped(f.value);
}

void entry_row(const InspectorEntry& e) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_wrapped(e.name);
    text_coloured(colour::kTextMuted, e.kind_text);
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, e.contended ? colour::kHoldsContended : colour::kTextHeading);
    text_wrapped(e.summary);
    ImGui::PopStyleColor();
    for (const InspectorField& f : e.fields) field_line(f);
}

bool matches(const ImGuiTextFilter& filter, const InspectorEntry& e) {
    if (!filter.IsActive()) return true;
    return filter.PassFilter(e.name.c_str()) || filter.PassFilter(e.kind_text.c_str());
}

void entries_table(const std::vector<InspectorEntry>& entries, const ImGuiTextFilter& filter) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_NoSavedSettings | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                       ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("objects", 2, kFlags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("Object"), ImGuiTableColumnFlags_WidthStretch, kObjectColumnWeight);
    ImGui::TableSetupColumn(tr("State"), ImGuiTableColumnFlags_WidthStretch, kStateColumnWeight);
    ImGui::TableHeadersRow();
    for (const InspectorEntry& e : entries) {
        if (!matches(filter, e)) continue;
        ImGui::PushID(static_cast<int>(e.index));
        entry_row(e);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void InspectorPanel::draw_content(UiState& state) { draw_view(run_view(state.session())); }

void InspectorPanel::draw_view(const RunView& run) {
    if (!run.has_run()) {
        empty_state(tr(kNoRunYet),
                    tr("During a run this lists every object and its state: each lock's holder and waiters, each queue's contents, each event's flag, each thread's ThreadLocal value, and each pool's tasks and results."));
        return;
    }
    const std::vector<InspectorEntry> entries = inspect(*run.snap);
    if (entries.empty()) {
        empty_state(tr("No objects yet."), tr("Locks, queues, events and the other objects the run creates appear here."));
        return;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * kFilterWidthEm);
    if (ImGui::InputTextWithHint("##filter", tr("Filter by name or kind"), filter_.InputBuf, IM_ARRAYSIZE(filter_.InputBuf)))
        filter_.Build();
    ImGui::SameLine();
    const std::string n = std::to_string(entries.size());
    const std::string count = entries.size() == 1 ? trf("{n} object", {{"n", n}}) : trf("{n} objects", {{"n", n}});
    text_coloured(colour::kTextMuted,
                  run.snap->live ? count : trf("{count}, as they were at the end of the saved run", {{"count", count}}));
    entries_table(entries, filter_);
}

}  // namespace il::gui
