// app/gui/source/source_panel.cpp — the demo's own source (embedded at build time)
// with a marker per worker on the line it is paused at (source_markers.hpp).
// Each marker gets a row of its own under its line — several workers on one
// line stack — naming the worker in its colour and its next operation
// ("Thread-2 → mutexB.acquire()"), and why it cannot move when blocked. In
// step mode a click on a marker grants that worker one step: the learner
// plays the scheduler. "Follow" scrolls to keep moving markers in view.
#define IMGUI_DEFINE_MATH_OPERATORS  // ImVec2 arithmetic (must precede imgui.h)
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/session/run_view.hpp"
#include "app/gui/source/source_markers.hpp"
#include "app/gui/timeline/timeline_lane.hpp"  // state_word
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "app/gui/shell/worker_colors.hpp"
#include "core/common/i18n.hpp"
#include "core/common/py_comments.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr float kGutterTabEm = 0.6f;   // one worker's tab in the gutter
constexpr size_t kGutterTabs = 3;      // tabs drawn before "+"
constexpr float kChipPadPx = 6.0f;
constexpr float kChipRounding = 4.0f;
constexpr float kChipBorderPx = 2.0f;
constexpr uint8_t kChipAlpha = 215;  // a grantable chip's fill, brighter under the mouse
constexpr float kFollowAt = 0.35f;     // a followed marker lands this far down the view

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    while (!s.empty()) {
        const size_t nl = s.find('\n');
        lines.push_back(s.substr(0, nl));
        if (nl == std::string_view::npos) break;
        s.remove_prefix(nl + 1);
    }
    return lines;
}

// A display row: a line of code, or one marker under its line.
struct Row {
    uint32_t line = 0;  // 1-based
    int marker = -1;    // index into the markers, -1 for the code itself
};

std::vector<Row> display_rows(size_t lines, const std::vector<SourceMarker>& markers,
                              const std::vector<MarkerLine>& stacks) {
    std::vector<Row> rows;
    rows.reserve(lines + markers.size());
    size_t s = stacks.empty() || stacks.front().line != 0 ? 0 : 1;  // line 0: not in the listing
    for (uint32_t line = 1; line <= lines; ++line) {
        rows.push_back({line, -1});
        for (; s < stacks.size() && stacks[s].line == line; ++s)
            for (size_t m : stacks[s].markers) rows.push_back({line, static_cast<int>(m)});
    }
    return rows;
}

struct Columns {
    float gutter = 0, number = 0, code = 0;  // x offsets from the row's start
    float char_w = 0;
};

Columns columns(size_t lines) {
    const float em = ImGui::GetFontSize(), sp = ImGui::GetStyle().ItemSpacing.x;
    Columns c;
    c.char_w = ImGui::CalcTextSize("0").x;
    c.number = static_cast<float>(kGutterTabs + 1) * kGutterTabEm * em;
    c.code = c.number + ImGui::CalcTextSize(std::to_string(lines).c_str()).x + 2.0f * sp;
    return c;
}

void draw_gutter(ImDrawList* dl, ImVec2 p, float h, const std::vector<SourceMarker>& markers,
                 const MarkerLine& stack) {
    const float w = kGutterTabEm * ImGui::GetFontSize();
    for (size_t k = 0; k < stack.markers.size() && k < kGutterTabs; ++k) {
        const float x = p.x + static_cast<float>(k) * w;
        const ImU32 col = worker_colour(markers[stack.markers[k]].worker);
        dl->AddTriangleFilled(ImVec2(x + w * 0.1f, p.y + h * 0.15f), ImVec2(x + w * 0.9f, p.y + h * 0.5f),
                              ImVec2(x + w * 0.1f, p.y + h * 0.85f), col);
    }
    if (stack.markers.size() > kGutterTabs)
        dl->AddText(ImVec2(p.x + static_cast<float>(kGutterTabs) * w, p.y), colour::kTextMuted, "+");
}

void draw_code_row(std::string_view code, uint32_t line, const Columns& c, const MarkerLine* stack,
                   const std::vector<SourceMarker>& markers) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeightWithSpacing();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (stack) {
        const float left = ImGui::GetWindowPos().x, right = left + ImGui::GetWindowWidth();
        dl->AddRectFilled(ImVec2(left, p.y), ImVec2(right, p.y + h), colour::kMarkedLine);
        draw_gutter(dl, p, h, markers, *stack);
    }
    const std::string number = std::to_string(line);
    const float num_right = c.code - 2.0f * ImGui::GetStyle().ItemSpacing.x;
    dl->AddText(ImVec2(p.x + num_right - ImGui::CalcTextSize(number.c_str()).x, p.y), colour::kLineNumber,
                number.c_str());
    ImGui::SetCursorScreenPos(ImVec2(p.x + c.code, p.y));
    text(code);
}

