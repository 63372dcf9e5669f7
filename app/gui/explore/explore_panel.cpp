// app/gui/explore/explore_panel.cpp — the "Find a bug" panel: explore mode's
// settings, progress and verdict, and the found schedule told as a story,
// turn by turn, beside the timeline that shows it (find_bug.hpp).
#include <algorithm>
#include <cstdio>
#include <string>

#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "app/gui/shell/worker_colors.hpp"
#include "core/common/i18n.hpp"
#include "core/explore/story.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

// A Python program stepped by operations cannot show a race on a plain
// variable: `n += 1` is not an operation Interleave schedules.
bool coarse_python(const core::RunOptions& target) {
    const core::DemoInfo* demo = core::Registry::find(target.demo_id);
    if (demo == nullptr || !core::is_program(*demo)) return false;
    for (const std::string& p : target.params)
        if (p.starts_with("granularity=")) return p == "granularity=operations";
    return true;  // the default granularity is operations
}

// What the partial-order reduction did (ExploreOptions::reduce), when it ran.
void draw_reduction(const core::ExploreProgress& p) {
    if (p.states == 0) return;
    text_muted_wrapped(trf("{states} distinct states; {skipped} schedules skipped as reorderings of ones searched",
                           {{"states", std::to_string(p.states)}, {"skipped", std::to_string(p.skipped)}}));
}

}  // namespace

// With a result to show, it comes first (on a projector the panel is short)
// and the settings fold away under the buttons.
void ExplorePanel::draw_content(UiState& state) {
    const FindBug& fb = state.find_bug();
    if (fb.result && !fb.job.running()) {
        command_buttons(state, {Command::FindBug});
        draw_result(state);
        if (ImGui::CollapsingHeader((std::string(tr("Search settings")) + "###settings").c_str())) draw_settings(state);
        return;
    }
    draw_settings(state);
    draw_progress(state);
}

void ExplorePanel::draw_settings(UiState& state) {
    FindBug& fb = state.find_bug();
    const core::DemoInfo* demo = state.selected();
    if (demo == nullptr) {
        empty_state(tr("No demo selected."), tr("Pick a demo or open your Python program; Find a bug then searches its schedules."));
        return;
    }
    if (!fb.result)
        text_muted_wrapped(tr("Interleave runs the program again and again, each time in another order, fewest preemptions first, until one goes wrong."));
    label_value(tr("Target"), core::is_program(*demo) ? demo->id : demo->id + "  (" + demo->title + ")");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    ImGui::SliderInt(tr("preemptions at most"), &fb.max_preemptions, 0, kMaxFindPreemptions, "%d",
                     ImGuiSliderFlags_AlwaysClamp);
    ImGui::SetItemTooltip("%s", tr("A preemption takes the processor from a worker that could go on. Most bugs need one or two; every extra one makes the search much longer."));
    ImGui::Checkbox(trf("then {n} random schedules", {{"n", std::to_string(kRandomRuns)}}).c_str(), &fb.random);
    ImGui::SetItemTooltip("%s", tr("When no schedule within the bound goes wrong, try random ones too (PCT: random priorities, a few random switches), for bugs that need more preemptions. A bug found this way is shrunk to fewer preemptions."));
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", fb.expect.c_str());
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##expect", tr("must hold at the end, e.g. counter == 200 (optional)"), buf, sizeof buf))
        fb.expect = buf;
    ImGui::SetItemTooltip("%s", tr("A condition over the run's final values (the results a demo reports, a program's global variables): a schedule where it does not hold is a bug too. Compare with == != < <= > >=."));
    command_buttons(state, {Command::FindBug, Command::CancelFind});
}

void ExplorePanel::draw_progress(UiState& state) {
    const FindBug& fb = state.find_bug();
    if (!fb.job.running()) return;
    const core::ExploreProgress p = fb.job.progress();
    // Bounds done, plus how far through the current one (its pending share is an estimate).
    const float bounds = static_cast<float>(fb.job.max_preemptions() + 1);
    const float within = p.runs + p.pending > 0 ? static_cast<float>(p.runs) / static_cast<float>(p.runs + p.pending) : 0.0f;
    const float fraction = std::min(1.0f, (static_cast<float>(p.bound) + within) / bounds);
    char secs[16];
    std::snprintf(secs, sizeof secs, "%.1f", p.seconds);
    const std::string label = trf("{runs} schedules · up to {bound} preemptions · {seconds} s",
                                  {{"runs", std::to_string(p.runs)}, {"bound", std::to_string(p.bound)}, {"seconds", secs}});
    ImGui::ProgressBar(fraction, ImVec2(-FLT_MIN, 0.0f), "");
    text_muted_wrapped(label);
    draw_reduction(p);
    if (fb.job.cancelling()) text_muted_wrapped(tr("Cancelling: the runs in flight are being stopped."));
}

