// Explore mode (core/explore/explore.hpp) on real demos: it finds the lost
// update and the two-lock deadlock with the fewest preemptions, the schedule
// it returns replays to the same failure, and the fixed versions have no
// failing schedule within the bound; bad conditions are refused with what
// exists.
#include <doctest.h>

#include "core/explore/explore.hpp"
#include "core/explore/story.hpp"
#include "tests/demos/explore_demo.hpp"
#include "tests/demos/observe_demo.hpp"

using namespace il::core;
using il::test::explore_demo;

namespace {

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("explore: the counter without a lock loses an update with one preemption, and the schedule replays it") {
    const ExploreResult r = explore_demo("builtin.counter", {"iterations=1"}, "counter == expected");
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::Found, r.error);
    MESSAGE(r.progress.runs, " runs to find it: ", r.reason);
    CHECK(r.preemptions == 1);
    CHECK(r.complete_bound == 0);  // every schedule without a preemption was tried first, all fine
    CHECK(r.reason.find("counter (1) == expected (2)") != std::string::npos);
    // The story of the failing schedule, in the learner's words.
    CHECK(r.story.find("Thread-1 reads counter (0) → Thread-2 reads counter (0), writes counter = 1 → "
                       "Thread-1 writes counter = 1") != std::string::npos);
    // The schedule is the proof: replayed, the run loses the update again.
    auto replay = make_replay(r.schedule);
    const Observation o = il::test::observe_demo("builtin.counter", {"iterations=1"}, DirectorMode::Replay, replay.get());
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(il::test::result(o, "counter") == "1");
}

TEST_CASE("explore: with the lock, no schedule within two preemptions loses an update") {
    const ExploreResult r = explore_demo("builtin.counter", {"iterations=1", "use_lock=true"}, "counter == expected");
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::None, r.error, r.reason);
    MESSAGE(describe(r));
    CHECK(r.complete_bound == 2);
    CHECK(r.progress.runs > 1);
    CHECK(describe(r).find("up to 2 preemptions") != std::string::npos);
}

TEST_CASE("explore: two threads taking two locks in opposite order deadlock, and the schedule replays to the deadlock") {
    // Each thread sleeps between its two acquires, which gives the processor
    // away: the default schedule itself deadlocks.
    const ExploreResult r = explore_demo("deadlock.two_locks", {"pause=0"}, nullptr);
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::Found, r.error);
    CHECK(r.reason.find("deadlock") != std::string::npos);
    CHECK(r.preemptions == 0);
    CHECK(r.progress.runs == 1);
    CHECK(r.story.find("Thread-1 takes mutexA → Thread-2 takes mutexB → Thread-1 waits for mutexB → "
                       "Thread-2 waits for mutexA") != std::string::npos);
    auto replay = make_replay(r.schedule);
    const Observation o = il::test::observe_demo("deadlock.two_locks", {"pause=0"}, DirectorMode::Replay, replay.get());
    CHECK(o.status == StepStatus::Deadlock);
}

TEST_CASE("explore: three philosophers reaching for their right forks deadlock, and the fixed tables do not within the bound") {
    const ExploreResult ring = explore_demo("deadlock.philosophers", {"philosophers=3", "meals=1"}, nullptr);
    REQUIRE_MESSAGE(ring.verdict == ExploreVerdict::Found, ring.error);
    CHECK(ring.reason.find("Philosopher-3, which waits for fork-1 held by Philosopher-1") != std::string::npos);
    // The fixes: a waiter keeping one seat empty, and the ordered forks.
    const ExploreResult waiter =
        explore_demo("deadlock.philosophers_waiter", {"philosophers=3", "meals=1"}, nullptr, 1);
    CHECK_MESSAGE(waiter.verdict == ExploreVerdict::None, waiter.reason);
    CHECK(waiter.complete_bound == 1);
}

// The course's fixes: no failing schedule with up to two preemptions.
TEST_CASE("explore: the fixed demos (lock order, timeout, baton, the mutex) have no failing schedule within two preemptions") {
    for (const auto& [id, params] : std::vector<std::pair<std::string, std::vector<std::string>>>{
             {"deadlock.lock_order", {}},
             {"deadlock.timeout", {}},
             {"deadlock.baton", {}},
             {"builtin.counter", {"iterations=2", "use_lock=true"}}}) {
        CAPTURE(id);
        const ExploreResult r = explore_demo(id, params, id == "builtin.counter" ? "counter == expected" : nullptr);
        CHECK_MESSAGE(r.verdict == ExploreVerdict::None, r.reason, r.error);
        CHECK(r.complete_bound == 2);
        CHECK(r.cut_off == 0);
        CHECK(r.diverged == 0);
    }
}

