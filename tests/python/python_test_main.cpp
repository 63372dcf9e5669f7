// tests/python/python_test_main.cpp — doctest's main for the Python tests: as
// tests/test_main.cpp, and with the .py loader installed (as app/main.cpp
// does), so the binary can host a Python program's run process.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest.h>

#include <cstdlib>
#include <string_view>

#include "core/observer/run.hpp"
#include "python/host.hpp"

int main(int argc, char** argv) {
    il::python::install();
    if (argc > 1 && std::string_view(argv[1]) == "__run-child") return il::core::run_child_main(argc, argv);
    // The tests read English: the programs they start (interleave, run
    // processes) take their language from here rather than from the locale.
    setenv("INTERLEAVE_LANG", "en", 1);
    doctest::Context ctx(argc, argv);
    return ctx.run();
}
