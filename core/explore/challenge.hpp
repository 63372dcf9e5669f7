// core/explore/challenge.hpp — a challenge: a small TOML file a teacher
// writes (docs/challenges.md), read, checked against a learner's schedule,
// and proved solvable with explore mode.
//
//   format = 1
//   id = "lose-one-update"
//   title = { en = "Lose one update", zh = "丢失一次更新" }
//   intro = { en = "…", zh = "…" }
//   target = "builtin.counter"            # a demo id or a .py file (relative to this file)
//   params = ["iterations=1"]
//   goal = { kind = "condition", condition = "counter == 1" }   # or kind = "deadlock" / "stuck",
//          # { kind = "critical-section", lines = [26, 27] } or lock = "NAME", { kind = "starve", worker = "Thread-2", steps = 10 }
//   limits = { max_preemptions = 2, workers = ["Thread-1", "Thread-2"] }
//   hints = [ { en = "…", zh = "…" } ]
//   predict = { question = { en = "…", zh = "…" }, choices = ["2", "1", "0"], answer = "1" }
//   solvable = false                     # optional: the goal cannot be reached, and that is the lesson
//
// Every error names the file and line and what was expected. Success is
// judged by the run itself: the replayed schedule's deadlock or stuck
// state, or its final values.
//
// Thread rules: plain values and functions; check() and solve() block while
// they run the target.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/explore/expect.hpp"
#include "core/explore/explore.hpp"
#include "core/explore/goals.hpp"
#include "core/observer/schedule.hpp"

namespace il::core {

struct ChallengeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A text in both languages; `shown()` picks the user's (English when the
// Chinese is missing).
struct Text {
    std::string en, zh;
    std::string shown() const;
};

struct Challenge {
    static constexpr int kFormat = 1;
    std::string path;                  // the file it was read from
    std::string id;
    Text title, intro;
    std::string target;                // demo id, or the .py file's path resolved against the file's folder
    std::vector<std::string> params;   // "name=value"
    enum class Goal { Deadlock, Stuck, Condition, CriticalSection, Starve, Orphan, Zombie } goal = Goal::Deadlock;
    std::optional<Expectation> condition;  // Goal::Condition: what must hold at the end
    Section section;                       // Goal::CriticalSection: two workers inside it at once (goals.hpp)
    std::string goal_worker;               // Goal::Starve: the worker kept ready; Orphan, Zombie: the process (empty: any)
    uint32_t goal_steps = 0;               // Goal::Starve, Goal::Zombie: for how many steps of the others
    int max_preemptions = 2;           // the most a solution may use (and explore searches)
    std::vector<std::string> workers;  // who the player may step; empty: anyone
    std::vector<Text> hints;
    struct Predict {
        Text question;
        // Empty: a free answer. A choice is "5" or { en = "yes", zh = "是" };
        // the answer, and the learner's answer when saved, is a choice's `en`.
        std::vector<Text> choices;
        std::string answer;
        // How an answer reads in the user's language: its choice's text, or itself.
        std::string shown(const std::string& answer) const;
    };
    std::optional<Predict> predict;
    // false: the lesson is that the goal cannot be reached (a fixed program);
    // `interleave check --solvable` then proves there is no way, and the
    // shipped-challenges test holds each file to what it claims.
    bool solvable = true;

    // Reads and checks a challenge file. Throws ChallengeError("FILE:LINE: …").
    static Challenge load(const std::string& path);
    // "the goal: reach a deadlock" and the like, in the user's language.
    std::string goal_text() const;
};

// Where the shipped challenges are: $INTERLEAVE_CHALLENGES when set, else
// the source tree's challenges/ (the build knows it).
std::string challenges_dir();

// Every *.toml in `dir`, read, in file-name order. A file that cannot be
// read adds its error ("FILE:LINE: …") to `errors` and is left out; so is
// a second file with an id already taken. No folder: nothing, no error.
std::vector<Challenge> load_challenges(const std::string& dir, std::vector<std::string>& errors);

struct CheckResult {
    bool pass = false;
    std::string reason;       // why it passed or failed, in the user's language
    int preemptions = 0;      // the schedule's, counted as explore counts them
    size_t steps = 0;
};

// Replays `schedule` on the challenge's target and judges it: the goal
// reached, within the limits. Throws ChallengeError when the schedule was
// recorded for another target.
CheckResult check(const Challenge& c, const Schedule& schedule);

// Explore mode searching for the goal within the challenge's limits: Found
// means solvable (with `preemptions` as par), None means not within them.
ExploreResult solve(const Challenge& c, unsigned jobs = 0);
// What solve() searches with, for a caller that runs the search itself (the
// window, on a thread of its own): holds copies, not references, of `c`.
ExploreOptions solve_options(const Challenge& c);

}  // namespace il::core
