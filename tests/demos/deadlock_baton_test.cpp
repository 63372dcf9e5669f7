// deadlock.baton: three locks passed as a baton force Task1 -> Task2 -> Task3, whatever the schedule.
#include <doctest.h>

#include <optional>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.baton: every schedule prints Task1, Task2, Task3, Task1, … and nothing is a deadlock") {
    std::vector<Observation> runs;
    runs.push_back(step_demo("deadlock.baton", {"rounds=3", "pause=0"}));
    // Schedulers that would rather run Task3 or Task2 first.
    runs.push_back(prefer_demo("deadlock.baton", {"rounds=3", "pause=0"}, {"Task3", "Task2", "Task1", "MainThread"}));
    runs.push_back(prefer_demo("deadlock.baton", {"rounds=3", "pause=0"}, {"Task2", "Task3", "MainThread"}));
    for (uint64_t seed : {1, 2, 3, 4, 5}) runs.push_back(random_demo("deadlock.baton", {"rounds=3", "pause=0"}, seed));
    runs.push_back(observe_demo("deadlock.baton", {"rounds=4", "pause=0"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK_FALSE(o.cycle.has_value());
        CHECK(o.store.counts().by_kind[static_cast<size_t>(EventKind::Error)] == 0);
        const auto lines = console_lines(o.store);
        const size_t rounds = static_cast<size_t>(result_int(o, "lines printed")) / 3;
        REQUIRE(lines.size() == 3 * rounds);
        for (size_t i = 0; i < lines.size(); ++i) {
            const std::string task = "Task" + std::to_string(i % 3 + 1);
            CHECK(lines[i] == task + ": ------" + task + "------");
        }
    }
}

TEST_CASE("deadlock.baton: Task3 cannot go first: it is blocked on lock3 until Task2 releases it") {
    const Observation o = prefer_demo("deadlock.baton", {"rounds=1", "pause=0"}, {"Task3", "Task2", "Task1", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto t3 = find_worker(o.store, "Task3");
    const auto lock3 = find_object(o.store, "lock3");
    REQUIRE(t3);
    REQUIRE(lock3);
    bool blocked = false;
    for (const StateInterval& iv : o.store.intervals(*t3))
        blocked = blocked || (iv.state == WorkerState::Blocked && iv.object == *lock3);
    CHECK(blocked);
    // lock2 was released by a different thread (Task1) than the one that acquired it (MainThread).
    const auto lock2 = find_object(o.store, "lock2");
    REQUIRE(lock2);
    const auto main = find_worker(o.store, "MainThread");
    REQUIRE(!o.store.holds(*lock2).empty());
    CHECK(o.store.holds(*lock2).front().holder == *main);
}

TEST_CASE("deadlock.baton: every release of a lock is made by a different thread than the one that acquired it") {
    const Observation o = step_demo("deadlock.baton", {"rounds=2", "pause=0"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    int pairs = 0;
    for (const char* name : {"lock1", "lock2", "lock3"}) {
        const auto lock = find_object(o.store, name);
        REQUIRE(lock);
        std::optional<uint16_t> owner;
        for (const TraceEvent& e : o.store.events()) {
            if (e.object != *lock) continue;
            if (e.kind == EventKind::Obtain) owner = e.worker;
            if (e.kind == EventKind::Release && owner) {
                CHECK_MESSAGE(e.worker != *owner, name);
                ++pairs;
                owner.reset();
            }
        }
    }
    CHECK(pairs >= 6);
}
