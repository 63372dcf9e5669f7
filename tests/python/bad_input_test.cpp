// tests/python/bad_input_test.cpp — programs that cannot run as written get
// the message python3 itself would give, and the CLI's exit status says
// what kind of failure it was (2: the program could not start; 1: it failed
// while running); a crash of the interpreter is contained and named.
#include <doctest.h>

#include <fstream>
#include <string>

#include "tests/python/program.hpp"

using il::test::Program;
using il::test::has;

TEST_CASE("python bad input: a SyntaxError names the file, the line and the caret, as Python prints it, and is exit status 2") {
    Program p("print('ok')\nx = (1,\n");
    const auto r = p.run();
    CHECK(r.code == 2);
    CHECK(has(r.out, "prog.py\", line 2"));
    CHECK(has(r.out, "    x = (1,\n"));
    CHECK(has(r.out, "        ^\n"));
    CHECK(has(r.out, "SyntaxError: '(' was never closed"));
    CHECK_FALSE(has(r.out, "[MainThread] ok"));  // nothing ran
}

TEST_CASE("python bad input: a file that is not UTF-8 (and says no other coding) is Python's SyntaxError, status 2") {
    Program p("# caf\xe9\nprint('ran')\n");
    const auto r = p.run();
    CHECK(r.code == 2);
    CHECK(has(r.out, "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + p.path() +
                         " on line 1, but no encoding declared"));
    CHECK_FALSE(has(r.out, "ran"));
}

TEST_CASE("python bad input: a file with a coding line in that coding runs") {
    Program p("# -*- coding: latin-1 -*-\nprint('caf\xe9')\n");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] caf\xc3\xa9"));  // printed as UTF-8
}

TEST_CASE("python bad input: importing a module that does not exist is the traceback through the program, status 1, with none of Interleave's own frames") {
    Program p("import threading\nimport no_such_module_here\n");
    const auto r = p.run();
    CHECK(r.code == 1);
    CHECK(has(r.out, "[MainThread] Traceback (most recent call last):"));
    CHECK(has(r.out, "prog.py\", line 2, in <module>"));
    CHECK(has(r.out, "ModuleNotFoundError: No module named 'no_such_module_here'"));
    CHECK_FALSE(has(r.out, "runpy"));
    CHECK_FALSE(has(r.out, "<interleave"));
}

TEST_CASE("python bad input: a SyntaxError in a module the program imports is a traceback through the program, status 1") {
    Program p("import broken\n");
    std::ofstream(p.file("broken.py")) << "def f(:\n";
    const auto r = p.run();
    CHECK(r.code == 1);
    CHECK(has(r.out, "prog.py\", line 1, in <module>"));
    CHECK(has(r.out, "broken.py\", line 1"));
    CHECK(has(r.out, "SyntaxError"));
}

TEST_CASE("python bad input: an exception raised inside Interleave's primitives shows the program's frames only") {
    Program p("import threading\nl = threading.Lock()\nl.release()\n");
    const auto r = p.run();
    CHECK(r.code == 1);
    CHECK(has(r.out, "prog.py\", line 3, in <module>"));
    CHECK(has(r.out, "RuntimeError: release unlocked lock"));
    CHECK_FALSE(has(r.out, "<interleave"));
}

TEST_CASE("python bad input: a missing program is a clear error and exit status 2") {
    const auto r = il::test::run_cli({"run", "/tmp/il_no_such_program_here.py"});
    CHECK(r.code == 2);
    CHECK(has(r.err, "il_no_such_program_here.py"));
}

TEST_CASE("python bad input: a program that crashes the interpreter is contained: the summary names the signal and Python's fault handler the line") {
    Program p("import ctypes\nprint('before')\nctypes.string_at(0)\n");
    const auto r = p.run();
    CHECK(r.code == 1);
    CHECK(has(r.out, "[MainThread] before"));
#if !defined(__SANITIZE_ADDRESS__)  // under ASan its own SIGSEGV handler reports the crash and exits with 1
    CHECK(has(r.out, "killed by SIGSEGV"));
#endif
    CHECK(has(r.out, "outcome:   the run failed"));
    CHECK(has(r.err, "Fatal Python error: Segmentation fault"));
    CHECK(has(r.err, "prog.py\", line 3 in <module>"));
}

TEST_CASE("python bad input: argparse rejecting the program's arguments is its usage message and status 2") {
    Program p("import argparse\nap = argparse.ArgumentParser()\nap.add_argument('--n', type=int)\nap.parse_args()\n");
    const auto r = p.run({"--", "--n", "many"});
    CHECK(r.code == 2);
    CHECK(has(r.out, "error: argument --n: invalid int value: 'many'"));
}