void ExplorePanel::draw_result(UiState& state) {
    const FindBug& fb = state.find_bug();
    if (!fb.result || fb.job.running()) return;
    const core::ExploreResult& r = *fb.result;
    ImGui::SeparatorText(fb.searched.c_str());
    const bool found = r.verdict == core::ExploreVerdict::Found;
    ImGui::PushStyleColor(ImGuiCol_Text, found || r.verdict == core::ExploreVerdict::Error ? colour::kTextError
                                         : r.verdict == core::ExploreVerdict::None        ? colour::kTextSuccess
                                                                                          : colour::kTextWarning);
    text_wrapped(verdict_line(r));
    ImGui::PopStyleColor();
    char secs[16];
    std::snprintf(secs, sizeof secs, "%.2f", r.progress.seconds);
    text_muted_wrapped(trf("{runs} schedules in {seconds} s", {{"runs", std::to_string(r.progress.runs)}, {"seconds", secs}}));
    draw_reduction(r.progress);
    if (r.by_switching)
        text_muted_wrapped(trf("Found by the schedule that switches after every acquire, tried after the one without preemptions; shrunk from {drawn} preemptions in {n} runs.",
                               {{"drawn", std::to_string(r.drawn_preemptions)}, {"n", std::to_string(r.shrink_runs)}}));
    if (r.found_seed)
        text_muted_wrapped(trf("Found by a random schedule (PCT, seed {seed}) once the bound had none; shrunk from {drawn} preemptions in {n} runs.",
                               {{"seed", std::to_string(*r.found_seed)}, {"drawn", std::to_string(r.drawn_preemptions)},
                                {"n", std::to_string(r.shrink_runs)}}));
    if (r.diverged > 0)
        text_muted_wrapped(trf("{n} schedules did not replay the same way and were skipped", {{"n", std::to_string(r.diverged)}}));
    if (r.cut_off > 0)
        text_muted_wrapped(trf("{n} schedules were cut off unfinished and not judged", {{"n", std::to_string(r.cut_off)}}));
    if (!found) {
        if (r.verdict != core::ExploreVerdict::Error && coarse_python(fb.job.target()))
            text_muted_wrapped(tr("Your program is stepped by operations (locks, queues, threads): a race on a plain variable such as n += 1 shows only with granularity = bytecode (Run controls)."));
        return;
    }
    draw_story(state, r);
}

void ExplorePanel::draw_story(UiState& state, const core::ExploreResult& r) {
    RunSession& session = state.session();
    const bool following = session.plan() != nullptr && session.plan()->steps == r.schedule.steps;
    // How many turns of the story the run being followed has told so far,
    // read again when its trace grows (a step's last deed, such as the wait
    // that closes a deadlock, is recorded after the step count moved).
    if (following && session.store().counts().events != story_events_) {
        story_events_ = session.store().counts().events;
        story_turns_ = session.on_plan() ? core::story_of(session.store()).size() : 0;
    }
    ImGui::SeparatorText(tr("What happened"));
    if (r.turns.empty()) text_muted_wrapped(tr("(no shared values, locks or queues were touched: see the schedule below)"));
    for (size_t i = 0; i < r.turns.size(); ++i) {
        const core::StoryTurn& t = r.turns[i];
        const bool told = following && session.on_plan() && i < story_turns_;
        const std::string deeds = core::deeds_text(t.deeds);
        ImGui::PushID(static_cast<int>(i));
        text_coloured(told ? colour::kTextSuccess : colour::kTextMuted, told ? "✓" : std::to_string(i + 1) + ".");
        ImGui::SameLine();
        text_coloured(worker_colour(session.store().find_worker(t.worker)), t.worker);
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, told ? colour::kTextMuted : colour::kTextHeading);
        text_wrapped(deeds);
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::SeparatorText(tr("Step through it"));
    if (following && session.plan_left()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::kTextWarning);
        text_wrapped(tr("You left the found schedule: Undo (Ctrl+Z) back onto it, or start it again."));
        ImGui::PopStyleColor();
    } else if (following) {
        text_muted_wrapped(trf("Step {n} of {total}: each step is one operation of one worker; the timeline and the other views follow.",
                               {{"n", std::to_string(std::min<uint64_t>(session.schedule_steps(), r.schedule.steps.size()))},
                                {"total", std::to_string(r.schedule.steps.size())}}));
    }
    command_buttons(state, {Command::StepPlan, Command::PlayPlan, Command::SaveSchedule});
    if (ImGui::Button(tr("From the start"))) open_found(state);
    ImGui::SetItemTooltip("%s", tr("Start the found schedule again from its first step."));
    if (ImGui::TreeNode((std::string(tr("The schedule")) + "###schedule").c_str())) {
        text_muted_wrapped(core::steps_in_runs(r.schedule));
        ImGui::TreePop();
    }
}

}  // namespace il::gui
