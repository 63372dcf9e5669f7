// fork.getpid: getpid()/getppid() printed by both processes link them into a tree.
#include <doctest.h>
#include <unistd.h>

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

TEST_CASE("fork.getpid: a free run shows the same links, and the parent's getppid() is the launcher") {
    const Observation o = observe_demo("fork.getpid");
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "child getppid()") == result_int(o, "parent getpid()"));
    CHECK(result_int(o, "parent fork() returned") == result_int(o, "child getpid()"));
    const auto main = find_worker(o.store, "MainThread");
    const auto child = find_worker(o.store, "Child-1");
    REQUIRE(main);
    REQUIRE(child);
    // The process tree draws Child-1 under MainThread.
    CHECK(o.store.worker(*child).parent == *main);
    CHECK(o.store.worker(*main).pid == result_int(o, "parent getpid()"));
    // The run launcher is the process that observes the run: here, this test.
    const std::vector<std::string> lines = printed_by(o.store, "MainThread");
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == "parent: getppid() = " + std::to_string(::getpid()) + " (whoever started this program)");
}

TEST_CASE("fork.getpid: granting Child-1 first swaps the lines, and each line keeps its own pair of numbers") {
    const Observation child_first = prefer_demo("fork.getpid", {}, {"Child-1", "MainThread"});
    const Observation parent_first = prefer_demo("fork.getpid", {}, {"MainThread", "Child-1"});
    for (const Observation* o : {&child_first, &parent_first}) {
        REQUIRE_MESSAGE(!o->failed, o->outcome);
        CHECK(result_int(*o, "child getppid()") == result_int(*o, "parent getpid()"));
        CHECK(result_int(*o, "parent fork() returned") == result_int(*o, "child getpid()"));
        const auto child_lines = printed_by(o->store, "Child-1");
        REQUIRE(child_lines.size() == 1);
        CHECK(child_lines[0] == "child:  getpid() = " + std::to_string(result_int(*o, "child getpid()")) +
                                    ", getppid() = " + std::to_string(result_int(*o, "parent getpid()")));
    }
    const auto a = console_lines(child_first.store);
    const auto b = console_lines(parent_first.store);
    REQUIRE(a.size() == 3);
    REQUIRE(b.size() == 3);
    CHECK(a.front().rfind("Child-1: ", 0) == 0);
    CHECK(b.front().rfind("MainThread: ", 0) == 0);
    CHECK(b.back().rfind("Child-1: ", 0) == 0);
}
