// fork.process_copy: the Process object is copied into the child.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.process_copy: the child's change to its copy is not seen by the parent's object") {
    for (int mode = 0; mode < 2; ++mode) {
        const Observation o = mode == 0 ? observe_demo("fork.process_copy") : step_demo("fork.process_copy");
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "visits seen by the child") == 1);
        CHECK(result_int(o, "visits seen by the parent") == 0);
        CHECK(result(o, "object address in the child") == result(o, "object address in the parent"));
    }
}

TEST_CASE("fork.process_copy: both lines print the same address, and the child's line comes between the parent's two") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("fork.process_copy"));
    runs.push_back(prefer_demo("fork.process_copy", {}, {"Process-1", "MainThread"}));
    runs.push_back(prefer_demo("fork.process_copy", {}, {"MainThread", "Process-1"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        const std::string addr = result(o, "object address in the parent");
        CHECK(console_lines(o.store) ==
              std::vector<std::string>{"MainThread: parent: this = " + addr + ", visits = 0",
                                       "Process-1: child:  this = " + addr + ", visits = 1",
                                       "MainThread: parent: this = " + addr + ", visits = 0 after join"});
    }
}