TEST_CASE("explore: two jobs search the same schedules as one, and find the same bugs") {
    ExploreOptions o;
    o.run.demo_id = "builtin.counter";
    o.run.params = {"iterations=1", "use_lock=true"};
    o.expect = Expectation::parse("counter == expected");
    o.jobs = 1;
    const ExploreResult one = explore(o);
    o.jobs = 2;
    const ExploreResult two = explore(o);
    REQUIRE(one.verdict == ExploreVerdict::None);
    CHECK(two.verdict == ExploreVerdict::None);
    CHECK(two.progress.runs == one.progress.runs);
    CHECK(two.complete_bound == 2);
    o.run.params = {"iterations=1"};
    const ExploreResult found = explore(o);
    REQUIRE(found.verdict == ExploreVerdict::Found);
    CHECK(found.preemptions == 1);
}

TEST_CASE("explore: a condition naming a result the run does not have is an error listing the results it has") {
    const ExploreResult r = explore_demo("builtin.counter", {"iterations=1"}, "countr == 2", 0);
    REQUIRE(r.verdict == ExploreVerdict::Error);
    CHECK(r.error.find("'countr'") != std::string::npos);
    CHECK(r.error.find("'counter'") != std::string::npos);
    CHECK(r.error.find("'expected'") != std::string::npos);
}

TEST_CASE("explore: an unknown demo is an error, and a run budget ends the search saying so") {
    CHECK(explore_demo("no.such.demo", {}, nullptr).verdict == ExploreVerdict::Error);
    ExploreOptions o;
    o.run.demo_id = "builtin.counter";
    o.run.params = {"iterations=1", "use_lock=true"};
    o.max_runs = 2;
    o.jobs = 2;
    const ExploreResult r = explore(o);
    CHECK(r.verdict == ExploreVerdict::OutOfBudget);
    CHECK(r.progress.runs == 2);
    CHECK(r.progress.pending > 0);
}

TEST_CASE("Expectation: parses the six comparisons, compares numbers as numbers and names against names") {
    const std::vector<ResultEntry> results{{"counter", "1"}, {"expected", "2"}, {"outcome", "done"}};
    CHECK(Expectation::parse("counter == expected").holds(results) == false);
    CHECK(Expectation::parse("counter != expected").holds(results));
    CHECK(Expectation::parse("counter < 2").holds(results));
    CHECK(Expectation::parse(" counter<=1 ").holds(results));
    CHECK(Expectation::parse("expected > 1.5").holds(results));
    CHECK(Expectation::parse("expected >= 3").holds(results) == false);
    CHECK(Expectation::parse("outcome == done").holds(results));
    CHECK_THROWS_AS(Expectation::parse("counter"), ExpectError);
    CHECK_THROWS_AS(Expectation::parse("== 2"), ExpectError);
    CHECK_THROWS_AS(Expectation::parse("outcome < 2").holds(results), ExpectError);
}

TEST_CASE("story: turns are joined in order, and only the last ones are told when there are too many") {
    const std::vector<StoryTurn> turns{{"A", {"takes x"}}, {"B", {"takes y", "waits for x"}}, {"A", {"waits for y"}}};
    CHECK(tell(turns) == "A takes x → B takes y, waits for x → A waits for y");
    CHECK(tell(turns, 2) == "… → B takes y, waits for x → A waits for y");
    CHECK(tell({}) == "");
}

TEST_CASE("story: a pattern of deeds repeated three times or more is told once with its count") {
    CHECK(deeds_text({"reads n", "writes n", "reads n", "writes n"}) == "reads n, writes n, reads n, writes n");
    CHECK(deeds_text({"takes x", "reads n", "writes n", "reads n", "writes n", "reads n", "writes n", "releases x"}) ==
          "takes x, (reads n, writes n) ×3, releases x");
    CHECK(deeds_text({"a", "b", "c", "a", "b", "c", "a", "b", "c", "a"}) == "(a, b, c) ×3, a");
    CHECK(deeds_text({}) == "");
    const std::vector<StoryTurn> turns{{"T", {"reads n", "writes n", "reads n", "writes n", "reads n", "writes n"}}};
    CHECK(tell(turns) == "T (reads n, writes n) ×3");
}

