// app/gui/explore/challenges_panel.cpp — the Challenges panel: a teacher's goals
// to reach by stepping, judged by the run itself (challenge_play.hpp).
#include <algorithm>
#include <string>
#include <utility>

#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

std::string preemptions_text(int n) {
    return n == 1 ? std::string(tr("1 preemption")) : trf("{n} preemptions", {{"n", std::to_string(n)}});
}

std::string limits_text(const core::Challenge& c) {
    std::string s = trf("at most {n}", {{"n", preemptions_text(c.max_preemptions)}});
    if (!c.workers.empty()) {
        std::string who;
        for (const std::string& w : c.workers) who += (who.empty() ? "" : ", ") + w;
        s += "; " + trf("a preemption may only hand over to {workers}", {{"workers", who}});
    }
    return s;
}

}  // namespace

void ChallengesPanel::draw_content(UiState& state) {
    ChallengePlay& play = state.challenges();
    play.ensure_loaded();
    draw_list(state);
    // A challenge picked (clicked, opened, dropped) selects its target, so
    // Source shows the program to read before playing ("lines 24–25").
    if (const core::Challenge* c = play.selected(); c != nullptr && play.take_target_request())
        if (const core::DemoInfo* d = core::Registry::find(c->target)) state.select(d->id);
    if (const core::Challenge* c = play.selected()) {
        ImGui::Separator();
        draw_selected(state, *c);
    }
}

void ChallengesPanel::draw_list(UiState& state) {
    ChallengePlay& play = state.challenges();
    command_buttons(state, {Command::OpenChallenge});
    ImGui::SameLine();
    if (ImGui::Button(tr("Reload"))) play.reload();
    ImGui::SetItemTooltip("%s", tr("Read the challenge files again (after a teacher edited one)."));
    if (play.list().empty()) text_muted_wrapped(tr("No challenges found. Open a challenge file (.toml) a teacher wrote."));
    // The list scrolls in a box a few rows high, so the selected challenge's goal stays in view below it.
    constexpr size_t kRowsShown = 5;
    const float rows = static_cast<float>(std::min(play.list().size(), kRowsShown));
    if (rows > 0) ImGui::BeginChild("##list", ImVec2(0.0f, rows * ImGui::GetTextLineHeightWithSpacing() + 4.0f));
    for (size_t i = 0; i < play.list().size(); ++i) {
        const core::Challenge& c = play.list()[i];
        const ChallengeEntry* e = play.find_entry(c.id);
        const bool solved = e != nullptr && e->solved;
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, solved ? colour::kTextSuccess : colour::kTextHeading);
        const std::string row = (solved ? "✓ " : "○ ") + c.title.shown();
        if (ImGui::Selectable(row.c_str(), i == play.selected_index())) play.select(i);
        ImGui::PopStyleColor();
        ImGui::SetItemTooltip("%s", (c.goal_text() + "\n" + c.path).c_str());
        if (i == play.selected_index() && play.take_scroll_request()) ImGui::SetScrollHereY();
        ImGui::PopID();
    }
    if (rows > 0) ImGui::EndChild();
    for (const std::string& err : play.errors()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::kTextError);
        text_wrapped(trf("Not listed: {error}", {{"error", err}}));
        ImGui::PopStyleColor();
    }
}

void ChallengesPanel::draw_selected(UiState& state, const core::Challenge& c) {
    ChallengeEntry& e = state.challenges().entry(c.id);
    heading(c.title.shown());
    if (!c.intro.shown().empty()) text_wrapped(c.intro.shown());
    text_wrapped(trf("Goal: {goal}", {{"goal", c.goal_text()}}));
    text_muted_wrapped(trf("Limits: {limits}", {{"limits", limits_text(c)}}));
    if (e.solved)
        text_coloured(colour::kTextSuccess, trf("Solved; your best: {preemptions}, {steps} steps",
                                                 {{"preemptions", preemptions_text(e.best_preemptions)},
                                                  {"steps", std::to_string(e.best_steps)}}));
    draw_predict(state, c);
    command_buttons(state, {Command::PlayChallenge});
    if (!c.hints.empty()) {
        for (size_t i = 0; i < e.hints_shown && i < c.hints.size(); ++i)
            text_muted_wrapped(trf("Hint {n}: {hint}", {{"n", std::to_string(i + 1)}, {"hint", c.hints[i].shown()}}));
        if (e.hints_shown < c.hints.size()) {
            if (ImGui::Button(trf("Show a hint ({n} of {total})", {{"n", std::to_string(e.hints_shown + 1)},
                                                                    {"total", std::to_string(c.hints.size())}})
                                  .c_str()))
                ++e.hints_shown;
        }
    }
    draw_verdict(state, c);
}

