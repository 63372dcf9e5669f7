// app/gui/window/gui_main.cpp — `interleave [flags]`: flags, the display check, and
// the hand-over to the window (window_shell.hpp).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include "app/gui/window/gui_main.hpp"
#include "app/gui/shell/options.hpp"
#include "app/gui/window/window_shell.hpp"
#include "core/common/i18n.hpp"
#include "core/explore/expect.hpp"
#include "core/runtime/registry.hpp"
#include "core/observer/schedule.hpp"

namespace il::gui {

namespace {

constexpr int kExitBadUsage = 2;
constexpr int kExitNoDisplay = 2;

bool env_set(const char* name) {
    const char* v = std::getenv(name);
    return v != nullptr && v[0] != '\0';
}

// The staged run's demo, parameters and schedule, checked before a window is
// opened: a typo gets the same exit code 2 as on the command line.
std::string check_stage(const GuiOptions& options) {
    std::string demo_id = options.demo;
    if (!options.schedule.empty()) {
        try {
            const core::Schedule schedule = core::Schedule::load(options.schedule);
            if (demo_id.empty()) demo_id = schedule.demo;
        } catch (const core::ScheduleError& e) {
            return e.what();
        }
    }
    if (!options.expect.empty()) {
        try {
            (void)core::Expectation::parse(options.expect);
        } catch (const core::ExpectError& e) {
            return e.what();
        }
    }
    if (demo_id.empty()) return {};
    const core::DemoInfo* demo = core::Registry::find(demo_id);
    if (demo == nullptr) return i18n::trf("no demo '{demo}' (`interleave list` shows them all)", {{"demo", demo_id}});
    core::Params params(demo->params);
    for (const std::string& assignment : options.params)
        if (std::string error = params.set(demo->params, assignment); !error.empty()) return error;
    return {};
}

int no_display(const std::string& reason) {
    const std::string message = i18n::trf(
        "{reason}; use the command line instead: `interleave list`, `interleave run DEMO` (`interleave help` for more)",
        {{"reason", reason}});
    std::fprintf(stderr, "interleave: %s\n", message.c_str());
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
    if (const std::string error = check_stage(options); !error.empty()) {
        std::fprintf(stderr, "interleave: %s\n", error.c_str());
        return kExitBadUsage;
    }
    if (!env_set("DISPLAY") && !env_set("WAYLAND_DISPLAY"))
        return no_display(i18n::tr("no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)"));

    WindowShell shell(options);
    if (const std::string error = shell.open(); !error.empty()) return no_display(error);
    return shell.run();
}

}  // namespace il::gui
