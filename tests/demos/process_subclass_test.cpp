// process.subclass: start() runs the overridden run() in the child.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("process.subclass: the overridden run() executes in a child of the main process") {
    for (int mode = 0; mode < 2; ++mode) {
        const Observation o =
            mode == 0 ? observe_demo("process.subclass", {"interval=0.02"}) : step_demo("process.subclass");
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "child's getppid()") == result_int(o, "main pid"));
        CHECK(result(o, "p1.name") == "Process-1");
        CHECK(result_int(o, "p1.exitcode") == 0);
        const auto lines = printed_by(o.store, "Process-1");
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].find(" starts, its parent is " + result(o, "main pid")) != std::string::npos);
        // main's total is printed after the child's last line: join waited for it.
        CHECK(console_lines(o.store).back().rfind("MainThread: main process ", 0) == 0);
    }
}
