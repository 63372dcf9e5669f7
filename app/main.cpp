// app/main.cpp — the `interleave` executable: hands CLI subcommands (and the
// run-process entry) to the command-line front end, everything else to the
// window front end.
#include "app/cli/cli.hpp"
#include "app/cli/lang_cli.hpp"
#include "app/gui/window/gui_main.hpp"
#include "python/host.hpp"

int main(int argc, char** argv) {
    il::python::install();  // a .py path is a run target like a demo id
    if (const int bad = il::app::take_language(argc, argv)) return bad;
    if (argc > 1 && il::app::is_cli_command(argv[1])) return il::app::cli_main(argc, argv);
    return il::gui::gui_main(argc, argv);
}
