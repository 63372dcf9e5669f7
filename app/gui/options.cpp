// app/gui/options.cpp — parsing the window's flags; see options.hpp.
#include "app/gui/options.hpp"

#include <charconv>
#include <string_view>

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

std::optional<std::string> apply_value(GuiOptions& o, std::string_view flag, std::string_view value) {
    if (flag == "--screenshot") {
        if (value.empty()) return "--screenshot needs a file name, e.g. --screenshot window.png";
        o.screenshot = std::string(value);
    } else if (flag == "--frames") {
        const auto n = parse_int(value);
        if (!n || *n < 1 || *n > kMaxFrames)
            return "--frames needs a whole number from 1 to " + std::to_string(kMaxFrames) + ", got '" +
                   std::string(value) + "'";
        o.frames = *n;
    } else if (flag == "--size") {
        const auto size = parse_size(value);
        const auto in_range = [](int v) { return v >= kMinWindowSide && v <= kMaxWindowSide; };
        if (!size || !in_range(size->first) || !in_range(size->second))
            return "--size needs WIDTHxHEIGHT with each side from " + std::to_string(kMinWindowSide) + " to " +
                   std::to_string(kMaxWindowSide) + ", e.g. --size 1280x800, got '" + std::string(value) + "'";
        o.width = size->first;
        o.height = size->second;
    } else if (flag == "--demo") {
        if (value.empty()) return "--demo needs a demo id (see `interleave list`)";
        o.demo = std::string(value);
    }
    return std::nullopt;
}

bool takes_value(std::string_view flag) {
    return flag == "--screenshot" || flag == "--frames" || flag == "--size" || flag == "--demo";
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
        std::string_view flag = arg, value;
        const size_t eq = arg.find('=');
        const bool inline_value = arg.starts_with("--") && eq != std::string_view::npos;
        if (inline_value) {
            flag = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        }
        if (!takes_value(flag)) {
            if (arg.starts_with("-")) return OptionsError{"unknown option '" + std::string(arg) + "'"};
            return OptionsError{"unknown command '" + std::string(arg) + "'"};
        }
        if (!inline_value) {
            if (i + 1 >= argc) return OptionsError{std::string(flag) + " needs a value"};
            value = argv[++i];
        }
        if (auto error = apply_value(o, flag, value)) return OptionsError{*error};
    }
    return o;
}

std::string gui_usage() {
    return "Usage:\n"
           "  interleave [--demo ID] [--size WxH] [--reset-layout]\n"
           "      Open the window.\n"
           "  interleave --screenshot FILE.png [--frames N] [--size WxH] [--demo ID]\n"
           "      Open the window, draw N frames (default 5), save the last one as a PNG and exit.\n"
           "  interleave list\n"
           "      List the demos (no window needed).\n"
           "  interleave run DEMO [--param NAME=VALUE]... [--mode run|slow|step|replay] ...\n"
           "      Run one demo headless and print what happened; `interleave help` has the details.\n"
           "\n"
           "Window options:\n"
           "  --demo ID           select this demo at start\n"
           "  --size WxH          window size, e.g. 1280x800\n"
           "  --reset-layout      start with the default panel layout and window size\n"
           "  --screenshot FILE   write a PNG of the window after N frames, then exit\n"
           "  --frames N          exit after N frames\n"
           "  -h, --help          show this help\n"
           "\n"
           "The window keeps its layout in $XDG_CONFIG_HOME/interleave/ (default ~/.config/interleave/).\n";
}

}  // namespace il::gui
