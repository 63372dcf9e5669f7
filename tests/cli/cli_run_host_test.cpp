// tests/cli/cli_run_host_test.cpp — which binary a run is (app/run_main.cpp,
// core/observer/run.hpp use_run_host): the real `interleave` hosts its runs
// in `interleave-run` beside it, which loads no window libraries, and falls
// back to itself when that file is not there.
#include <doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/cli_capture.hpp"

namespace fs = std::filesystem;

namespace {

using Out = il::test::CliResult;
using il::test::shell;

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

// A program that prints the binary its run process executes, and its libraries.
fs::path write_probe(const fs::path& dir) {
    const fs::path py = dir / "which_host.py";
    std::ofstream(py) << "import os\n"
                         "print('host:', os.path.basename(os.readlink('/proc/self/exe')))\n"
                         "maps = open('/proc/self/maps').read()\n"
                         "print('glfw loaded:', 'libglfw' in maps)\n";
    return py;
}

}  // namespace

TEST_CASE("run host: interleave runs a program in interleave-run, which has no window libraries") {
    const fs::path dir = fs::temp_directory_path() / ("il-run-host-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path py = write_probe(dir);
    const Out o = shell(std::string(IL_INTERLEAVE_BINARY) + " run '" + py.string() + "'");
    CHECK(o.code == 0);
    CHECK(has(o.out, "host: interleave-run"));
    CHECK(has(o.out, "glfw loaded: False"));
    fs::remove_all(dir);
}

TEST_CASE("run host: an interleave without interleave-run beside it hosts its runs itself") {
    const fs::path dir = fs::temp_directory_path() / ("il-run-host-alone-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy_file(IL_INTERLEAVE_BINARY, dir / "interleave");
    const fs::path py = write_probe(dir);
    const Out o = shell("INTERLEAVE_EXAMPLES=/nonexistent '" + (dir / "interleave").string() + "' run '" + py.string() +
                        "'");
    CHECK(o.code == 0);
    CHECK(has(o.out, "host: interleave\n"));
    const Out demo = shell("'" + (dir / "interleave").string() + "' run thread.order");
    CHECK(demo.code == 0);
    CHECK(has(demo.out, "outcome:   completed"));
    fs::remove_all(dir);
}
