// fork.nested: a fork inside the parent's branch gives three processes, all children of MainThread.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.nested: three processes, two siblings under MainThread and no grandchild") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("fork.nested"));
    runs.push_back(step_demo("fork.nested"));
    runs.push_back(random_demo("fork.nested", {}, 5));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "processes") == 3);
        const auto main = find_worker(o.store, "MainThread");
        const auto c1 = find_worker(o.store, "Child-1");
        const auto c2 = find_worker(o.store, "Child-2");
        REQUIRE(main);
        REQUIRE(c1);
        REQUIRE(c2);
        CHECK(o.store.worker(*c1).parent == *main);
        CHECK(o.store.worker(*c2).parent == *main);
        CHECK_FALSE(find_worker(o.store, "Child-1/Child-1"));
        CHECK(printed_by(o.store, "Child-1").front() == "1  (child of the first fork)");
        CHECK(printed_by(o.store, "Child-2").front() == "11 (child of the second fork)");
    }
}
