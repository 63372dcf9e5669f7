// deadlock.lock_order: with one global order no schedule deadlocks; mutexB is only ever held inside mutexA.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

// Every hold of `inner` lies within a hold of `outer` by the same worker.
bool nested(const TraceStore& s, uint32_t outer, uint32_t inner) {
    for (const HoldInterval& h : s.holds(inner)) {
        bool inside = false;
        for (const HoldInterval& o : s.holds(outer))
            inside = inside || (o.holder == h.holder && o.s0 <= h.s0 && h.s1 <= o.s1 && o.t0 <= h.t0 && h.t1 <= o.t1);
        if (!inside) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("deadlock.lock_order: the deadlock recipe no longer works, and no schedule deadlocks") {
    std::vector<Observation> runs;
    // The two_locks recipe: Thread-1 first to its first lock, then Thread-2 as far as it can go.
    runs.push_back(replay_demo("deadlock.lock_order", {"rounds=1"},
                               {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-1", "Thread-2"}));
    runs.push_back(step_demo("deadlock.lock_order", {"rounds=2"}));
    runs.push_back(prefer_demo("deadlock.lock_order", {"rounds=2"}, {"Thread-2", "Thread-1", "MainThread"}));
    for (uint64_t seed : {1, 2, 3, 4, 5}) runs.push_back(random_demo("deadlock.lock_order", {"rounds=2"}, seed));
    runs.push_back(observe_demo("deadlock.lock_order", {"rounds=5", "pause=0.01"}));
    for (size_t i = 0; i < runs.size(); ++i) {
        const Observation& o = runs[i];
        if (i == 0) {
            // The recipe's schedule ends early; what matters is that it could not close a cycle.
            CHECK_FALSE(o.cycle.has_value());
            continue;
        }
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK_FALSE(o.cycle.has_value());
        CHECK(result(o, "outcome") == "both threads finished every round");
        const auto a = find_object(o.store, "mutexA"), b = find_object(o.store, "mutexB");
        REQUIRE(a);
        REQUIRE(b);
        CHECK(nested(o.store, *a, *b));
    }
}

TEST_CASE("deadlock.lock_order: rounds=10 finishes in a run") {
    const Observation o = observe_demo("deadlock.lock_order", {"rounds=10", "pause=0.001"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "outcome") == "both threads finished every round");
}

TEST_CASE("deadlock.lock_order: the recipe's Thread-2 is blocked on mutexA while holding nothing, and Thread-1 finishes") {
    const Observation o = prefix_demo("deadlock.lock_order", {"rounds=1"},
                                      {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-1", "Thread-2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto t1 = find_worker(o.store, "Thread-1"), t2 = find_worker(o.store, "Thread-2");
    const auto a = find_object(o.store, "mutexA"), b = find_object(o.store, "mutexB");
    REQUIRE(t1);
    REQUIRE(t2);
    REQUIRE(a);
    REQUIRE(b);
    const StateInterval* blocked = nullptr;
    for (const StateInterval& iv : o.store.intervals(*t2))
        if (iv.state == WorkerState::Blocked && !blocked) blocked = &iv;
    REQUIRE(blocked);
    CHECK(blocked->object == *a);
    for (const uint32_t lock : {*a, *b})
        for (const HoldInterval& h : o.store.holds(lock))
            if (h.holder == *t2) CHECK(h.s0 >= blocked->s1);  // it held nothing before that wait
    int64_t t1_done = -1;
    for (const StateInterval& iv : o.store.intervals(*t1))
        if (iv.state == WorkerState::Done && t1_done < 0) t1_done = iv.s0;
    REQUIRE(t1_done >= 0);
    CHECK(t1_done <= blocked->s1 + 1);
}
