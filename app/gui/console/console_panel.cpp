// app/gui/console/console_panel.cpp — what the workers of a run print, in order, each
// line with its worker's name and coloured by worker (worker_colors.hpp, the
// same colours as the source markers and the graph), with a filter by worker
// and auto-scroll; the run's results below. Until a run feeds it, it says what
// will appear.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/session/run_view.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "app/gui/shell/worker_colors.hpp"
#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr size_t kMaxResultRows = 6;  // results shown before their own scrollbar
constexpr float kMaxKeyShare = 0.45f;  // of the panel's width, for the result keys
constexpr float kMaxResultsShare = 0.5f;  // of the panel's height: the printed lines keep the rest

// One display row: a line of a console entry's text.
struct Row {
    uint16_t worker = core::kNoWorker;
    std::string_view text;
    bool first = true;  // the entry's first line: it carries the worker's name
};

bool hidden(const std::vector<uint16_t>& hidden_workers, uint16_t w) {
    return std::find(hidden_workers.begin(), hidden_workers.end(), w) != hidden_workers.end();
}

std::vector<Row> console_rows(const core::TraceStore& s, const std::vector<uint16_t>& hidden_workers) {
    std::vector<Row> rows;
    rows.reserve(s.console().size());
    for (const core::ConsoleLine& c : s.console()) {
        if (hidden(hidden_workers, c.worker)) continue;
        std::string_view t = s.text(c.text);
        if (!t.empty() && t.back() == '\n') t.remove_suffix(1);
        bool first = true;
        do {
            const size_t nl = t.find('\n');
            rows.push_back({c.worker, t.substr(0, nl), first});
            first = false;
            t = nl == std::string_view::npos ? std::string_view() : t.substr(nl + 1);
        } while (!t.empty());
    }
    return rows;
}

// The widest name among the workers that printed (not every worker of the run).
float name_width(const core::TraceStore& s, const std::vector<Row>& rows) {
    std::vector<bool> seen(s.worker_count() + 1, false);
    float w = 0.0f;
    for (const Row& r : rows) {
        const size_t k = std::min<size_t>(r.worker, s.worker_count());
        if (seen[k]) continue;
        seen[k] = true;
        w = std::max(w, ImGui::CalcTextSize(std::string(s.worker_name(r.worker)).c_str()).x);
    }
    return w;
}

void draw_row(const Row& r, const core::TraceStore& s, float name_w) {
    const ImU32 col = worker_colour(r.worker);
    const float x0 = ImGui::GetCursorPosX();
    if (r.first) text_coloured(col, s.worker_name(r.worker));
    else ImGui::Dummy(ImVec2(0, 0));
    ImGui::SameLine(x0 + name_w + ImGui::GetStyle().ItemSpacing.x * 2.0f);
    text_coloured(col, r.text);
}

// A result's label or text value as shown. The demo reports both in English,
// marking with N_ what it means as words ("lost updates", "yes"); here they
// are translated, and anything else (numbers, names) comes back from tr() as
// it is. Two exceptions: one of the demo's parameter choices ("new", "old")
// is a name the learner types and is shown as it is, and a label built as
// "{group}: {label}" from marked parts ("no lock: counter") is translated
// part by part. The trace keeps the English (a Chrome-trace export too).
bool is_choice(const core::DemoInfo* demo, std::string_view text) {
    if (demo == nullptr) return false;
    for (const core::ParamSpec& p : demo->params)
        if (std::find(p.choices.begin(), p.choices.end(), text) != p.choices.end()) return true;
    return false;
}

std::string shown_result_text(const core::DemoInfo* demo, std::string_view text) {
    return std::string(is_choice(demo, text) ? text : tr(text));
}

std::string shown_result_key(const core::DemoInfo* demo, std::string_view key) {
    std::string whole = shown_result_text(demo, key);
    const size_t colon = key.find(": ");
    if (whole != key || colon == std::string_view::npos) return whole;
    return trf("{group}: {label}", {{"group", shown_result_text(demo, key.substr(0, colon))},
                                    {"label", shown_result_text(demo, key.substr(colon + 2))}});
}

// The compiled-in demo `id` names (nullptr for a program).
const core::DemoInfo* demo_of(std::string_view id) {
    for (const core::DemoInfo& d : core::Registry::all())
        if (d.id == id) return &d;
    return nullptr;
}

