// app/gui/shell/options.cpp — parsing the window's flags; see options.hpp.
#include "app/gui/shell/options.hpp"

#include <charconv>
#include <string_view>

#include "core/common/i18n.hpp"

namespace il::gui {

namespace {

std::optional<int> parse_int(std::string_view s) {
    int v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

// "1280x800" -> {1280, 800}
std::optional<std::pair<int, int>> parse_size(std::string_view s) {
    const size_t x = s.find('x');
    if (x == std::string_view::npos) return std::nullopt;
    const auto w = parse_int(s.substr(0, x));
    const auto h = parse_int(s.substr(x + 1));
    if (!w || !h) return std::nullopt;
    return std::pair{*w, *h};
}

// The flags of the window itself: screenshots, size, the selected demo.
std::optional<std::string> apply_window_value(GuiOptions& o, std::string_view flag, std::string_view value) {
    if (flag == "--screenshot") {
        if (value.empty()) return i18n::tr("--screenshot needs a file name, e.g. --screenshot window.png");
        o.screenshot = std::string(value);
    } else if (flag == "--frames") {
        const auto n = parse_int(value);
        if (!n || *n < 1 || *n > kMaxFrames)
            return i18n::trf("--frames needs a whole number from 1 to {max}, got '{value}'",
                             {{"max", std::to_string(kMaxFrames)}, {"value", value}});
        o.frames = *n;
    } else if (flag == "--size") {
        const auto size = parse_size(value);
        const auto in_range = [](int v) { return v >= kMinWindowSide && v <= kMaxWindowSide; };
        if (!size || !in_range(size->first) || !in_range(size->second))
            return i18n::trf("--size needs WIDTHxHEIGHT with each side from {min} to {max}, e.g. --size 1280x800, "
                             "got '{value}'",
                             {{"min", std::to_string(kMinWindowSide)},
                              {"max", std::to_string(kMaxWindowSide)},
                              {"value", value}});
        o.width = size->first;
        o.height = size->second;
    } else if (flag == "--demo") {
        if (value.empty()) return i18n::tr("--demo needs a demo id (see `interleave list`)");
        o.demo = std::string(value);
    } else if (flag == "--dump-state") {
        if (value.empty()) return i18n::tr("--dump-state needs a file name");
        o.dump_state = std::string(value);
    }
    return std::nullopt;
}

// The flags that stage a run at launch (staging.hpp).
std::optional<std::string> apply_stage_value(GuiOptions& o, std::string_view flag, std::string_view value) {
    if (flag == "--mode") {
        const auto m = core::parse_director_mode(value);
        if (!m) return i18n::trf("--mode must be run, slow, step or replay, got '{value}'", {{"value", value}});
        o.mode = *m;
    } else if (flag == "--param") {
        if (value.find('=') == std::string_view::npos)
            return i18n::trf("--param needs NAME=VALUE, e.g. --param pause=0, got '{value}'", {{"value", value}});
        o.params.emplace_back(value);
    } else if (flag == "--schedule") {
        if (value.empty()) return i18n::tr("--schedule needs a schedule file");
        o.schedule = std::string(value);
    } else if (flag == "--expect") {
        if (value.empty()) return i18n::tr("--expect needs a condition, e.g. --expect \"counter == 200\"");
        o.expect = std::string(value);
    } else if (flag == "--challenge") {
        if (value.empty()) return i18n::tr("--challenge needs a challenge file (.toml)");
        o.challenge = std::string(value);
    } else if (flag == "--answer") {
        o.answer = std::string(value);
    } else if (flag == "--steps") {
        const auto n = parse_int(value);
        if (!n || *n < 0 || *n > kMaxSteps)
            return i18n::trf("--steps needs a whole number from 0 to {max}, got '{value}'",
                             {{"max", std::to_string(kMaxSteps)}, {"value", value}});
        o.steps = static_cast<uint32_t>(*n);
    }
    return std::nullopt;
}

bool takes_value(std::string_view flag) {
    for (std::string_view f : {"--screenshot", "--frames", "--size", "--demo", "--dump-state", "--mode", "--param",
                               "--schedule", "--steps", "--expect", "--challenge", "--answer"})
        if (flag == f) return true;
    return false;
}

// Flags that only make sense together.
std::optional<std::string> check_combination(GuiOptions& o) {
    if (!o.expect.empty() && !o.find_bug) return i18n::tr("--expect needs --find-bug: it says what the search looks for");
    if (o.find_bug) {
        if (o.demo.empty()) return i18n::tr("--find-bug needs --demo ID (or PROGRAM.py): what to search");
        if (o.mode || !o.schedule.empty())
            return i18n::tr("--find-bug opens what it finds in step mode: leave out --mode and --schedule");
        o.mode = core::DirectorMode::Step;
    }
    if (!o.answer.empty() && o.challenge.empty()) return i18n::tr("--answer needs --challenge: whose question it answers");
    if (!o.challenge.empty()) {
        if (o.find_bug || (o.mode && o.schedule.empty()) || !o.demo.empty())
            return i18n::tr("--challenge names its own target: leave out --demo, --mode and --find-bug");
        o.mode = core::DirectorMode::Step;  // a staged scene: the challenge opened, played when --schedule is given
        return std::nullopt;
    }
    if (!o.schedule.empty()) {
        if (o.mode && *o.mode != core::DirectorMode::Replay)
            return i18n::tr("--schedule replays a schedule: use it with --mode replay (or without --mode)");
        o.mode = core::DirectorMode::Replay;
    }
    if (o.mode == core::DirectorMode::Replay && o.schedule.empty()) return i18n::tr("--mode replay needs --schedule FILE");
    if (o.mode && o.demo.empty() && o.schedule.empty()) return i18n::tr("--mode needs --demo ID: which demo to start");
    if (!o.params.empty() && o.demo.empty()) return i18n::tr("--param needs --demo ID: whose parameter it is");
    if (o.steps > 0 && o.mode != core::DirectorMode::Step && o.mode != core::DirectorMode::Replay)
        return i18n::tr("--steps needs --mode step or --mode replay (run and slow mode have no steps)");
    return std::nullopt;
}

}  // namespace

std::variant<GuiOptions, OptionsError> parse_gui_options(int argc, const char* const* argv) {
    GuiOptions o;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            o.help = true;
            continue;
        }
        if (arg == "--reset-layout") {
            o.reset_layout = true;
            continue;
        }
        if (arg == "--present") {
            o.present = true;
            continue;
        }
        if (arg == "--find-bug") {
            o.find_bug = true;
            continue;
        }
        std::string_view flag = arg, value;
        const size_t eq = arg.find('=');
        const bool inline_value = arg.starts_with("--") && eq != std::string_view::npos;
        if (inline_value) {
            flag = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        }
        if (!arg.starts_with("-") && arg.ends_with(".py")) {  // `interleave prog.py`: the window, opened on it
            if (!o.demo.empty()) return OptionsError{i18n::tr("open one program or demo at a time")};
            o.demo = std::string(arg);
            continue;
        }
        if (!takes_value(flag)) {
            if (arg.starts_with("-")) return OptionsError{i18n::trf("unknown option '{option}'", {{"option", arg}})};
            return OptionsError{i18n::trf("unknown command '{command}'", {{"command", arg}})};
        }
        if (!inline_value) {
            if (i + 1 >= argc) return OptionsError{i18n::trf("{option} needs a value", {{"option", flag}})};
            value = argv[++i];
        }
        auto error = apply_window_value(o, flag, value);
        if (!error) error = apply_stage_value(o, flag, value);
        if (error) return OptionsError{*error};
    }
    if (auto error = check_combination(o)) return OptionsError{*error};
    return o;
}

