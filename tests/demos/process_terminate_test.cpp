// process.terminate: terminate() ends the child at once; its exitcode is -15.
#include <doctest.h>

#include "core/common/arena.hpp"
#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("process.terminate: join(timeout) times out, terminate() kills the child, exitcode is -15") {
    // Begin, start, print "started", join(timeout) -> time out, print, terminate, print, join, print.
    const Observation o = replay_demo("process.terminate", {},
                                      {"MainThread", "MainThread", "MainThread", "MainThread timeout", "MainThread",
                                       "MainThread", "MainThread", "MainThread", "MainThread"});
    CHECK_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "terminated") == "yes");
    CHECK(result_int(o, "exitcode") == -15);
    CHECK(result(o, "is_alive after join") == "False");
    CHECK(printed_by(o.store, "worker").empty());  // killed before its first slice
    const auto w = find_worker(o.store, "worker");
    REQUIRE(w);
    CHECK((o.store.worker(*w).flags & kWorkerTerminated) != 0);
    CHECK(contains(o.notes, "worker terminated (SIGTERM)"));
}

TEST_CASE("process.terminate: in run mode the child is stopped mid-job and the run itself carries on") {
    const Observation o = observe_demo("process.terminate", {"slices=200", "patience=0.2"});
    CHECK_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "exitcode") == -15);
    CHECK(o.exit.exited);
    CHECK(o.exit.code == 0);
    CHECK_FALSE(contains(printed_by(o.store, "worker"), "finished all the slices by itself"));
}

TEST_CASE("process.terminate: a child that finishes within the patience is not terminated (exitcode 0)") {
    const Observation o = step_demo("process.terminate", {"slices=3"});  // round-robin never times out
    CHECK_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "terminated") == "no (it finished first)");
    CHECK(result_int(o, "exitcode") == 0);
    CHECK(printed_by(o.store, "worker").size() == 4);
}
