// app/gui/controls/run_controls_panel.cpp — starting, stopping and stepping a run.
// Every button goes through controls.hpp's execute(), like the menus and the
// keys, and says in its tooltip what it does, why it cannot act now, and its
// keys. In step mode the panel lists every worker with its number (the key
// that steps it), its pending operation and line, and why it cannot move when
// it cannot.
#include <optional>
#include <string>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/session/pending_op.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/session/status_text.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr float kUsPerMs = 1000.0f;

// The command as a one-line read-only field (selectable, scrollable) with a
// Copy button beside it.
void command_line(const std::string& command) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float copy_w = ImGui::CalcTextSize(tr("Copy")).x + style.FramePadding.x * 2.0f;
    ImGui::SetNextItemWidth(-(copy_w + style.ItemSpacing.x));
    ImGui::PushFont(code_font(), 0.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, colour::kCodeBackground);
    // ReadOnly: ImGui never writes through the pointer, so the const_cast is safe.
    ImGui::InputText("##command", const_cast<char*>(command.c_str()), command.size() + 1, ImGuiInputTextFlags_ReadOnly);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    copy_button("copy_command", command);
}

// Slow mode's pause per operation; applies at once to a slow run going.
void draw_speed(UiState& state) {
    ControlState& controls = state.controls();
    float ms = static_cast<float>(controls.slow_delay_us) / kUsPerMs;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const float lo = static_cast<float>(kMinSlowDelayUs) / kUsPerMs, hi = static_cast<float>(kMaxSlowDelayUs) / kUsPerMs;
    // A printf format: its translation keeps the one %.0f.
    if (ImGui::SliderFloat("##slow_delay", &ms, lo, hi, tr("Slow: %.0f ms per operation"),
                           ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        controls.slow_delay_us = static_cast<uint32_t>(ms * kUsPerMs);
        state.session().set_slow_delay_us(controls.slow_delay_us);
    }
    ImGui::SetItemTooltip(
        "%s", tr("How long Slow mode pauses before every operation. Changes apply at once, also to a slow run that is going. Ctrl+click to type a value."));
}

ImU32 tone_colour(Tone t) {
    switch (t) {
        case Tone::Good: return colour::kTextSuccess;
        case Tone::Warning: return colour::kTextWarning;
        case Tone::Bad: return colour::kTextError;
        case Tone::Neutral: break;
    }
    return colour::kTextHeading;
}

bool in_cycle(const RunSession& session, uint16_t worker) {
    const auto cycle = session.deadlock_cycle();
    if (!cycle) return false;
    for (uint16_t w : cycle->workers)
        if (w == worker) return true;
    return false;
}

// A Python program's step granularity, beside the mode buttons: what one step
// is in step mode (the same parameter the Parameters panel and --granularity set).
void draw_granularity(UiState& state, const core::DemoInfo& demo) {
    const core::ParamSpec* spec = nullptr;
    for (const core::ParamSpec& p : demo.params)
        if (p.name == "granularity" && p.kind == core::ParamKind::Choice) spec = &p;
    if (spec == nullptr) return;
    core::Params& params = state.params_for(demo);
    const std::string current = params.get_choice(spec->name);
    const auto help = [](const std::string& choice) -> const char* {
        if (choice == "operations")
            return tr("Each call to a threading primitive is one step: acquire, release, wait, put, get, start, join, sleep, print.");
        if (choice == "lines")
            return tr("Each line of your program that runs is a step too, so a busy loop or a read-then-write can be walked through.");
        return tr("Like lines, but a line that reads and writes one shared variable (g_num += 1) steps through its bytecode: read, compute, write. A step marked \"3.11 never switches threads here\" is a place where CPython 3.11 itself would not run another thread.");
    };
    ImGui::AlignTextToFramePadding();
    text(tr("Step by"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##granularity", current.c_str())) {
        for (const std::string& choice : spec->choices) {
            if (ImGui::Selectable(choice.c_str(), choice == current) && choice != current)
                (void)params.set(demo.params, spec->name, choice);
            ImGui::SetItemTooltip("%s", help(choice));
        }
        ImGui::EndCombo();
    }
    ImGui::SetItemTooltip("%s", trf("What one step is in step mode, for your Python program.\n\n{choice}: {help}",
                                    {{"choice", current}, {"help", help(current)}})
                                    .c_str());
}

// "Show internals (3)": the label with how many there are now.
std::string with_count(const char* label, size_t n) {
    return std::string(label) + " (" + std::to_string(n) + ")###show_internals";
}

}  // namespace

void RunControlsPanel::draw_content(UiState& state) {
    draw_start(state);
    ImGui::Separator();
    draw_run(state);
    if (const core::DemoInfo* demo = state.selected();
        demo != nullptr && ImGui::TreeNode((std::string(tr("From a terminal")) + "###from_a_terminal").c_str())) {
        text_muted_wrapped(tr("The selected demo with these parameters, headless:"));
        command_line(cli_command(*demo, state.params_for(*demo)));
        ImGui::TreePop();
    }
}

void RunControlsPanel::draw_start(UiState& state) {
    const core::DemoInfo* demo = state.selected();
    if (demo == nullptr) {
        empty_state(tr("No demo selected."), tr("Pick a demo in Demos; then start it here."));
        return;
    }
    // The selected demo is highlighted in Demos right above; the status bar names the one running.
    command_buttons(state, {Command::Run, Command::Slow, Command::Step, Command::Replay});
    draw_granularity(state, *demo);
    draw_speed(state);
}

// The run's state on one line with Stop and Restart; the outcome when it
// failed (a deadlock's cycle, a crash), in full; then, in step mode, the workers.
void RunControlsPanel::draw_run(UiState& state) {
    const RunSession& session = state.session();
    const SessionStatus st = session.status();
    if (st.state == SessionState::Empty) {
        text_muted_wrapped(
            tr("Step mode lets you play the scheduler: every worker waits before each operation until you pick it. F1 lists the keys."));
        return;
    }
    ImGui::AlignTextToFramePadding();  // level with the buttons beside it
    if (st.state == SessionState::Loaded)
        text(trf("Opened: {mode} run, {length}", {{"mode", mode_name(session.store().run_info().mode)},
                                                   {"length", recorded_length_text(session.store())}}));
    else
        text(trf("{state}, {mode}, {progress}",
                 {{"state", state_name(st.state)}, {"mode", mode_name(st.mode)}, {"progress", progress_text(st)}}));
    command_buttons(state, {Command::Stop, Command::Restart}, true);
    if (outcome_tone(st) == Tone::Bad || outcome_tone(st) == Tone::Warning) {
        ImGui::PushStyleColor(ImGuiCol_Text, tone_colour(outcome_tone(st)));
        text_wrapped(outcome_text(st, session.step_view()));
        ImGui::PopStyleColor();
    }
    if (st.state == SessionState::Loaded) {
        if (const std::string cycle = session.describe_cycle(); !cycle.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, colour::kTextError);
            text_wrapped(trf("It ended in a deadlock: {cycle}", {{"cycle", cycle}}));
            ImGui::PopStyleColor();
        }
        text_muted_wrapped(tr("Every panel shows the run as it was recorded. Restart runs the demo again, live."));
    }
    if (session.step_view().stepping && st.state == SessionState::Live) draw_workers(state);
}

