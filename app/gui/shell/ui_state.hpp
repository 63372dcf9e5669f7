// app/gui/shell/ui_state.hpp — what the panels share: the selected demo and the
// parameters the user has edited for each demo, plus the pure helpers built on
// them (catalogue grouping, the equivalent command line). No ImGui here, so all
// of it is testable without a window.
//
// Thread rules: GUI thread only.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/gui/explore/challenge_play.hpp"
#include "app/gui/explore/find_bug.hpp"
#include "app/gui/shell/controls.hpp"
#include "app/gui/source/program_edit.hpp"
#include "app/gui/session/run_session.hpp"
#include "core/runtime/registry.hpp"

namespace il::gui {

class UiState {
public:
    // The selected demo, or nullptr when none is selected (or the id is unknown).
    const core::DemoInfo* selected() const;
    const std::string& selected_id() const { return selected_id_; }
    void select(std::string_view id);

    // The edited parameters of `demo`, created from its defaults on first use.
    // Edits are kept per demo, so switching demos and back keeps them.
    core::Params& params_for(const core::DemoInfo& demo);
    void reset_params(const core::DemoInfo& demo);

    // The run the run-fed panels show (live, finished, or opened from a file).
    RunSession& session() { return session_; }
    const RunSession& session() const { return session_; }

    // What the run controls, menus and shortcuts share (controls.hpp).
    ControlState& controls() { return controls_; }
    const ControlState& controls() const { return controls_; }

    // The learner's edits to a Python program (the Source panel's editor).
    ProgramEdit& edit() { return edit_; }
    const ProgramEdit& edit() const { return edit_; }
    // "Find a bug": explore mode's search and its last result (find_bug.hpp).
    FindBug& find_bug() { return find_bug_; }
    const FindBug& find_bug() const { return find_bug_; }
    // Challenges: the list, the learner's answers and attempts (challenge_play.hpp).
    ChallengePlay& challenges() { return challenges_; }
    const ChallengePlay& challenges() const { return challenges_; }
    // Set by the Source panel while its editor has the keyboard: the window's
    // single-key and Ctrl shortcuts then leave the keys to the editor.
    bool editor_focused = false;

private:
    RunSession session_;
    ControlState controls_;
    ProgramEdit edit_;
    std::string selected_id_;
    std::map<std::string, core::Params, std::less<>> params_;
    // The search holds no reference to the rest (its options are copies).
    FindBug find_bug_;
    ChallengePlay challenges_;
};

// Demos of one catalogue group, in registry order.
struct DemoGroup {
    std::string name;
    std::vector<const core::DemoInfo*> demos;
};
std::vector<DemoGroup> group_demos(const std::vector<const core::DemoInfo*>& demos);

// True when `params` differ from the defaults of `schema` in any value.
bool params_differ_from_defaults(const std::vector<core::ParamSpec>& schema, const core::Params& params);

// The command that runs `demo` headless with `params`, e.g.
// "interleave run lock.counter_race --param use_lock=false". Only values that
// differ from the defaults are spelled out; values are shell-quoted when needed.
std::string cli_command(const core::DemoInfo& demo, const core::Params& params);

// `s` as one POSIX shell word: unchanged when it is safe, else single-quoted.
std::string shell_quote(std::string_view s);

}  // namespace il::gui
