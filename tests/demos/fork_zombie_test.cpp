// fork.zombie: a child not waited for is a zombie until wait() reaps it.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.zombie: the child is a zombie until wait() reaps it (Zombie interval, then Done)") {
    // Child-1 runs to its exit before the parent looks; then the parent looks and waits.
    const Observation o = replay_demo("fork.zombie", {"linger=0"},
                                      {"MainThread", "MainThread", "Child-1", "Child-1", "Child-1", "MainThread",
                                       "MainThread", "MainThread", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "child state before wait()") == "Z (zombie)");
    CHECK(result_int(o, "exit status collected by wait()") == 7);
    CHECK(result(o, "child state after wait()") == "gone (reaped)");

    const auto child = find_worker(o.store, "Child-1");
    REQUIRE(child);
    const auto states = states_of(o.store, *child);
    REQUIRE(states.size() >= 2);
    CHECK(states[states.size() - 2] == WorkerState::Zombie);
    CHECK(states.back() == WorkerState::Done);
    // The zombie stretch lasts several steps: the parent printed while the child was a zombie.
    const StateInterval& zombie = o.store.intervals(*child)[o.store.intervals(*child).size() - 2];
    CHECK(zombie.s1 > zombie.s0);
    CHECK((o.store.worker(*child).flags & kWorkerReaped) != 0);
    CHECK(o.store.worker(*child).exitcode == 7);
}

TEST_CASE("fork.zombie: in run mode too, /proc shows Z before waitpid and nothing after") {
    const Observation o = observe_demo("fork.zombie", {"linger=0.05"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "child state before wait()") == "Z (zombie)");
    CHECK(result(o, "child state after wait()") == "gone (reaped)");
}
