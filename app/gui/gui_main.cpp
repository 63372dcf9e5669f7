// app/gui/gui_main.cpp — `interleave [flags]`: flags, the display check, and
// the hand-over to the window (window_shell.hpp).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include "app/gui/gui_main.hpp"
#include "app/gui/options.hpp"
#include "app/gui/window_shell.hpp"
#include "core/registry.hpp"

namespace il::gui {

namespace {

constexpr int kExitBadUsage = 2;
constexpr int kExitNoDisplay = 2;

bool env_set(const char* name) {
    const char* v = std::getenv(name);
    return v != nullptr && v[0] != '\0';
}

int no_display(const std::string& reason) {
    std::fprintf(stderr,
                 "interleave: %s; use the command line instead: `interleave list`, `interleave run DEMO` "
                 "(`interleave help` for more)\n",
                 reason.c_str());
    return kExitNoDisplay;
}

}  // namespace

int gui_main(int argc, char** argv) {
    const auto parsed = parse_gui_options(argc, argv);
    if (const auto* error = std::get_if<OptionsError>(&parsed)) {
        std::fprintf(stderr, "interleave: %s\n\n%s", error->message.c_str(), gui_usage().c_str());
        return kExitBadUsage;
    }
    const GuiOptions& options = std::get<GuiOptions>(parsed);
    if (options.help) {
        std::fputs(gui_usage().c_str(), stdout);
        return 0;
    }
    if (!options.demo.empty() && core::Registry::find(options.demo) == nullptr) {
        std::fprintf(stderr, "interleave: no demo '%s' (`interleave list` shows them all)\n", options.demo.c_str());
        return kExitBadUsage;
    }
    if (!env_set("DISPLAY") && !env_set("WAYLAND_DISPLAY"))
        return no_display("no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)");

    WindowShell shell(options);
    if (const std::string error = shell.open(); !error.empty()) return no_display(error);
    return shell.run();
}

}  // namespace il::gui
