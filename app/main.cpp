// app/main.cpp — the `interleave` executable: hands CLI subcommands (and the
// run-process entry) to the command-line front end, everything else to the
// window front end.
#include "app/cli/cli.hpp"
#include "app/cli/lang_cli.hpp"
#include "app/gui/window/gui_main.hpp"
#include "core/observer/run.hpp"
#include "python/host.hpp"

#include <string>
#include <string_view>

namespace {

// Runs are hosted by `interleave-run` beside this binary when it is there
// (app/run_main.cpp: no window libraries to load), else by this binary itself.
void pick_run_host(std::string_view command) {
    if (command == "__run-child") return;  // a run starts no runs
    const std::string self = il::core::self_executable();
    const size_t slash = self.rfind('/');
    if (slash == std::string::npos || self.find(" (deleted)") != std::string::npos) return;
    il::core::use_run_host(self.substr(0, slash + 1) + "interleave-run");
}

}  // namespace

int main(int argc, char** argv) {
    il::python::install();  // a .py path is a run target like a demo id
    if (const int bad = il::app::take_language(argc, argv)) return bad;
    pick_run_host(argc > 1 ? argv[1] : "");
    if (argc > 1 && il::app::is_cli_command(argv[1])) return il::app::cli_main(argc, argv);
    return il::gui::gui_main(argc, argv);
}
