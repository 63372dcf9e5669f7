// fork.globals: a global changed in the child is unchanged in the parent.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.globals: the child's change is not seen by the parent (child 101, parent 100) — a Shared value is") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("fork.globals"));
    runs.push_back(step_demo("fork.globals"));
    for (uint64_t seed : {1, 2, 3}) runs.push_back(random_demo("fork.globals", {}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "g_num in the child") == 101);
        CHECK(result_int(o, "g_num in the parent") == 100);
        CHECK(result_int(o, "shared_num in the parent") == 101);
        CHECK(printed_by(o.store, "Child-1") == std::vector<std::string>{"child:  g_num = 101, shared_num = 101"});
        CHECK(printed_by(o.store, "MainThread") == std::vector<std::string>{"parent: g_num = 100, shared_num = 101"});
    }
}

TEST_CASE("fork.globals: shared_num is an object in the arena holding the child's 101, and g_num is no object at all") {
    const Observation o = prefer_demo("fork.globals", {}, {"Child-1", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto child = find_worker(o.store, "Child-1");
    const auto shared = find_object(o.store, "shared_num");
    REQUIRE(child);
    REQUIRE(shared);
    CHECK(o.store.object(*shared).kind == ObjectKind::Shared);
    bool child_stored_101 = false;
    for (const LevelSample& s : o.store.samples(*shared)) child_stored_101 = child_stored_101 || (s.worker == *child && s.value == 101);
    CHECK(child_stored_101);
    CHECK_FALSE(find_object(o.store, "g_num"));
}

TEST_CASE("fork.globals: MainThread stepped as far as it can go stops at waitpid until Child-1 has finished") {
    const Observation o = prefer_demo("fork.globals", {}, {"MainThread", "Child-1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto main = find_worker(o.store, "MainThread");
    const auto child = find_worker(o.store, "Child-1");
    REQUIRE(main);
    REQUIRE(child);
    const StateInterval* wait = nullptr;
    for (const StateInterval& iv : o.store.intervals(*main))
        if (iv.state == WorkerState::Blocked && !wait) wait = &iv;
    REQUIRE(wait);
    CHECK(wait->object == o.store.worker(*child).object);
    // It is released only once the child has exited: the child was a zombie (or done) before the wait ended.
    int64_t exited_at = -1;
    for (const StateInterval& iv : o.store.intervals(*child))
        if ((iv.state == WorkerState::Zombie || iv.state == WorkerState::Done) && exited_at < 0) exited_at = iv.s0;
    INFO("child exited at step ", exited_at, ", the wait ended at step ", wait->s1);
    REQUIRE(exited_at >= 0);
    CHECK(exited_at <= wait->s1);
    // And so the child's line comes first even though MainThread was favoured.
    const auto lines = console_lines(o.store);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].rfind("Child-1: ", 0) == 0);
}
