// app/gui/shell/controls.hpp — the commands of the run controls, the menus and the
// keyboard shortcuts, in one place: the buttons, the menu items and the keys
// all call execute(), so a shortcut can never do something its button does not.
//
// Most commands act on the UI state's RunSession at once (start, stop, step …).
// Those that need the window — a file dialog, the help overlay, a new text
// size, quitting — are queued in ControlState::requests for AppUi to carry
// out at the end of the frame. Failures (a demo that cannot start, a file
// that cannot be read) never throw out of here: they become a UiMessage that
// AppUi shows in a modal.
//
// No ImGui here: tested headless (with real runs).
//
// Thread rules: GUI thread only.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/mode.hpp"
#include "core/observer/director.hpp"
#include "core/runtime/registry.hpp"

namespace il::gui {

class UiState;

enum class Command : uint8_t {
    Run,           // start the selected demo on real scheduling
    Slow,          // … with a delay per operation
    Step,          // … paused: the learner grants each operation
    Replay,        // open a schedule and replay it (asks for the file)
    Stop,
    Restart,
    StepAny,       // round-robin's next choice
    StepWorker,    // arg: the worker's number, its index + 1 (MainThread is 1)
    RunToEnd,
    Undo,
    OpenRun,       // the file commands ask for a path first
    OpenProgram,   // a learner's .py program: selected, ready to run or step
    EditProgram,   // open (or close) the selected program in the Source panel's editor
    SaveProgram,   // write the editor's text to its file
    SaveProgramAs, // … to another file (asks for it), which becomes the selection
    RevertProgram, // drop the unsaved edits
    SaveRun,
    ExportChrome,
    SaveSchedule,
    FindBug,       // explore mode: search the selected demo's schedules for one that goes wrong (find_bug.hpp)
    CancelFind,    // … stop that search
    StepPlan,      // following a found schedule: grant its next step
    PlayPlan,      // … grant all its remaining steps
    OpenChallenge, // a challenge file (.toml) a teacher wrote: listed, selected (asks for the file)
    PlayChallenge, // start the selected challenge in step mode (challenge_play.hpp)
    Help,
    LargerText,
    SmallerText,
    PresentationSize,  // toggle presentation mode: large text and the lesson layout rebuilt for it
    LessonLayout,      // arrange the panels around the selected demo's lesson again
    MaximisePanel,     // show the focused panel over the whole dock space, or back in its place
    PreviousDemo,      // the course's previous demo (the catalogue's order)
    NextDemo,          // … and its next
    Quit,
    Count
};

// What the learner reads on a button or menu item ("Step any"), and in its
// tooltip and in the help overlay (one sentence), in the current language
// (core/common/i18n.hpp). The texts below (why_disabled, UiMessage, the
// notice) are in the language current when they are made.
std::string_view command_label(Command c);
std::string_view command_help(Command c);
// True for the commands that ask for a file path before they act.
bool needs_path(Command c);

// A message for the learner, shown in a modal: a title and the detail.
struct UiMessage {
    std::string title;
    std::string detail;
};

// Slow mode's delay per operation: default and the slider's range.
inline constexpr uint32_t kDefaultSlowDelayUs = 200'000;
inline constexpr uint32_t kMinSlowDelayUs = 1'000;
inline constexpr uint32_t kMaxSlowDelayUs = 2'000'000;

// Text sizes (the user scale, theme.hpp): Larger/Smaller walk these steps;
// the presentation toggle jumps between 1 and the last size above 1 (at first
// kPresentationScale).
inline constexpr float kTextScales[] = {0.8f, 0.9f, 1.0f, 1.15f, 1.3f, 1.5f, 1.75f, 2.0f, 2.5f, 3.0f};
inline constexpr float kPresentationScale = 1.5f;
// The next step up (direction > 0) or down from `current`; the same at the ends.
float next_text_scale(float current, int direction);

struct ControlState {
    uint32_t slow_delay_us = kDefaultSlowDelayUs;
    float presentation_scale = kPresentationScale;  // what the toggle switches to
    bool show_internals = false;  // step mode: a pool's own threads are the learner's to step too
    // For AppUi, in order: dialogs and window-level commands to carry out.
    struct Request {
        Command command;
        int arg = 0;
    };
    std::vector<Request> requests;
    std::optional<UiMessage> error;  // shown in a modal until dismissed
    std::string notice;              // the last file action's result, shown in the status bar …
    std::chrono::steady_clock::time_point notice_at;  // … for kNoticeTime from this moment
    std::vector<std::string> recent_paths;  // most recent first, no duplicates
    void remember_path(const std::string& path);
};
inline constexpr size_t kMaxRecentPaths = 8;
inline constexpr std::chrono::seconds kNoticeTime{8};

// The choice among `choices` that moves `worker` (proceed or time out), or nullptr.
const core::Choice* choice_for(const std::vector<core::Choice>& choices, uint16_t worker);

// True when `c` (with `arg` for StepWorker) can act now; buttons and menu
// items are disabled otherwise, and a shortcut then does nothing.
bool command_enabled(const UiState& state, Command c, int arg = 0);
// Why `c` cannot act now, in a few words for its tooltip ("No run is going.");
// "" when it can.
std::string why_disabled(const UiState& state, Command c, int arg = 0);
// The demo `direction` (-1 or +1) steps from the selected one in the course's
// order (Registry::catalogue), or nullptr at either end or with none selected.
const core::DemoInfo* neighbour_demo(const UiState& state, int direction);
// Carries `c` out, or queues it for AppUi (see above). Does nothing when not enabled.
void execute(UiState& state, Command c, int arg = 0);
// Finishes a command that asked for a path (needs_path) with the path chosen.
// Errors become controls().error; successes set controls().notice.
void complete_with_path(UiState& state, Command c, const std::string& path);
// A file dropped onto the window: a .py program is opened (OpenProgram), a
// saved run opened, a schedule replayed, a challenge listed; anything else is
// refused with a notice.
void open_dropped_file(UiState& state, const std::string& path);

// Starts the selected demo (or `demo_id` when given) in `mode` with the
// parameters edited in the UI state; errors become controls().error. Returns
// true when the run started.
bool start_demo(UiState& state, core::DirectorMode mode, std::string_view demo_id = {});
// The selected demo, about to be run (by start_demo, or explore mode): a
// program's unsaved edits are saved first, and it is read again. nullptr
// (controls().error set) when nothing is selected or the edits cannot be saved.
const core::DemoInfo* selected_for_run(UiState& state);

// The file name a file dialog suggests for `c`: "deadlock.two_locks.iltrace",
// "….json", "….schedule" (from the session's demo), or "" for opening.
std::string suggested_file_name(const UiState& state, Command c);
// The extension the dialog lists files by: ".iltrace", ".json", ".schedule".
std::string_view file_extension(Command c);

}  // namespace il::gui
