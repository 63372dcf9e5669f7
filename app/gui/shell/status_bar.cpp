// app/gui/shell/status_bar.cpp — the status bar; see status_bar.hpp.
#include "app/gui/shell/status_bar.hpp"

#include <cctype>
#include <string>

#include "app/gui/session/status_text.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"
#include "core/primitives/outside.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // BeginViewportSideBar

namespace il::gui {

using i18n::tr;
using i18n::trf;

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

// The outcome on a filled chip in its tone's colour (plain text when neutral),
// cut with "…" where the window ends (its tooltip has it whole).
void outcome_chip(std::string_view whole, Tone tone) {
    const std::string shown = fit_text(whole, ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2.0f);
    const std::string_view outcome = shown;
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

// A live run's mode, as the bar shows it before the demo: "STEP".
std::string_view mode_title(core::DirectorMode mode) {
    switch (mode) {
        case core::DirectorMode::Run: return tr(N_("RUN"));
        case core::DirectorMode::Slow: return tr(N_("SLOW"));
        case core::DirectorMode::Step: return tr(N_("STEP"));
        case core::DirectorMode::Replay: return tr(N_("REPLAY"));
    }
    return "?";
}

}  // namespace

std::string dropped_tooltip(uint64_t dropped, core::DirectorMode mode) {
    const std::string tip = tr("Events lost because a worker's ring was full: the run itself went on unchanged; only these events are missing from the views.");
    std::string hint = core::dropped_events_hint(dropped, mode);
    if (hint.empty()) return tip;
    hint[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(hint[0])));  // ASCII only: a no-op on Chinese
    // The hint is a sentence without its full stop; "." or "。" ends it.
    return trf("{tip}\n{hint}.", {{"tip", tip}, {"hint", hint}});
}

bool dropped_is_alarm(uint64_t dropped, core::DirectorMode mode) { return dropped > 0 && core::is_stepped(mode); }

namespace {

void draw_fields(const UiState& state) {
    const RunSession& session = state.session();
    const SessionStatus st = session.status();
    if (st.state == SessionState::Empty) {
        text_coloured(colour::kTextMuted, tr("No run yet"));
        ImGui::SetItemTooltip("%s", tr("Pick a demo in Demos, then Run (F5), Slow (F6) or Step (F7)."));
    } else {
        if (st.state == SessionState::Loaded) {
            const core::RunInfo& info = session.store().run_info();
            field(trf("OPENED  {demo} ({mode} run)", {{"demo", info.demo_id}, {"mode", mode_name(info.mode)}}),
                  tr("A run opened from a file; nothing runs."));
            field(recorded_length_text(session.store()), tr("How long the recorded run went on (time or steps)."));
        } else {
            field(std::string(mode_title(st.mode)) + "  " + st.demo_id,
                  tr("The mode the run was started in, and its demo."));
            field(progress_text(st),
                  tr("Wall-clock time since the start (run, slow), or steps granted so far (step, replay)."));
            field(workers_text(st.workers_alive), tr("Threads and processes started and not finished yet."));
        }
        field(trf("{n} events", {{"n", count_text(st.events)}}), tr("Events recorded by the run's workers so far."));
        const core::DirectorMode mode = st.state == SessionState::Loaded
                                            ? core::parse_director_mode(session.store().run_info().mode)
                                                  .value_or(core::DirectorMode::Run)
                                            : st.mode;
        field(trf("{n} dropped", {{"n", count_text(st.dropped)}}), dropped_tooltip(st.dropped, mode).c_str(),
              dropped_is_alarm(st.dropped, mode) ? colour::kTextWarning : colour::kTextMuted);
        // Never silently missing: calls into code the runtime does not stand behind.
        const std::vector<std::string> unseen = core::outside_notes(session.store());
        if (!unseen.empty()) {
            uint64_t calls = 0;
            for (const auto& [object, n] : session.store().outside_calls()) calls += n;
            std::string tip = tr("Calls into code Interleave does not observe (its views cannot show what happens there):");
            for (const std::string& n : unseen) tip += "\n" + n;
            const std::string count = count_text(calls);
            field(calls == 1 ? trf("{n} call not observed", {{"n", count}}) : trf("{n} calls not observed", {{"n", count}}),
                  tip.c_str(), colour::kTextWarning);
        }
        std::string outcome = outcome_text(st, session.step_view());
        Tone tone = outcome_tone(st);
        if (st.state == SessionState::Loaded) {  // what the recorded run came to, not "opened FILE"
            const std::string cycle = session.describe_cycle();
            outcome = cycle.empty() ? std::string(tr("recorded run")) : trf("deadlock: {cycle}", {{"cycle", cycle}});
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