void draw_results(const core::TraceStore& s, const core::DemoInfo* demo) {
    ImGui::SeparatorText(tr("Results"));
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_NoSavedSettings | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY;
    const size_t rows = std::min(s.results().size(), kMaxResultRows);
    const float h = static_cast<float>(rows) * ImGui::GetTextLineHeightWithSpacing() +
                    ImGui::GetStyle().CellPadding.y * 2.0f * static_cast<float>(rows) + ImGui::GetStyle().ScrollbarSize;
    // What is left below the lines, when the panel is too short for every row.
    const float fit = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetTextLineHeightWithSpacing() * 2.0f);
    if (!ImGui::BeginTable("results", 2, kFlags, ImVec2(0, std::min(h, fit)))) return;
    // In the user's language, measured as shown.
    std::vector<std::string> keys;
    keys.reserve(s.results().size());
    float key_w = 0.0f;
    for (const core::ResultEntry& r : s.results()) {
        keys.push_back(shown_result_key(demo, r.key));
        key_w = std::max(key_w, ImGui::CalcTextSize(keys.back().c_str()).x);
    }
    const float max_key_w = ImGui::GetContentRegionAvail().x * kMaxKeyShare;
    ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, std::min(key_w, max_key_w));
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    for (size_t i = 0; i < s.results().size(); ++i) {
        const core::ResultEntry& r = s.results()[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_coloured(colour::kTextMuted, keys[i]);
        // Translated, the tooltip gives the English too: the demo texts quote the results by it.
        ImGui::SetItemTooltip("%s", (keys[i] == r.key ? trf("{key} (reported by {worker})", {{"key", r.key}, {"worker", s.worker_name(r.worker)}})
                                                      : trf("{key} ({english}), reported by {worker}",
                                                            {{"key", keys[i]}, {"english", r.key}, {"worker", s.worker_name(r.worker)}}))
                                        .c_str());
        ImGui::TableNextColumn();
        text_wrapped(shown_result_text(demo, r.value));
    }
    ImGui::EndTable();
}

float results_height(const core::TraceStore& s) {
    if (s.results().empty()) return 0.0f;
    const float line = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2.0f;
    return line * static_cast<float>(std::min(s.results().size(), kMaxResultRows) + 1) +
           ImGui::GetStyle().ScrollbarSize + ImGui::GetStyle().ItemSpacing.y * 2.0f;
}

}  // namespace

void ConsolePanel::draw_content(UiState& state) { draw_view(run_view(state.session())); }

void ConsolePanel::draw_filter(const RunView& run) {
    const core::TraceStore& s = *run.store;
    // Stable ids (###): the labels change with the language.
    ImGui::Checkbox((std::string(tr("Auto-scroll")) + "###auto_scroll").c_str(), &auto_scroll_);
    ImGui::SetItemTooltip("%s", tr("Keep the newest line in view as the run prints."));
    ImGui::SameLine();
    if (ImGui::Button((std::string(hidden_.empty() ? tr("Workers: all") : tr("Workers: some")) + "###workers").c_str()))
        ImGui::OpenPopup("workers");
    ImGui::SetItemTooltip("%s", tr("Show or hide each worker's lines."));
    if (ImGui::BeginPopup("workers")) {
        if (ImGui::MenuItem((std::string(tr("Show all")) + "###show_all").c_str())) hidden_.clear();
        ImGui::Separator();
        for (size_t i = 0; i < s.worker_count(); ++i) {
            const auto w = static_cast<uint16_t>(i);
            if (!s.worker(w).known) continue;
            bool shown = !hidden(hidden_, w);
            ImGui::PushStyleColor(ImGuiCol_Text, worker_colour(w));
            if (ImGui::Checkbox(std::string(s.worker_name(w)).c_str(), &shown)) {
                std::erase(hidden_, w);
                if (!shown) hidden_.push_back(w);
            }
            ImGui::PopStyleColor();
        }
        ImGui::EndPopup();
    }
}

void ConsolePanel::draw_lines(const RunView& run) {
    const core::TraceStore& s = *run.store;
    const std::vector<Row> rows = console_rows(s, hidden_);
    ImGui::SameLine();
    const std::string lines = std::to_string(s.console().size());
    text_coloured(colour::kTextMuted, hidden_.empty() ? trf("{n} lines printed", {{"n", lines}})
                                                      : trf("{n} lines printed, some workers hidden", {{"n", lines}}));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::kCodeBackground);
    const float below = std::min(results_height(s), ImGui::GetContentRegionAvail().y * kMaxResultsShare);
    if (ImGui::BeginChild("lines", ImVec2(0, -below), ImGuiChildFlags_Borders,
                          ImGuiWindowFlags_HorizontalScrollbar)) {
        if (rows.empty())
            text_coloured(colour::kTextMuted,
                          s.console().empty() ? tr("Nothing printed yet.") : tr("Every line is filtered out."));
        ImGui::PushFont(code_font(), 0.0f);
        const float name_w = name_width(s, rows);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(rows[static_cast<size_t>(i)], s, name_w);
        ImGui::PopFont();
        if (auto_scroll_ && rows.size() != lines_seen_) ImGui::SetScrollHereY(1.0f);
        lines_seen_ = rows.size();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void ConsolePanel::draw_view(const RunView& run) {
    if (!run.has_run()) {
        empty_state(tr(kNoRunYet),
                    tr("What the workers of a run print appears here, in order, each line coloured by the worker that printed it and prefixed with its name (Thread-1, Process-2, ...)."));
        return;
    }
    draw_filter(run);
    draw_lines(run);
    if (!run.store->results().empty()) draw_results(*run.store, demo_of(run.demo_id));
}

}  // namespace il::gui
