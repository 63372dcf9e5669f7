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

TEST_CASE("process.terminate: a run prints a few slices, finds the worker alive after join(timeout), then terminates it") {
    const Observation o = observe_demo("process.terminate", {"slices=200", "patience=0.2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto slices = printed_by(o.store, "worker");
    REQUIRE(!slices.empty());
    CHECK(slices.front() == "working on slice 1");
    CHECK(slices.size() < 10);
    const auto main = printed_by(o.store, "MainThread");
    CHECK(contains(main, "after join(0.2): is_alive = True"));
    CHECK(contains(main, "terminate() sent SIGTERM"));
    CHECK(contains(main, "exitcode = -15"));
}

TEST_CASE("process.terminate: with a long patience the worker finishes first (slices=5 patience=10, scaled down)") {
    const Observation o = observe_demo("process.terminate", {"slices=2", "patience=10"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "terminated") == "no (it finished first)");
    CHECK(result(o, "is_alive after join") == "False");
    CHECK(result_int(o, "exitcode") == 0);
    CHECK(contains(printed_by(o.store, "worker"), "finished all the slices by itself"));
    CHECK(contains(printed_by(o.store, "MainThread"), "after join(10): is_alive = False"));
}

TEST_CASE("process.terminate: stepped, timing out the join returns at once with the worker alive, and terminate() follows") {
    const Observation o = replay_demo("process.terminate", {},
                                      {"MainThread", "MainThread", "MainThread", "MainThread timeout", "MainThread",
                                       "MainThread", "MainThread", "MainThread", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto main = printed_by(o.store, "MainThread");
    REQUIRE(main.size() == 4);
    CHECK(main[1] == "after join(0.35): is_alive = True");
    CHECK(main[2] == "terminate() sent SIGTERM");
    CHECK(main[3] == "exitcode = -15");
}
