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

TEST_CASE("fork.zombie: a free run collects status 7, and the zombie stretch lasts about `linger`") {
    const double linger = 0.25;
    const Observation o = observe_demo("fork.zombie", {"linger=0.25"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "child state before wait()") == "Z (zombie)");
    CHECK(result_int(o, "exit status collected by wait()") == 7);
    const auto child = find_worker(o.store, "Child-1");
    REQUIRE(child);
    const StateInterval* zombie = nullptr;
    for (const StateInterval& iv : o.store.intervals(*child))
        if (iv.state == WorkerState::Zombie) zombie = &iv;
    REQUIRE(zombie);
    const double seconds = static_cast<double>(zombie->t1 - zombie->t0) / 1e9;
    INFO("zombie stretch: ", seconds, " s");
    CHECK(seconds > 0.8 * linger);
}

TEST_CASE("fork.zombie: granting MainThread while Child-1 has not exited, it keeps looking and sees no zombie yet") {
    // Begin, fork, the linger sleep, then a look that finds no zombie (a sleep step) before Child-1 is let go.
    const Observation o = replay_demo("fork.zombie", {"linger=0"},
                                      {"MainThread", "MainThread", "MainThread", "MainThread", "Child-1", "Child-1",
                                       "Child-1", "MainThread", "MainThread", "MainThread", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto main = find_worker(o.store, "MainThread");
    const auto child = find_worker(o.store, "Child-1");
    REQUIRE(main);
    REQUIRE(child);
    int64_t exited_at = -1;
    for (const StateInterval& iv : o.store.intervals(*child))
        if (iv.state == WorkerState::Zombie && exited_at < 0) exited_at = iv.s0;
    REQUIRE(exited_at >= 0);
    // MainThread's linger sleep and its looks: sleep steps taken before the child exited.
    int looks = 0;
    for (const StateInterval& iv : o.store.intervals(*main))
        if (iv.state == WorkerState::Sleeping && iv.s0 < exited_at) ++looks;
    CHECK(looks >= 2);
    // Once Child-1 has exited, the next look finds the zombie.
    CHECK(result(o, "child state before wait()") == "Z (zombie)");
}
