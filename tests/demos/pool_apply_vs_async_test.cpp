// pool.apply_vs_async: apply runs the tasks one at a time (never two between a
// TaskStart and its TaskDone), apply_async four side by side, on the same pool.
// Checked on the order of the task events, which load cannot change; how much
// faster apply_async is in seconds is bench/'s business (the run's timings are
// only reported here).
#include <doctest.h>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

TEST_CASE("pool.apply_vs_async: apply runs one task at a time, apply_async four at once") {
    const Observation o = run_demo("pool.apply_vs_async", {"processes=4", "tasks=8", "task_ms=60"});
    const auto t = pool_tasks(o.store, "Pool");
    const auto apply = t.tasks(0, 7), async = t.tasks(8, 15);
    CHECK(apply.count(EventKind::TaskDone) == 8);
    CHECK(async.count(EventKind::TaskDone) == 8);
    CHECK(apply.max_overlap() == 1);
    // apply: the next task is not even submitted before the previous one is done.
    for (int64_t i = 0; i < 7; ++i) CHECK(apply.seq_of(EventKind::TaskDone, i) < apply.seq_of(EventKind::TaskSubmit, i + 1));
    CHECK(async.max_overlap() == 4);
    // apply_async: all eight are submitted before the first one finishes.
    CHECK(async.seq_of(EventKind::TaskSubmit, 15) < async.seq_of(EventKind::TaskDone, 8));
    MESSAGE("apply ", result(o, "apply"), ", apply_async ", result(o, "apply_async"));
}

TEST_CASE("pool.apply_vs_async: with one worker apply_async gains nothing") {
    const Observation o = run_demo("pool.apply_vs_async", {"processes=1", "tasks=4", "task_ms=20"});
    const auto async = pool_tasks(o.store, "Pool").tasks(4, 7);
    CHECK(async.count(EventKind::TaskDone) == 4);
    CHECK(async.max_overlap() == 1);
    // All four are submitted at once, yet each waits for the one before it:
    // the single worker, not the caller, makes them take turns.
    CHECK(async.seq_of(EventKind::TaskSubmit, 7) < async.seq_of(EventKind::TaskDone, 4));
    for (int64_t i = 4; i < 7; ++i) CHECK(async.seq_of(EventKind::TaskDone, i) < async.seq_of(EventKind::TaskStart, i + 1));
    MESSAGE("apply ", result(o, "apply"), ", apply_async ", result(o, "apply_async"));
}

TEST_CASE("pool.apply_vs_async: in step mode apply still waits for each task before submitting the next") {
    const Observation o = step_demo("pool.apply_vs_async", {"processes=2", "tasks=3", "task_ms=0", "run=apply"});
    CHECK(o.outcome == "completed");  // stepped to the end (the run may exit before a last refresh)
    CHECK(o.schedule.steps.size() > 20);
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.count(EventKind::TaskDone) == 3);
    CHECK(t.max_overlap() == 1);
}

TEST_CASE("pool.apply_vs_async: in step mode its timings say they are real-time figures, in run mode they are measured") {
    const std::string placeholder = "a real-time figure: start it with Run to measure it";
    const Observation stepped = step_demo("pool.apply_vs_async", {"tasks=2", "processes=2", "task_ms=0"});
    REQUIRE_MESSAGE(!stepped.failed, stepped.outcome);
    for (const char* key : {"apply", "apply_async", "expected for apply"}) CHECK(result(stepped, key) == placeholder);
    const Observation run = run_demo("pool.apply_vs_async", {"tasks=2", "processes=2", "task_ms=0"});
    REQUIRE_MESSAGE(!run.failed, run.outcome);
    CHECK(result(run, "apply").ends_with(" s"));
    CHECK(result(run, "apply_async speed-up").ends_with("x"));
}