// The question comes before the run: the learner commits to an answer, and
// sees whether it was right once the run has been judged.
void ChallengesPanel::draw_predict(UiState& state, const core::Challenge& c) {
    if (!c.predict) return;
    ChallengeEntry& e = state.challenges().entry(c.id);
    ImGui::SeparatorText(tr("Predict first"));
    text_wrapped(c.predict->question.shown());
    if (e.predicted.empty()) {
        if (!c.predict->choices.empty()) {
            for (const core::Text& choice : c.predict->choices)
                if (ImGui::RadioButton(choice.shown().c_str(), false)) e.predicted = choice.en;
        } else {
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
            ImGui::InputText("##answer", answer_, sizeof answer_);
            ImGui::SameLine();
            if (ImGui::Button(tr("Answer")) && answer_[0] != '\0') e.predicted = answer_;
        }
        return;
    }
    const bool revealed = e.last.has_value() || e.solved;
    if (!revealed) {
        text_muted_wrapped(trf("Your answer: {answer}. Now play, and see.", {{"answer", c.predict->shown(e.predicted)}}));
    } else if (e.predicted == c.predict->answer) {
        text_coloured(colour::kTextSuccess, trf("Your answer: {answer}, right.", {{"answer", c.predict->shown(e.predicted)}}));
    } else {
        text_coloured(colour::kTextWarning, trf("Your answer: {answer}; the answer: {right}.",
                                                {{"answer", c.predict->shown(e.predicted)},
                                                 {"right", c.predict->shown(c.predict->answer)}}));
    }
}

void ChallengesPanel::draw_verdict(UiState& state, const core::Challenge& c) {
    ChallengePlay& play = state.challenges();
    ChallengeEntry& e = play.entry(c.id);
    if (play.playing() == c.id || e.last || !e.last_error.empty()) ImGui::SeparatorText(tr("Your attempt"));
    // A verdict just in: scroll it into view (at presentation size the intro
    // and the question fill the panel above it).
    if (std::exchange(e.show_verdict, false)) ImGui::SetScrollHereY(0.0f);
    if (play.judging() && play.playing() == c.id) {
        text_muted_wrapped(tr("Judging your steps: the run replays them…"));
    } else if (e.last) {
        ImGui::PushStyleColor(ImGuiCol_Text, e.last->pass ? colour::kTextSuccess : colour::kTextError);
        text_wrapped(e.last->pass ? trf("Goal reached: {how}", {{"how", e.last->reason}})
                                  : trf("Not yet: {why}", {{"why", e.last->reason}}));
        ImGui::PopStyleColor();
        text_muted_wrapped(trf("{preemptions}, {steps} steps", {{"preemptions", preemptions_text(e.last->preemptions)},
                                                                 {"steps", std::to_string(e.last->steps)}}));
    } else if (!e.last_error.empty()) {
        text_coloured(colour::kTextError, trf("Could not judge it: {error}", {{"error", e.last_error}}));
    } else if (play.playing() == c.id) {
        text_muted_wrapped(tr("Step the workers (Run controls, or click a marker in Source) until the goal is reached; the run is judged when it ends, deadlocks or gets stuck. Undo takes a step back."));
    }
    // Par: what explore mode can do within the same limits.
    ImGui::SeparatorText(tr("Par"));
    if (e.par_job.running()) {
        text_muted_wrapped(trf("Explore mode is looking for the fewest preemptions… ({runs} schedules)",
                               {{"runs", std::to_string(e.par_job.progress().runs)}}));
    } else if (!e.par) {
        if (ImGui::Button(tr("Find par"))) seek_par(state);
        ImGui::SetItemTooltip("%s", tr("Let explore mode find the fewest preemptions that reach the goal within the limits."));
    } else if (e.par->verdict == core::ExploreVerdict::Found) {
        text(trf("Par: {preemptions}, {steps} steps (explore mode, {runs} schedules)",
                 {{"preemptions", preemptions_text(e.par->preemptions)},
                  {"steps", std::to_string(e.par->schedule.steps.size())},
                  {"runs", std::to_string(e.par->progress.runs)}}));
        if (e.solved && e.best_preemptions >= 0) {
            const bool at_par = e.best_preemptions <= e.par->preemptions;
            text_coloured(at_par ? colour::kTextSuccess : colour::kTextWarning,
                          at_par ? std::string(tr("Your best is at par."))
                                 : trf("Your best is {n} over par.", {{"n", preemptions_text(e.best_preemptions - e.par->preemptions)}}));
        }
    } else if (e.par->verdict == core::ExploreVerdict::None) {
        text_coloured(c.solvable ? colour::kTextWarning : colour::kTextSuccess,
                      trf("No schedule reaches it: explore mode tried {covered}.", {{"covered", core::describe(*e.par)}}));
        if (!c.solvable) text_muted_wrapped(tr("That is the lesson: the program is fixed, so no order of steps can do it."));
    } else {
        text_muted_wrapped(trf("Par not known: {verdict}", {{"verdict", verdict_line(*e.par)}}));
    }
}

}  // namespace il::gui
