// tests/gui/test_main.cpp — doctest's main for the GUI test binaries (they
// never host runs, so they need no run-process entry point).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest.h>