TEST_CASE("explore: a waiter blocked in Event.wait() is released by set() even when clear() follows at once, but one that arrives after them waits for ever") {
    // Without a preemption the waiter is in wait() when MainThread sets and
    // clears the flag: CPython's wait() returns True, so no schedule may be
    // called stuck (this was a false "stuck" before the notified rule).
    const ExploreResult none = explore_demo("event.set_clear", {"timeout=0.01"}, nullptr, 0);
    CHECK_MESSAGE(none.verdict == ExploreVerdict::None, none.reason);
    // With one, MainThread can set and clear before the waiter reaches
    // wait(): sleep() is not synchronisation, and the run is stuck for real.
    const ExploreResult stuck = explore_demo("event.set_clear", {"timeout=0.01"}, nullptr, 1);
    REQUIRE(stuck.verdict == ExploreVerdict::Found);
    CHECK(stuck.preemptions == 1);
    CHECK(stuck.reason.find("stuck: ") == 0);
}

TEST_CASE("explore: past its bound, random PCT schedules find the bug, reproducibly from the seed, shrunk, and the schedule replays it") {
    const auto search = [] {
        ExploreOptions o;
        o.run.demo_id = "builtin.counter";
        o.run.params = {"iterations=3"};
        o.expect = Expectation::parse("counter == expected");
        o.max_preemptions = 0;  // the bounded phase cannot find it: the bug needs a preemption
        o.random_runs = 200;
        o.seed = 1;
        o.jobs = 1;             // deterministic: the seeds are drawn in order
        return explore(o);
    };
    const ExploreResult r = search();
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::Found, r.error);
    REQUIRE(r.found_seed.has_value());
    CHECK(r.complete_bound == 0);
    CHECK(r.random_done >= 1);
    CHECK(r.preemptions >= 1);
    CHECK(has(r.reason, "does not hold"));
    // The same seed finds the same schedule again.
    const ExploreResult again = search();
    REQUIRE(again.found_seed.has_value());
    CHECK(*again.found_seed == *r.found_seed);
    CHECK(again.schedule.steps == r.schedule.steps);
    // Shrunk: the schedule replays to the same wrong total, with the preemptions it reports.
    RunOptions run;
    run.demo_id = "builtin.counter";
    run.params = {"iterations=3"};
    const CountedReplay replay = replay_counted(run, r.schedule, {}, 30);
    CHECK(replay.preemptions == r.preemptions);
    CHECK(il::test::result(replay.obs, "counter") != "6");
}

TEST_CASE("explore: the schedule that switches after every acquire is tried once, after the default's, and not counted as the bound's") {
    const auto search = [](bool switching) {
        ExploreOptions o;
        o.run.demo_id = "deadlock.lock_order";
        o.run.params = {"pause=0", "rounds=1"};
        o.max_preemptions = 1;
        o.jobs = 1;
        o.switching = switching;
        return explore(o);
    };
    const ExploreResult plain = search(false), switching = search(true);
    CHECK(plain.verdict == ExploreVerdict::None);
    CHECK(switching.verdict == ExploreVerdict::None);  // one lock order: no ring to close
    CHECK_FALSE(plain.switching_tried);
    CHECK(switching.switching_tried);
    CHECK(switching.progress.runs == plain.progress.runs + 1);
    CHECK(describe(switching) == describe(plain));
    // With two locks taken in opposite orders it closes the ring at once; a
    // challenge's search (par) never uses it.
    ExploreOptions abba;
    abba.run.demo_id = "deadlock.two_locks";
    abba.run.params = {"pause=0"};
    abba.switching = true;
    const ExploreResult found = explore(abba);
    REQUIRE(found.verdict == ExploreVerdict::Found);
    CHECK_FALSE(found.by_switching);  // the default schedule already deadlocks: the bounded phase found it first
}

TEST_CASE("explore: random schedules that find nothing are stated beside the bound") {
    ExploreOptions o;
    o.run.demo_id = "deadlock.lock_order";
    o.run.params = {"pause=0", "rounds=1"};
    o.max_preemptions = 1;
    o.random_runs = 30;
    const ExploreResult r = explore(o);
    CHECK(r.verdict == ExploreVerdict::None);
    CHECK(r.random_done == 30);
    CHECK(has(describe(r), "every schedule with up to 1 preemptions"));
    CHECK(has(describe(r), "and 30 random schedules (PCT)"));
}

TEST_CASE("story: a timed-out acquire is told as giving up on the lock") {
    const ExploreResult r = explore_demo("deadlock.timeout", {"pause=0"}, "Thread-2 attempts == 1", 1);
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::Found, r.error);
    CHECK(has(r.story, " gives up on mutex"));
}

TEST_CASE("story: a schedule is told as runs of one worker, a time-out said") {
    Schedule s;
    s.steps = {{"MainThread", false}, {"MainThread", false}, {"Thread-1", false}, {"Thread-2", true}, {"Thread-2", true}};
    CHECK(steps_in_runs(s) == "MainThread ×2 → Thread-1 → Thread-2 (time out) ×2");
    CHECK(steps_in_runs(Schedule{}) == "");
}
