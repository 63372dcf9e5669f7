// app/gui/controls/demos_panel.cpp — the demo browser: the catalogue from
// core::Registry as a tree by group, then the selected demo's title, summary,
// explanation, "try this" list, parameters and Python equivalent.
#include <algorithm>
#include <string>
#include <tuple>

#include "app/gui/shell/panels.hpp"
#include "app/gui/controls/param_editor.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"
#include "core/common/py_comments.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

// The catalogue takes at most this share of the panel; details get the rest.
constexpr float kCatalogueMaxShare = 0.3f;  // "try this" stays in view at 1280×720
// The Python block grows with its text up to this many lines, then scrolls.
constexpr float kPythonMaxLines = 18.0f;

// "Label###id": the label in the current language, the id the same in every language.
std::string with_id(const char* label, const char* id) { return std::string(label) + "###" + id; }

// A demo's texts are translated by its entry in lang/<code>/demos.json (English when missing);
// the filter finds both.
bool matches(const ImGuiTextFilter& filter, const core::DemoInfo& demo) {
    return filter.PassFilter(demo.title.c_str()) || filter.PassFilter(tr(demo.title)) ||
           filter.PassFilter(demo.id.c_str()) || filter.PassFilter(demo.group.c_str()) ||
           filter.PassFilter(tr(demo.group));
}

