// tests/test_main.cpp — doctest's main for every test binary. A test binary
// can host runs: RunHandle re-executes it as `<test binary> __run-child ...`,
// which this main hands to the core before doctest sees the arguments.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest.h>

#include <cstdlib>
#include <string_view>

#include "core/observer/run.hpp"

int main(int argc, char** argv) {
    if (argc > 1 && std::string_view(argv[1]) == "__run-child") return il::core::run_child_main(argc, argv);
    // The tests read English: the programs they start (interleave, run
    // processes) take their language from here rather than from the locale.
    setenv("INTERLEAVE_LANG", "en", 1);
    doctest::Context ctx(argc, argv);
    return ctx.run();
}