// The chip's label: "▶ Thread-2 → mutexB.acquire()" (the ▶ when a click steps it).
std::string chip_label(const SourceMarker& m) {
    std::string s = m.grantable ? "\u25B6 " : "";
    const std::string op = m.op.empty() ? std::string(state_word(m.state)) : m.op;
    s += m.name + " \u2192 " + (m.time_out_only ? trf("{call}: let it time out", {{"call", op}}) : op);
    return s;
}

void chip_tooltip(const SourceMarker& m) {
    std::string tip;
    if (m.grantable)
        tip = m.time_out_only ? trf("Click to grant {worker} one step (its timed wait expires).", {{"worker", m.name}})
                              : trf("Click to grant {worker} one step.", {{"worker", m.name}});
    else if (!m.why.empty())
        tip = trf("{worker} cannot be stepped now: {why}", {{"worker", m.name}, {"why", m.why}});
    else
        tip = trf("{worker} is {state} here.", {{"worker", m.name}, {"state", state_word(m.state)}});
    ImGui::SetItemTooltip("%s", tip.c_str());
}

// A marker's chip at the cursor: filled with a ▶ when a click grants the
// worker a step (brighter with a white rim under the mouse), outlined when not.
void draw_chip(const RunView& run, const SourceMarker& m) {
    const float s = ui_scale(), pad = kChipPadPx * s;
    const std::string label = chip_label(m);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    const ImVec2 a = ImGui::GetCursorScreenPos(), b = a + ImVec2(ts.x + 2.0f * pad, ts.y);
    ImGui::PushID(m.worker);
    // The chip's label is its id too, so tests find "▶ Thread-1 → ..." by its text.
    const bool clicked = ImGui::InvisibleButton(label.c_str(), b - a);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    chip_tooltip(m);
    if (m.grantable && hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked && m.grantable && run.grant) run.grant(m.worker, m.time_out_only);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 col = worker_colour(m.worker);
    if (m.grantable) {
        dl->AddRectFilled(a, b, hovered ? col : worker_colour(m.worker, kChipAlpha), kChipRounding * s);
        if (hovered) dl->AddRect(a, b, colour::kTextHeading, kChipRounding * s, 0, kChipBorderPx * s);
        dl->AddText(ImVec2(a.x + pad, a.y), colour::kTextOnBar, label.c_str());
    } else {
        dl->AddRectFilled(a, b, colour::kNodeFill, kChipRounding * s);
        dl->AddRect(a, b, col, kChipRounding * s, 0, kChipBorderPx * s);
        dl->AddText(ImVec2(a.x + pad, a.y), col, label.c_str());
    }
    if (!m.blocked.empty()) {
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.0f);
        text_coloured(colour::kBlocked, trf("blocked: {why}", {{"why", m.blocked}}));
    }
}

// One marker's row: its chip under the statement, then why it cannot move.
void draw_marker_row(const RunView& run, const SourceMarker& m, std::string_view code, const Columns& c) {
    const size_t indent = code.find_first_not_of(" \t");
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float x = p.x + c.code + c.char_w * static_cast<float>(indent == std::string_view::npos ? 0 : indent);
    ImGui::SetCursorScreenPos(ImVec2(x, p.y));
    draw_chip(run, m);
}

// Workers not at a line of the file (a first step, an implicit join at exit):
// their chips above the listing, flowing left to right.
void draw_unplaced(const RunView& run, const std::vector<SourceMarker>& markers, const MarkerLine& stack) {
    text_coloured(colour::kTextMuted, tr("Not at a line yet:"));
    ImGui::SetItemTooltip("%s", tr("These workers are about to make their first step, or wait in code that is not in this file (an implicit join at exit, library code)."));
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (size_t i : stack.markers) {
        const SourceMarker& m = markers[i];
        const float w = ImGui::CalcTextSize(chip_label(m).c_str()).x + 2.0f * kChipPadPx * ui_scale();
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.0f);
        if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        draw_chip(run, m);
    }
}

// The row a line's first marker sits in, for following it.
int row_of_line(const std::vector<Row>& rows, uint32_t line) {
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].line == line && rows[i].marker >= 0) return static_cast<int>(i);
    return -1;
}

