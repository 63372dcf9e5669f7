// tests/demos/reduction_test.cpp — explore's partial-order reduction: on the
// demos that declare their sharing visible, the same verdict with the same
// fewest preemptions as the full search, in fewer schedules; and off where
// the runtime cannot see what workers share.
#include <doctest.h>

#include <string>
#include <vector>

#include "core/explore/explore.hpp"
#include "core/explore/independence.hpp"
#include "tests/demos/explore_demo.hpp"

using namespace il::core;

namespace {

Footprint fp(uint16_t worker, uint32_t object, bool barrier = false) {
    Footprint f;
    f.worker = worker;
    f.object = object;
    f.barrier = barrier;
    return f;
}

}  // namespace

TEST_CASE("reduction: two orders of independent steps reach one state, and of dependent steps two") {
    const auto key = [](std::vector<Footprint> steps) {
        TraceKey k;
        for (const Footprint& f : steps) k.add(f);
        return k.key();
    };
    // 1 takes lock 10 and 2 takes lock 11, in either order: one state.
    CHECK(key({fp(1, 10), fp(2, 11)}) == key({fp(2, 11), fp(1, 10)}));
    // Both take lock 10: who took it first matters.
    CHECK(key({fp(1, 10), fp(2, 10)}) != key({fp(2, 10), fp(1, 10)}));
    // A barrier orders everything around it.
    CHECK(key({fp(1, 10), fp(3, kNoObject, true), fp(2, 11)}) != key({fp(2, 11), fp(3, kNoObject, true), fp(1, 10)}));
    // key_with foretells add.
    TraceKey k;
    k.add(fp(1, 10));
    const uint64_t next = k.key_with(fp(2, 10));
    k.add(fp(2, 10));
    CHECK(next == k.key());
    // Different steps, different states.
    CHECK(key({fp(1, 10)}) != key({fp(1, 11)}));
    CHECK(key({fp(1, 10)}) != key({fp(2, 10)}));
}

TEST_CASE("reduction: on the demos that allow it, the same verdicts and fewest preemptions in fewer schedules") {
    struct Case {
        const char* id;
        std::vector<std::string> params;
        const char* expect;
        int bound;
    };
    const std::vector<Case> cases = {
        {"deadlock.lock_order", {"pause=0", "rounds=1"}, nullptr, 2},          // none
        {"deadlock.baton", {}, nullptr, 2},                                     // none
        {"builtin.counter", {"iterations=2", "use_lock=true"}, "counter == 4", 2},  // none
        {"builtin.counter", {"iterations=2"}, "counter == 4", 2},              // lost with 1
        {"deadlock.two_locks", {"pause=0"}, nullptr, 2},                        // deadlock with 0
        {"event.set_clear", {}, nullptr, 1},                                    // stuck with 1
    };
    for (const Case& c : cases) {
        CAPTURE(c.id);
        CAPTURE(c.params.size());
        REQUIRE(reduce_by_default(c.id));
        const ExploreResult full = il::test::explore_demo(c.id, c.params, c.expect, c.bound, false);
        const ExploreResult reduced = il::test::explore_demo(c.id, c.params, c.expect, c.bound, true);
        REQUIRE_MESSAGE(full.verdict != ExploreVerdict::Error, full.error);
        CHECK(reduced.verdict == full.verdict);
        CHECK(reduced.preemptions == full.preemptions);
        CHECK(reduced.complete_bound == full.complete_bound);
        CHECK(reduced.progress.states > 0);
        CHECK(full.progress.states == 0);
        if (full.verdict == ExploreVerdict::None) {
            CHECK(reduced.progress.runs < full.progress.runs);
            CHECK(reduced.progress.skipped > 0);
        }
    }
}

TEST_CASE("reduction: off for a demo that races on plain values and for any Python program, on for those that say so") {
    CHECK(reduce_by_default("deadlock.two_locks"));
    CHECK(reduce_by_default("deadlock.philosophers_waiter"));
    CHECK_FALSE(reduce_by_default("lock.counter_race"));  // an atomic_ref read-add-write race between checkpoints
    CHECK_FALSE(reduce_by_default("fork.orphan"));        // getppid() changes when the parent exits
    CHECK_FALSE(reduce_by_default("thread.start_join"));  // is_alive() reads the runtime's flag between checkpoints
    CHECK_FALSE(reduce_by_default("examples/python/lost_update.py"));
    CHECK_FALSE(reduce_by_default("no.such.demo"));
}

TEST_CASE("reduction: two jobs share the states searched, and the verdict holds") {
    ExploreOptions o;
    o.run.demo_id = "deadlock.baton";
    o.max_preemptions = 2;
    o.max_seconds = 120;
    o.jobs = 2;
    o.reduce = true;
    const ExploreResult r = explore(o);
    CHECK(r.verdict == ExploreVerdict::None);
    CHECK(r.complete_bound == 2);
    CHECK(r.progress.states > 0);
}
