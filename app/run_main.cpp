// app/run_main.cpp — `interleave-run`, the run host: the process a run is
// (core/observer/run.hpp). It is `interleave` without the window: the same CLI
// run-process entry, demos and Python front, but none of GLFW, OpenGL, X11 or
// fontconfig to load, which is most of what starting a run cost
// (bench/README.md, "run start"). `interleave` executes it for every run it
// starts; run by hand it says what it is for.
#include <cstdio>
#include <string_view>

#include "app/cli/cli.hpp"
#include "app/cli/lang_cli.hpp"
#include "python/host.hpp"

int main(int argc, char** argv) {
    il::python::install();  // a .py path is a run target like a demo id
    if (const int bad = il::app::take_language(argc, argv)) return bad;
    if (argc > 1 && std::string_view(argv[1]) == "__run-child") return il::app::cli_main(argc, argv);
    std::fprintf(stderr, "interleave-run hosts the runs that `interleave` starts; run `interleave` instead\n");
    return 2;
}
