// process.target_args: target/args/name, pid, is_alive, join, exitcode.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("process.target_args: names Process-1 and alogy, pids of real children, exitcode 0 after join") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("process.target_args", {"interval1=0.05", "interval2=0.02"}));
    runs.push_back(step_demo("process.target_args"));
    runs.push_back(random_demo("process.target_args", {}, 4));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result(o, "p1.name") == "Process-1");
        CHECK(result(o, "p2.name") == "alogy");
        CHECK(result(o, "p1.is_alive after join") == "False");
        CHECK(result_int(o, "p1.exitcode") == 0);
        CHECK(result_int(o, "p2.exitcode") == 0);
        const auto main = find_worker(o.store, "MainThread");
        const auto p1 = find_worker(o.store, "Process-1");
        const auto p2 = find_worker(o.store, "alogy");
        REQUIRE(main);
        REQUIRE(p1);
        REQUIRE(p2);
        CHECK(o.store.worker(*p1).pid == result_int(o, "p1.pid"));
        CHECK(o.store.worker(*p2).pid == result_int(o, "p2.pid"));
        CHECK(o.store.worker(*p1).ppid == o.store.worker(*main).pid);
        CHECK(o.store.worker(*p1).parent == *main);
        // The child ran target(*args): its lines carry the label passed in args.
        CHECK(printed_by(o.store, "Process-1").front().rfind("worker_1: parent pid ", 0) == 0);
        CHECK(printed_by(o.store, "alogy").front().rfind("worker_2: parent pid ", 0) == 0);
    }
}
