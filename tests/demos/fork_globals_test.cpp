// fork.globals: a global changed in the child is unchanged in the parent.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.globals: the child's change is not seen by the parent (child 101, parent 100) — a Shared value is") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("fork.globals"));
    runs.push_back(step_demo("fork.globals"));
    for (uint64_t seed : {1, 2, 3}) runs.push_back(random_demo("fork.globals", {}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "g_num in the child") == 101);
        CHECK(result_int(o, "g_num in the parent") == 100);
        CHECK(result_int(o, "shared_num in the parent") == 101);
        CHECK(printed_by(o.store, "Child-1") == std::vector<std::string>{"child:  g_num = 101, shared_num = 101"});
        CHECK(printed_by(o.store, "MainThread") == std::vector<std::string>{"parent: g_num = 100, shared_num = 101"});
    }
}
