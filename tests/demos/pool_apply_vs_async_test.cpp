// pool.apply_vs_async: apply runs the tasks one at a time (never two between a
// TaskStart and its TaskDone), apply_async four side by side, on the same pool.
// Checked on the order of the task events, which load cannot change; how much
// faster apply_async is in seconds is bench/'s business (the run's timings are
// only reported here).
#include <doctest.h>

#include "observe_demo.hpp"
#include "pool_demo_util.hpp"

using namespace il::demo_test;

TEST_CASE("pool.apply_vs_async: apply runs one task at a time, apply_async four at once") {
    const Observation o = run_demo("pool.apply_vs_async", {"processes=4", "tasks=8", "task_ms=60"});
    const auto t = pool_tasks(o.store, "Pool");
    const auto apply = t.tasks(0, 7), async = t.tasks(8, 15);
    CHECK(apply.count(EventKind::TaskDone) == 8);
    CHECK(async.count(EventKind::TaskDone) == 8);
    CHECK(apply.max_overlap() == 1);
    // ... but not always on the same worker: whichever idle worker gets the task from the inqueue runs it.
    CHECK(apply.workers_of(EventKind::TaskStart).size() > 1);
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

TEST_CASE("pool.apply_vs_async: the expected times are 1 s and 0.25 s for 20 tasks of 50 ms on Pool(4), and apply_async needs about that") {
    const Observation o = run_demo("pool.apply_vs_async", {"run=apply_async"});  // defaults: 20 tasks, 50 ms, 4 workers
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(number(o, "expected for apply") == doctest::Approx(1.0));
    CHECK(number(o, "expected for apply_async") == doctest::Approx(0.25));
    CHECK(pool_tasks(o.store, "Pool").max_overlap() == 4);
    MESSAGE("apply_async ", result(o, "apply_async"));
    CHECK(number(o, "apply_async") >= 0.25);
}

TEST_CASE("pool.apply_vs_async: tasks=5 on processes=4 takes two rounds (4 + 1)") {
    const Observation o = run_demo("pool.apply_vs_async", {"processes=4", "tasks=5", "task_ms=50", "run=apply_async"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.count(EventKind::TaskDone) == 5);
    CHECK(t.max_overlap() == 4);
    // The fifth task to start waits for one of the first four to finish.
    std::vector<uint64_t> starts, dones;
    for (const TraceEvent& e : t.events()) {
        if (e.kind == EventKind::TaskStart) starts.push_back(e.seq);
        if (e.kind == EventKind::TaskDone) dones.push_back(e.seq);
    }
    REQUIRE(starts.size() == 5);
    REQUIRE(!dones.empty());
    CHECK(dones.front() < starts.back());
    CHECK(number(o, "expected for apply_async") == doctest::Approx(0.1));
    CHECK(number(o, "apply_async") >= 0.1);
}

TEST_CASE("pool.apply_vs_async: stepped with tasks=4, apply's get waits for each task, and apply_async submits all four first") {
    const Observation o = il::test::prefer_demo("pool.apply_vs_async", {"processes=4", "tasks=4", "task_ms=0"}, {"MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const uint16_t main = worker(o.store, "MainThread");
    const uint32_t pool = object(o.store, "Pool");
    const auto t = pool_tasks(o.store, "Pool");
    const auto blocks = of(o.store, EventKind::Block, pool, main);
    // apply: after submitting task i MainThread blocks in its get until task i is done.
    for (int64_t i = 0; i < 4; ++i) {
        const uint64_t submit = t.seq_of(EventKind::TaskSubmit, i), done = t.seq_of(EventKind::TaskDone, i);
        bool blocked = false;
        for (const TraceEvent& b : blocks) blocked = blocked || (submit < b.seq && b.seq < done);
        INFO("task ", i);
        CHECK(blocked);
        if (i < 3) CHECK(done < t.seq_of(EventKind::TaskSubmit, i + 1));
    }
    // apply_async: all four submitted before MainThread's first wait in get().
    const uint64_t last_submit = t.seq_of(EventKind::TaskSubmit, 7);
    REQUIRE(last_submit != 0);
    size_t async_waits = 0;
    for (const TraceEvent& b : blocks)
        if (b.seq > t.seq_of(EventKind::TaskSubmit, 4)) {
            CHECK(b.seq > last_submit);
            ++async_waits;
        }
    CHECK(async_waits >= 1);  // and then MainThread is blocked on the pool in get()
}
