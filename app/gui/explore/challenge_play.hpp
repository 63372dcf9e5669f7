// app/gui/explore/challenge_play.hpp — challenges in the window: the list, the
// learner's prediction, hints, playing one in step mode, and the verdict.
//
// The list holds the shipped challenges (core's challenges_dir()) and any
// file the learner opens (File → Open challenge…, or dropped on the window);
// a file with errors is listed by its error, "FILE:LINE: what was expected",
// so a teacher sees at once what to fix. Playing starts the challenge's
// target in step mode with its parameters. When the run comes to an end by
// itself (it finishes, deadlocks or gets stuck), the steps the learner took
// are judged as `interleave check` judges a saved schedule: replayed on a
// thread of its own, by the run's own state (its deadlock, or its final
// values), never by what the window shows. Par, the fewest preemptions that
// reach the goal, is found by explore mode in the background when a
// challenge is opened.
//
// No ImGui here: tested headless, over real runs.
//
// Thread rules: GUI thread only; the judging and the par search run on
// threads of their own and hand over through futures and ExploreJob.
#pragma once

#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/gui/session/explore_job.hpp"
#include "core/explore/challenge.hpp"

namespace il::gui {

class UiState;

// Below, after the class.
bool play_challenge(UiState& state, const core::Schedule* plan = nullptr);
void poll_challenges(UiState& state);

// What the learner has done with one challenge.
struct ChallengeEntry {
    std::string predicted;            // the answer chosen ("" not yet)
    size_t hints_shown = 0;
    bool solved = false;              // ever, also in an earlier session
    int best_preemptions = -1;        // of the best solution (-1: none yet)
    size_t best_steps = 0;
    std::optional<core::CheckResult> last;  // the last attempt's verdict
    std::string last_error;           // … or why it could not be judged
    bool show_verdict = false;        // newly judged: the panel scrolls to the verdict once
    ExploreJob par_job;               // explore mode finding par
    std::optional<core::ExploreResult> par;
};

class ChallengePlay {
public:
    // Reads the shipped challenges (once; again after reload()).
    void ensure_loaded();
    void reload();
    // Reads a challenge file the learner chose and selects it; a file already
    // listed (by path) is read again. False, `error` set, for a bad file.
    bool open_file(const std::string& path, std::string& error);

    const std::vector<core::Challenge>& list() const { return list_; }
    const std::vector<std::string>& errors() const { return errors_; }
    const core::Challenge* selected() const;
    void select(size_t index);
    // The selection changed from outside the list (a file opened): the list scrolls to it once.
    bool take_scroll_request() { return std::exchange(scroll_to_selected_, false); }
    // True once after a challenge was picked: its target should be selected too.
    bool take_target_request() { return std::exchange(select_target_, false); }
    size_t selected_index() const { return selected_; }
    ChallengeEntry& entry(const std::string& id);
    const ChallengeEntry* find_entry(const std::string& id) const;

    // The challenge being played (its id), "" when none.
    const std::string& playing() const { return playing_; }
    // Set when a challenge was opened: the panel comes to the front once.
    bool show_panel = false;
    bool judging() const { return judging_.valid(); }

    // Solved challenges and their best, as one line for the settings file
    // ("lose-one-update:1:12,two-lock-deadlock:0:14"), and back.
    std::string progress_text() const;
    void load_progress(const std::string& text);

private:
    friend bool play_challenge(UiState& state, const core::Schedule* plan);
    friend void poll_challenges(UiState& state);
    std::vector<core::Challenge> list_;
    std::vector<std::string> errors_;
    std::vector<std::string> opened_;  // files the learner opened, read again on reload()
    size_t selected_ = 0;
    bool scroll_to_selected_ = false;
    bool select_target_ = false;
    bool loaded_ = false;
    std::map<std::string, std::unique_ptr<ChallengeEntry>, std::less<>> entries_;
    std::string playing_;
    std::string playing_demo_;          // the target as the session names it
    bool playing_plan_ = false;         // it was started following a plan (staged), not by hand
    bool judged_ = false;               // the attempt's end was sent to judging
    std::future<core::CheckResult> judging_;
    std::string judging_id_;
};

// Plays the selected challenge: its target in step mode with its
// parameters. The prediction must be answered first when it asks one.
// False (controls().error set) when it cannot start.
// `plan`: a schedule the run then follows when stepped with Next step of
// the schedule (F9), as a found one is (staging a solution, --challenge).
bool play_challenge(UiState& state, const core::Schedule* plan);
// Once per frame: takes par and verdicts that are ready; sends an attempt
// that has come to its end to be judged.
void poll_challenges(UiState& state);
// Starts explore mode on the selected challenge's goal, unless par is known or being sought.
void seek_par(UiState& state);

}  // namespace il::gui