// The step buttons, then every worker of a step run: a button that steps it
// when it can move, else its pending operation and why it waits. The list keeps its shape while a
// step is on its way (the choices of the last still moment are shown).
void RunControlsPanel::draw_workers(UiState& state) {
    RunSession& session = state.session();
    const core::RunSnapshot& snap = session.snapshot();
    if (!snap.live) return;
    // While a step is on its way (one frame or two), show the choices it was
    // made from, so the buttons do not blink; never those of another run.
    const size_t steps = session.schedule_steps();
    if (session.step_view().quiescent) {
        shown_choices_ = session.step_view().choices;
        shown_at_step_ = steps;
    } else if (shown_at_step_ + 1 != steps) {
        shown_choices_.clear();
    }
    ImGui::SeparatorText(tr("Who moves next?"));
    command_buttons(state, {Command::StepAny, Command::RunToEnd, Command::Undo, Command::SaveSchedule});
    // Following the schedule Find a bug found: its next step is marked, and one key takes it.
    std::optional<core::Choice> planned;
    if (session.plan() != nullptr) {
        command_buttons(state, {Command::StepPlan, Command::PlayPlan});
        planned = session.plan_choice();
        if (session.plan_left()) {
            ImGui::PushStyleColor(ImGuiCol_Text, colour::kTextWarning);
            text_wrapped(tr("You left the found schedule: Undo (Ctrl+Z) back onto it, or start it again."));
            ImGui::PopStyleColor();
        }
    }
    // A pool's or an executor's own threads step by themselves unless the learner asks for them.
    const bool hide_internals = !state.controls().show_internals;
    size_t internals = 0;
    for (const core::WorkerView& worker : snap.workers)
        if (worker.known && !worker.done && (worker.flags & core::kWorkerInternal)) ++internals;
    if (session.has_internals()) {
        if (ImGui::Checkbox(with_count(tr("Show internals"), internals).c_str(), &state.controls().show_internals))
            session.set_show_internals(state.controls().show_internals);
        ImGui::SetItemTooltip("%s", tr("A pool's and an executor's own threads (their task, result and worker handlers) step by themselves, so your choices are the lesson's workers. Turn this on to step them yourself too."));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    for (const core::WorkerView& worker : snap.workers) {
        if (!worker.known) continue;
        if (hide_internals && (worker.flags & core::kWorkerInternal)) continue;
        const uint16_t w = worker.index;
        ImGui::PushID(w);
        const std::string number = std::to_string(w + 1) + "  ";
        if (worker.done) {
            text_coloured(colour::kDone, number + trf("{worker}  done", {{"worker", worker.name}}));
        } else if (const core::Choice* choice = choice_for(shown_choices_, w)) {
            const bool next_in_plan = planned && planned->worker == w;
            if (next_in_plan) ImGui::PushStyleColor(ImGuiCol_Button, colour::kOutcomeBadFill);
            const std::string mark = next_in_plan ? std::string("   ◀ ") + tr("the found schedule's next step (F9)") : "";
            if (ImGui::Button((number + choice_text(snap, *choice) + mark).c_str(), ImVec2(-FLT_MIN, 0.0f)))
                execute(state, Command::StepWorker, w + 1);
            if (next_in_plan) ImGui::PopStyleColor();
            command_tooltip(Command::StepWorker, w + 1, why_disabled(state, Command::StepWorker, w + 1));
        } else {
            const ImU32 c = in_cycle(session, w) ? colour::kDeadlockCycle : colour::kBlocked;
            text_coloured(c, number + pending_text(pending_op(snap, w)));
            ImGui::Indent();
            text_muted_wrapped(trf("waits: {why}", {{"why", why_blocked(snap, w)}}));
            ImGui::Unindent();
        }
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
}

}  // namespace il::gui