std::string gui_usage() {
    return i18n::tr("Usage:\n"
           "  interleave [--demo ID [--mode MODE] [--param NAME=VALUE]... [--steps N]] [--size WxH] [--present] [--reset-layout]\n"
           "      Open the window; with --mode, start the demo at once.\n"
           "  interleave PROGRAM.py [--mode MODE] [--steps N]\n"
           "      Open the window on your own Python program (run, slow or step it there).\n"
           "  interleave --screenshot FILE.png [--frames N] [--size WxH] [--demo ID [--mode MODE] ...]\n"
           "      Open the window, stage the run if asked, save a PNG of the window and exit.\n"
           "  interleave list\n"
           "      List the demos (no window needed).\n"
           "  interleave run DEMO [--param NAME=VALUE]... [--mode run|slow|step|replay] ...\n"
           "      Run one demo headless and print what happened; `interleave help` has the details.\n"
           "\n"
           "Window options:\n"
           "  --demo ID            select this demo at start\n"
           "  --mode MODE          start it at once: run | slow | step | replay\n"
           "  --param NAME=VALUE   set one of its parameters (repeatable)\n"
           "  --schedule FILE      replay this schedule (implies --mode replay; the file names its demo)\n"
           "  --steps N            step/replay: grant N steps at once (round-robin, like Step any),\n"
           "                       fewer if the run ends or deadlocks first\n"
           "  --find-bug           search the demo's schedules for one that goes wrong (Find a bug) and\n"
           "                       open the one found in step mode; --steps N then follows N of its steps\n"
           "  --expect COND        with --find-bug: what must hold at the end, e.g. \"counter == 200\"\n"
           "  --challenge FILE     open this challenge in the Challenges panel; with --answer A (its\n"
           "                       prediction) and --schedule S, play it following S (--steps N of it)\n"
           "  --size WxH           window size, e.g. 1280x800\n"
           "  --present            presentation mode: large text and a layout for a projector (Ctrl+P)\n"
           "  --reset-layout       start with the default panel layout and window size\n"
           "  --lang zh|en         the language (default: the one chosen in View > Language, else the locale)\n"
           "  --screenshot FILE    write a PNG of the window, then exit: after N frames, and once a\n"
           "                       staged run has ended, deadlocked or had its steps (at most 60 s)\n"
           "  --frames N           draw at least N frames (default 5), then exit\n"
           "  --dump-state FILE    at exit, write the run's state (mode, steps, outcome, pids) and\n"
           "                       where each panel is (x y w h) as text\n"
           "  -h, --help           show this help\n"
           "\n"
           "In the window, F1 lists the keyboard shortcuts: F5 run, F7 step, Space step any, 1-9 step a worker.\n"
           "The window keeps its layout in $XDG_CONFIG_HOME/interleave/ (default ~/.config/interleave/).\n");
}

}  // namespace il::gui
