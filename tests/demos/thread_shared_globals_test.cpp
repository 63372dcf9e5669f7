// thread.shared_globals: threads share a global (103); processes each have a copy (100).
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("thread.shared_globals: with threads work2 and main see 103 — with processes they see 100") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("thread.shared_globals"));
    runs.push_back(step_demo("thread.shared_globals"));
    for (uint64_t seed : {1, 2}) runs.push_back(random_demo("thread.shared_globals", {}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "threads: work2 saw") == 103);
        CHECK(result_int(o, "threads: main sees") == 103);
        CHECK(result_int(o, "processes: work2 saw") == 100);
        CHECK(result_int(o, "processes: main sees") == 100);
        CHECK(printed_by(o.store, "Process-1") == std::vector<std::string>{"in work1, g_num is 103"});
        CHECK(printed_by(o.store, "Process-2") == std::vector<std::string>{"in work2, g_num is 100"});
    }
}
