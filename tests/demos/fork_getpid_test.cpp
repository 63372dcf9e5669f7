// fork.getpid: getpid()/getppid() printed by both processes link them into a tree.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.getpid: the child's getppid() is the parent's getpid(), and fork() returned the child's getpid()") {
    for (uint64_t seed : {1, 2}) {
        const Observation o = random_demo("fork.getpid", {}, seed);
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "child getppid()") == result_int(o, "parent getpid()"));
        CHECK(result_int(o, "parent fork() returned") == result_int(o, "child getpid()"));
        CHECK(result_int(o, "child getpid()") != result_int(o, "parent getpid()"));
        // The worker table that the process tree draws holds the same numbers.
        const auto main = find_worker(o.store, "MainThread");
        const auto child = find_worker(o.store, "Child-1");
        REQUIRE(main);
        REQUIRE(child);
        CHECK(o.store.worker(*child).pid == result_int(o, "child getpid()"));
        CHECK(o.store.worker(*child).ppid == o.store.worker(*main).pid);
        CHECK(printed_by(o.store, "Child-1").size() == 1);
        CHECK(printed_by(o.store, "MainThread").size() == 2);
    }
}
