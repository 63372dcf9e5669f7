// pool.get_in_loop: get() inside the submit loop serialises the tasks (each
// submit waits for the previous task's result); get() after the loop lets
// them all run at once.
#include <doctest.h>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

TEST_CASE("pool.get_in_loop: get() in the loop runs one task at a time, after the loop all at once") {
    const Observation o = run_demo("pool.get_in_loop", {"processes=4", "tasks=8", "task_ms=60"});
    CHECK(result(o, "same results") == "yes");
    const auto t = pool_tasks(o.store, "Pool");
    const auto inside = t.tasks(0, 7), after = t.tasks(8, 15);
    CHECK(inside.max_overlap() == 1);
    for (int64_t i = 0; i < 7; ++i)
        CHECK(inside.seq_of(EventKind::TaskDone, i) < inside.seq_of(EventKind::TaskSubmit, i + 1));
    CHECK(after.max_overlap() == 4);
    CHECK(after.seq_of(EventKind::TaskSubmit, 15) < after.seq_of(EventKind::TaskDone, 8));
    // MainThread waited on the pool (ResultWait) after each submit in the first half.
    const uint32_t pool = object(o.store, "Pool");
    const uint16_t main = worker(o.store, "MainThread");
    CHECK(spans(o.store, main, WorkerState::Blocked, pool).size() >= 8);
    // After the loop MainThread did not wait between submits: all eight were
    // submitted before it first blocked on the pool in that half.
    const auto waits_after = events(o.store, [&](const TraceEvent& e) {
        return e.kind == EventKind::Block && e.worker == main && e.object == pool &&
               e.seq > after.seq_of(EventKind::TaskSubmit, 8);
    });
    REQUIRE(!waits_after.empty());
    CHECK(after.seq_of(EventKind::TaskSubmit, 15) < waits_after.front().seq);
    MESSAGE("get inside the loop ", result(o, "get inside the loop"), ", after ", result(o, "get after the loop"));
    // With four workers the batch takes about a quarter of the time (8 x 60 ms against 2 x 60 ms).
}

TEST_CASE("pool.get_in_loop: with processes=1 both halves take the same time: nothing overlaps") {
    const Observation o = run_demo("pool.get_in_loop", {"processes=1", "tasks=4", "task_ms=30"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "same results") == "yes");
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.tasks(0, 3).max_overlap() == 1);
    CHECK(t.tasks(4, 7).max_overlap() == 1);
    const double inside = number(o, "get inside the loop"), after = number(o, "get after the loop");
    MESSAGE("inside ", inside, ", after ", after);
    CHECK(after >= 0.12);                // still 4 x 30 ms one after another
}