// Scrolls (by as little as it can) so rows [top, bottom) are in view.
void scroll_into_view(int top, int bottom, float row_h) {
    const float view = ImGui::GetWindowHeight() - ImGui::GetStyle().ScrollbarSize - row_h;  // keep a row of air
    const float y0 = static_cast<float>(top) * row_h, y1 = static_cast<float>(bottom) * row_h;
    const float scroll = ImGui::GetScrollY();
    if (y0 >= scroll && y1 <= scroll + view) return;
    ImGui::SetScrollY(std::max(0.0f, y1 - y0 <= view ? (y0 < scroll ? y0 - row_h : y1 - view) : y0 - view * kFollowAt));
}

// When the markers' lines change, scroll (if following) so every marker and
// its statement is in view; when they cannot all be, the first one that moved.
void follow_markers(bool follow, std::vector<uint32_t>& last_lines, const std::vector<Row>& rows, float row_h) {
    std::vector<uint32_t> lines;
    int top = -1, bottom = -1;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].marker < 0) continue;
        if (lines.empty() || lines.back() != rows[i].line) lines.push_back(rows[i].line);
        if (top < 0) top = static_cast<int>(i);
        bottom = static_cast<int>(i) + 1;
    }
    const std::vector<uint32_t> before = std::exchange(last_lines, lines);
    if (!follow || lines.empty() || lines == before) return;
    while (top > 0 && rows[static_cast<size_t>(top)].marker >= 0) --top;  // the first marked statement itself
    if (static_cast<float>(bottom - top + 1) * row_h <= ImGui::GetWindowHeight() - ImGui::GetStyle().ScrollbarSize) {
        scroll_into_view(top, bottom, row_h);
        return;
    }
    for (uint32_t line : lines)  // too many to show at once: the first line new to the markers
        if (!std::binary_search(before.begin(), before.end(), line)) {
            const int row = row_of_line(rows, line);
            scroll_into_view(row - 1, row + 1, row_h);
            return;
        }
}

// Markers scrolled out of the view: a button at its top edge naming the ones
// above, one at its bottom edge for the ones below; a click scrolls to the
// nearest of them. A learner playing the scheduler sees every worker at once.
void draw_offscreen_hints(const std::vector<Row>& rows, const std::vector<SourceMarker>& markers, float row_h) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float scroll = ImGui::GetScrollY();
    const float view = ImGui::GetWindowHeight() - style.ScrollbarSize;
    std::string above, below;
    int above_row = -1, below_row = -1;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].marker < 0) continue;
        const float y = static_cast<float>(i) * row_h;
        const std::string& name = markers[static_cast<size_t>(rows[i].marker)].name;
        if (y + row_h <= scroll) {
            above += (above.empty() ? "" : ", ") + name;
            above_row = static_cast<int>(i);  // the last one above is the nearest
        } else if (y >= scroll + view - row_h) {
            below += (below.empty() ? "" : ", ") + name;
            if (below_row < 0) below_row = static_cast<int>(i);
        }
    }
    const ImVec2 win = ImGui::GetWindowPos();
    const float pad = style.ItemSpacing.y;
    auto hint = [&](const std::string& names, int row, bool up) {
        if (names.empty()) return;
        const std::string label = std::string(up ? "\u25B2 " : "\u25BC ") + names;
        const ImVec2 size = ImGui::CalcTextSize(label.c_str()) + ImVec2(style.FramePadding.x * 2.0f, 0.0f);
        const float x = win.x + ImGui::GetWindowWidth() - style.ScrollbarSize - size.x - pad;
        ImGui::SetCursorScreenPos(ImVec2(x, up ? win.y + pad : win.y + view - size.y - pad));
        ImGui::PushID(up ? "above" : "below");
        if (ImGui::SmallButton(label.c_str()))
            ImGui::SetScrollY(std::max(0.0f, static_cast<float>(row) * row_h - view * kFollowAt));
        ImGui::PopID();
        ImGui::SetItemTooltip("%s", (up ? trf("{workers} is above the view: click to scroll there.", {{"workers", names}})
                                        : trf("{workers} is below the view: click to scroll there.", {{"workers", names}}))
                                        .c_str());
    };
    hint(above, above_row, true);
    hint(below, below_row, false);
}

}  // namespace

