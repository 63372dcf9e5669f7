// app/gui/shell/options.hpp — the command-line flags of the window front end
// (`interleave [flags]`) and its usage text. Subcommands (list, run, help) are
// the CLI's; app/main.cpp hands those over before these flags are parsed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/common/mode.hpp"

namespace il::gui {

struct GuiOptions {
    std::optional<std::string> screenshot;  // write a PNG of the window to this path, then exit
    std::optional<int> frames;              // exit after this many frames
    int width = 0, height = 0;              // window size in screen coordinates; 0: the default
    std::string demo;                       // select this demo at start
    bool reset_layout = false;              // ignore the saved layout and window geometry
    bool present = false;                   // start in presentation mode (large text, projector layout)
    bool help = false;
    // A scene staged at launch (staging.hpp): start --demo in this mode with
    // these parameters, replay --schedule, grant --steps steps.
    std::optional<core::DirectorMode> mode;
    std::vector<std::string> params;        // "name=value", checked against the demo by gui_main
    std::string schedule;                   // implies --mode replay
    uint32_t steps = 0;
    // --find-bug: search --demo's schedules (Find a bug) at launch; the one
    // found opens in step mode, --steps of it granted. --expect: what must hold.
    bool find_bug = false;
    std::string expect;
    // --challenge FILE: open that challenge (Challenges panel); --answer: its
    // prediction; with --schedule, play it following that schedule's --steps.
    std::string challenge;
    std::string answer;
    std::string dump_state;                 // at exit, write the session's state here (status_text.hpp)
};

// Frames rendered before a screenshot is taken when --frames is not given:
// enough for the dock layout to settle.
inline constexpr int kDefaultScreenshotFrames = 5;
inline constexpr int kMaxFrames = 100000;
inline constexpr int kMinWindowSide = 320;
inline constexpr int kMaxWindowSide = 16384;
inline constexpr int kMaxSteps = 1'000'000;

struct OptionsError {
    std::string message;  // one line, without the program name
};

// Parses argv[1..argc). Never exits and never prints.
std::variant<GuiOptions, OptionsError> parse_gui_options(int argc, const char* const* argv);

// The usage text for `interleave --help` and for bad flags.
std::string gui_usage();

}  // namespace il::gui
