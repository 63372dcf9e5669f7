// tests/gui/test_main.cpp — doctest's main for the GUI test binaries (they
// never host runs, so they need no run-process entry point).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest.h>

#include <cstdlib>

int main(int argc, char** argv) {
    // The tests read English: the windows they start take their language
    // from here rather than from the locale (app/cli/lang_cli.hpp).
    setenv("INTERLEAVE_LANG", "en", 1);
    doctest::Context ctx(argc, argv);
    return ctx.run();
}
