// app/gui/shell/status_bar.cpp — the status bar; see status_bar.hpp.
#include "app/gui/shell/status_bar.hpp"

#include <cctype>
#include <string>

#include "app/gui/session/status_text.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/primitives/outside.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // BeginViewportSideBar

namespace il::gui {

namespace {

constexpr const char* kBarId = "##status_bar";

ImU32 chip_fill(Tone t) {
    switch (t) {
        case Tone::Good: return colour::kOutcomeGoodFill;
        case Tone::Warning: return colour::kOutcomeWarnFill;
        case Tone::Bad: return colour::kOutcomeBadFill;
        case Tone::Neutral: break;
    }
    return 0;
}

// The outcome on a filled chip in its tone's colour (plain text when neutral).
void outcome_chip(std::string_view outcome, Tone tone) {
    const ImU32 fill = chip_fill(tone);
    if (fill == 0) {
        text(outcome);
        return;
    }
    const ImVec2 pad(ImGui::GetStyle().FramePadding.x, 0.0f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(outcome.data(), outcome.data() + outcome.size());
    const float h = ImGui::GetFrameHeight();
    const float y = pos.y + (size.y - h) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + size.x + pad.x * 2.0f, y + h), fill,
                                              ImGui::GetStyle().FrameRounding);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad.x, pos.y));
    text_coloured(colour::kTextHeading, outcome);
}

// One field: its text, a separator after it, and a tooltip saying what it counts.
void field(std::string_view s, const char* tooltip, ImU32 colour = 0) {
    if (colour != 0)
        text_coloured(colour, s);
    else
        text(s);
    ImGui::SetItemTooltip("%s", tooltip);
    ImGui::Separator();  // vertical inside the bar's menu bar
}

}  // namespace

std::string dropped_tooltip(uint64_t dropped, core::DirectorMode mode) {
    std::string tip = "Events lost because a worker's ring was full (the timeline still accounts for them).";
    std::string hint = core::dropped_events_hint(dropped, mode);
    if (hint.empty()) return tip;
    hint[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(hint[0])));
    return tip + "\n" + hint + ".";
}

namespace {

void draw_fields(const UiState& state) {
    const RunSession& session = state.session();
    const SessionStatus st = session.status();
    if (st.state == SessionState::Empty) {
        text_coloured(colour::kTextMuted, "No run yet");
        ImGui::SetItemTooltip("Pick a demo in Demos, then Run (F5), Slow (F6) or Step (F7).");
    } else {
        if (st.state == SessionState::Loaded) {
            const core::RunInfo& info = session.store().run_info();
            field("OPENED  " + info.demo_id + " (" + info.mode + " run)", "A run opened from a file; nothing runs.");
            field(recorded_length_text(session.store()), "How long the recorded run went on (time or steps).");
        } else {
            std::string mode(core::to_string(st.mode));
            for (char& c : mode) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            field(mode + "  " + st.demo_id, "The mode the run was started in, and its demo.");
            field(progress_text(st), "Wall-clock time since the start (run, slow), or steps granted so far (step, replay).");
            field(workers_text(st.workers_alive), "Threads and processes started and not finished yet.");
        }
        field(count_text(st.events) + " events", "Events recorded by the run's workers so far.");
        const core::DirectorMode mode = st.state == SessionState::Loaded
                                            ? core::parse_director_mode(session.store().run_info().mode)
                                                  .value_or(core::DirectorMode::Run)
                                            : st.mode;
        field(count_text(st.dropped) + " dropped", dropped_tooltip(st.dropped, mode).c_str(),
              st.dropped > 0 ? colour::kTextWarning : colour::kTextMuted);
        // Never silently missing: calls into code the runtime does not stand behind.
        const std::vector<std::string> unseen = core::outside_notes(session.store());
        if (!unseen.empty()) {
            uint64_t calls = 0;
            for (const auto& [object, n] : session.store().outside_calls()) calls += n;
            std::string tip = "Calls into code Interleave does not observe (its views cannot show what happens there):";
            for (const std::string& n : unseen) tip += "\n" + n;
            field(count_text(calls) + (calls == 1 ? " call not observed" : " calls not observed"), tip.c_str(),
                  colour::kTextWarning);
        }
        std::string outcome = outcome_text(st, session.step_view());
        Tone tone = outcome_tone(st);
        if (st.state == SessionState::Loaded) {  // what the recorded run came to, not "opened FILE"
            const std::string cycle = session.describe_cycle();
            outcome = cycle.empty() ? "recorded run" : "deadlock: " + cycle;
            tone = cycle.empty() ? Tone::Neutral : Tone::Bad;
        }
        outcome_chip(outcome, tone);
        ImGui::SetItemTooltip("%s", outcome.c_str());
    }
    const ControlState& controls = state.controls();
    if (!controls.notice.empty() && std::chrono::steady_clock::now() - controls.notice_at < kNoticeTime) {
        ImGui::Separator();
        text_coloured(colour::kTextMuted, controls.notice);
    }
}

}  // namespace

void draw_status_bar(const UiState& state) {
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoNav;
    ImGuiViewport* viewport = ImGui::GetMainViewport();
    if (ImGui::BeginViewportSideBar(kBarId, viewport, ImGuiDir_Down, ImGui::GetFrameHeight(), flags)) {
        if (ImGui::BeginMenuBar()) {
            draw_fields(state);
            ImGui::EndMenuBar();
        }
    }
    ImGui::End();
}

}  // namespace il::gui