void SourcePanel::draw_content(UiState& state) {
    const RunView run = run_view(state.session());
    const core::DemoInfo* demo = state.selected();
    if (run.has_run() && !run.demo_id.empty())  // a run shows its own demo's source
        if (const core::DemoInfo* d = core::Registry::find(run.demo_id)) demo = d;
    const ProgramEdit& edit = state.edit();
    state.editor_focused = false;
    if (edit.open && demo != nullptr && demo->source_file == edit.path) {
        text_coloured(colour::kTextMuted, edit.path);
        editor_.draw(state, run);
        return;
    }
    if (demo != nullptr && core::is_program(*demo) && demo->id == state.selected_id()) {
        command_buttons(state, {Command::EditProgram});  // a Python program: edit it here
        ImGui::SameLine();
    }
    draw_view(run, demo);
}

void SourcePanel::draw_view(const RunView& run, const core::DemoInfo* demo) {
    if (demo == nullptr) {
        empty_state(tr("No demo selected."), tr("Pick a demo in Demos to read its source here."));
        return;
    }
    const auto source = core::Registry::source(demo->source_file);
    if (demo->source_file.empty() || !source) {
        empty_state(tr("No source for this demo."), tr("Its source file was not embedded in this build."));
        return;
    }
    const bool program = core::is_program(*demo);  // a learner's program, read from disk
    text_coloured(colour::kTextMuted, program ? demo->source_file : "demos/" + demo->source_file);
    ImGui::SetItemTooltip("%s", program ? tr("Your program, as it was when you opened it. During a run, a marker shows the line each worker is paused on.")
                                        : tr("The demo's own source, built into this program. During a run, a marker shows the line each worker is paused on."));
    const std::string follow = std::string(tr("Follow")) + "###follow";
    same_line_if_fits(checkbox_width(follow), ImGui::GetStyle().ItemSpacing.x * 3.0f);
    ImGui::Checkbox(follow.c_str(), &follow_);
    ImGui::SetItemTooltip("%s", tr("Scroll to keep the workers' markers in view as they move."));
    if (run.step != nullptr && run.state == SessionState::Live && run.step->status == core::StepStatus::Running) {
        const char* hint = tr("▶ click a marker to step that worker");
        same_line_if_fits(ImGui::CalcTextSize(hint).x, ImGui::GetStyle().ItemSpacing.x * 3.0f);
        text_coloured(colour::kTextMuted, hint);
    }
    // An example as shipped shows its comments in the user's language, line for
    // line (the markers keep their lines); a learner's own program, or an example
    // they edited, shows as it is. Only the view changes: the run executes the file.
    if (program && demo->shipped_example) draw_code(run, i18n::translate_comments(*source));
    else draw_code(run, *source);
}

void SourcePanel::draw_code(const RunView& run, std::string_view code) {
    const std::vector<std::string_view> lines = split_lines(code);
    const std::vector<SourceMarker> markers = source_markers(run, static_cast<uint32_t>(lines.size()));
    const std::vector<MarkerLine> stacks = stack_by_line(markers);
    const std::vector<Row> rows = display_rows(lines.size(), markers, stacks);
    std::vector<const MarkerLine*> stack_of(lines.size() + 1, nullptr);
    for (const MarkerLine& s : stacks)
        if (s.line > 0) stack_of[s.line] = &s;

    ImGui::PushFont(code_font(), 0.0f);
    if (!stacks.empty() && stacks.front().line == 0) draw_unplaced(run, markers, stacks.front());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::kCodeBackground);
    if (ImGui::BeginChild("code", ImVec2(0, 0), ImGuiChildFlags_Borders, ImGuiWindowFlags_HorizontalScrollbar)) {
        const float row_h = ImGui::GetTextLineHeightWithSpacing();
        // A new text size: keep the same rows at the top of the view.
        if (row_h_ > 0.0f && row_h != row_h_) ImGui::SetScrollY(ImGui::GetScrollY() * row_h / row_h_);
        row_h_ = row_h;
        follow_markers(follow_, marker_lines_, rows, row_h);
        const Columns c = columns(lines.size());
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()), row_h);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const Row& r = rows[static_cast<size_t>(i)];
                const std::string_view line = lines[r.line - 1];
                const ImVec2 start = ImGui::GetCursorScreenPos();
                if (r.marker < 0) draw_code_row(line, r.line, c, stack_of[r.line], markers);
                else draw_marker_row(run, markers[static_cast<size_t>(r.marker)], line, c);
                // One line-high item per row, so rows are exactly row_h apart as the clipper assumes.
                ImGui::SetCursorScreenPos(start);
                ImGui::Dummy(ImVec2(1.0f, ImGui::GetTextLineHeight()));
            }
        }
        // Drawn last, inside the view: the listing's extent stays what the rows made it.
        if (!markers.empty()) draw_offscreen_hints(rows, markers, row_h);
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace il::gui