void draw_try_this(const core::DemoInfo& demo) {
    if (demo.try_this.empty()) return;
    if (!ImGui::CollapsingHeader(with_id(tr("Try this"), "try_this").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    for (const std::string& item : demo.try_this) {
        ImGui::Bullet();
        text_wrapped(tr(item));
    }
}

void draw_parameters(UiState& state, const core::DemoInfo& demo) {
    if (!ImGui::CollapsingHeader(with_id(tr("Parameters"), "parameters").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (demo.params.empty()) {
        text_muted_wrapped(tr("This demo has no parameters."));
        return;
    }
    core::Params& params = state.params_for(demo);
    draw_param_editor(demo.params, params);
    const bool edited = params_differ_from_defaults(demo.params, params);
    ImGui::BeginDisabled(!edited);
    if (ImGui::Button(with_id(tr("Reset to defaults"), "reset_params").c_str())) state.reset_params(demo);
    ImGui::EndDisabled();
}

// Start it from here too, right under its parameters (the same buttons as in Run controls).
void draw_start(UiState& state) {
    ImGui::Spacing();
    command_buttons(state, {Command::Run, Command::Slow, Command::Step});
}

// The course, one lesson after another: the previous and next demo in the
// catalogue's order (their titles in the tooltips).
void draw_course_steps(UiState& state) {
    for (auto [c, direction, arrow] : {std::tuple{Command::PreviousDemo, -1, "< "}, std::tuple{Command::NextDemo, +1, " >"}}) {
        const std::string label = direction < 0 ? arrow + std::string(command_label(c)) : std::string(command_label(c)) + arrow;
        if (direction > 0) same_line_if_fits(button_width(label));
        const core::DemoInfo* to = neighbour_demo(state, direction);
        ImGui::BeginDisabled(to == nullptr);
        if (ImGui::SmallButton(with_id(label.c_str(), direction < 0 ? "previous" : "next").c_str())) execute(state, c);
        ImGui::EndDisabled();
        if (to != nullptr) ImGui::SetItemTooltip("%s (%s)", tr(to->title), shortcut_text(c).c_str());
    }
}

// A C++ demo whose idea has a runnable Python example: one click selects it.
void draw_twin(UiState& state, const core::DemoInfo& demo) {
    if (demo.python_twin.empty()) return;
    const char* label = tr("Open the Python version");
    same_line_if_fits(button_width(label));  // beside Previous / Next when it fits, else under them
    if (ImGui::SmallButton(with_id(label, "python_twin").c_str())) state.select(demo.python_twin);
    ImGui::SetItemTooltip(
        "%s", trf("Selects {demo}: the same idea as a Python program you can run, step and edit.",
                  {{"demo", demo.python_twin}})
                  .c_str());
}

void draw_python(const core::DemoInfo& demo) {
    if (demo.python.empty()) return;
    if (!ImGui::CollapsingHeader(with_id(tr("Python equivalent"), "python").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        return;
    text_muted_wrapped(tr("The same idea in the Python the course uses:"));
    // Its comments in the user's language, copied as shown (a few µs a frame: not worth a cache).
    const std::string python = i18n::translate_comments(demo.python);
    code_block("python", python, false, ImGui::GetTextLineHeightWithSpacing() * kPythonMaxLines);
    copy_button("copy_python", python);
}

}  // namespace

void DemosPanel::draw_content(UiState& state) {
    // Listed programs are read again when their files change: a fresh list each frame is a few dozen pointers.
    catalogue_ = core::Registry::catalogue();
    if (catalogue_.empty()) {
        empty_state(tr("No demos in this build."),
                    tr("Demos register themselves when their files in demos/ are compiled in. `interleave list` prints the same catalogue on the command line."));
        return;
    }
    if (state.selected() == nullptr) state.select(catalogue_.front()->id);

    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##filter", tr("Filter demos"), filter_.InputBuf, IM_ARRAYSIZE(filter_.InputBuf)))
        filter_.Build();
    // The catalogue takes the height it needs, up to its share; details get the rest.
    const float max_h = std::max(ImGui::GetContentRegionAvail().y * kCatalogueMaxShare, ImGui::GetFrameHeight() * 3.0f);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(FLT_MAX, max_h));
    if (ImGui::BeginChild("catalogue", ImVec2(-FLT_MIN, 0.0f), ImGuiChildFlags_AutoResizeY)) draw_catalogue(state);
    ImGui::EndChild();
    ImGui::Separator();

    if (ImGui::BeginChild("details")) {
        if (const core::DemoInfo* demo = state.selected()) draw_details(state, *demo);
    }
    ImGui::EndChild();
}

// Groups start closed, a table of contents, except the selected demo's;
// while filtering, every group with a match is open.
void DemosPanel::draw_catalogue(UiState& state) {
    bool shown_any = false;
    for (const DemoGroup& group : group_demos(catalogue_)) {
        const bool any = std::any_of(group.demos.begin(), group.demos.end(),
                                     [&](const core::DemoInfo* d) { return matches(filter_, *d); });
        if (!any) continue;
        shown_any = true;
        const bool has_selected = std::any_of(group.demos.begin(), group.demos.end(),
                                              [&](const core::DemoInfo* d) { return d->id == state.selected_id(); });
        if (filter_.IsActive()) ImGui::SetNextItemOpen(true);
        ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanAvailWidth;
        if (has_selected) flags |= ImGuiTreeNodeFlags_DefaultOpen;
        if (!ImGui::TreeNodeEx(with_id(tr(group.name), group.name.c_str()).c_str(), flags)) continue;
        for (const core::DemoInfo* demo : group.demos) {
            if (!matches(filter_, *demo)) continue;
            ImGui::PushID(demo->id.c_str());  // titles need not be unique; ids are
            const bool selected = demo->id == state.selected_id();
            if (ImGui::Selectable(with_id(tr(demo->title), "demo").c_str(), selected)) state.select(demo->id);
            ImGui::SetItemTooltip("%s\n%s\n%s", tr(demo->title), demo->id.c_str(), tr(demo->summary));
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
    if (!shown_any) text_muted_wrapped(tr("No demo matches the filter."));
}

void DemosPanel::draw_details(UiState& state, const core::DemoInfo& demo) {
    // What to do comes before why, so "try this" is in view at 1280×720
    // (the summary is the explanation's first line, and the catalogue's tooltip).
    heading(tr(demo.title));
    ImGui::SetItemTooltip("%s", demo.id.c_str());
    draw_course_steps(state);
    draw_twin(state, demo);
    ImGui::Spacing();
    draw_try_this(demo);
    if ((!demo.summary.empty() || !demo.explanation.empty()) &&
        ImGui::CollapsingHeader(with_id(tr("Explanation"), "explanation").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        if (!demo.summary.empty()) text_wrapped(tr(demo.summary));
        if (!demo.explanation.empty()) text_wrapped(tr(demo.explanation));
    }
    draw_parameters(state, demo);
    draw_start(state);
    draw_python(demo);
}

}  // namespace il::gui
