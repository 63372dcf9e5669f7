// pool.early_stop: terminate() at the first True result kills the workers and
// drops the queued tasks, in both of the course's variants; in the two-thread
// variant the submitter's next apply_async raises ValueError.
#include <doctest.h>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

namespace {

void check_terminated(const Observation& o, int64_t tasks) {
    CHECK(result(o, "found at task") == "20");
    CHECK(number(o, "tasks run") < static_cast<double>(tasks));
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.count(EventKind::TaskStart) < static_cast<size_t>(tasks));
    for (int k = 1; k <= 4; ++k) CHECK(has_note(o, "ForkPoolWorker-" + std::to_string(k) + " terminated (SIGTERM)"));
    for (uint16_t w = 0; w < o.store.worker_count(); ++w)
        if (o.store.worker(w).name.starts_with("ForkPoolWorker-")) CHECK(o.store.worker(w).exitcode == -15);
}

}  // namespace

TEST_CASE("pool.early_stop: two threads — the checker terminates the pool at the first True") {
    const Observation o = run_demo("pool.early_stop", {"variant=two_threads", "tasks=4000", "target=20", "task_us=2000"});
    check_terminated(o, 4000);
    // The checker called terminate(): the SIGTERMs are its events.
    const uint16_t checker = worker(o.store, "checker");
    CHECK(of(o.store, EventKind::Terminated, kNoObject, checker).size() == 4);
}

TEST_CASE("pool.early_stop: one thread — every task is submitted before the first check") {
    const Observation o = run_demo("pool.early_stop", {"variant=one_thread", "tasks=4000", "target=20", "task_us=2000"});
    check_terminated(o, 4000);
    CHECK(result(o, "tasks submitted") == "4000");
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.seq_of(EventKind::TaskSubmit, 3999) < print_seq(o.store, "all 4000 tasks submitted"));
}

TEST_CASE("pool.early_stop: in step mode the submitter's next apply_async raises ValueError after terminate") {
    const Observation o =
        step_demo("pool.early_stop", {"variant=two_threads", "processes=2", "tasks=40", "target=2", "task_us=0"});
    CHECK(o.outcome == "completed");  // stepped to the end (the run may exit before a last refresh)
    CHECK(o.schedule.steps.size() > 20);
    CHECK(result(o, "found at task") == "2");
    const auto lines = printed(o.store, "submitter");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].starts_with("submitter: Pool not running after "));
    CHECK(number(o, "tasks submitted") < 40);
}

TEST_CASE("pool.early_stop: when nothing is found every task runs and the pool is closed, not terminated") {
    const Observation o = run_demo("pool.early_stop", {"tasks=50", "target=500", "task_us=0"});
    CHECK(result(o, "found at task") == "-1");
    CHECK(result(o, "tasks run") == "50");
    CHECK_FALSE(has_note(o, "terminated (SIGTERM)"));
    // Closed, not terminated: the workers exit by themselves.
    size_t pool_workers = 0;
    for (uint16_t w = 0; w < o.store.worker_count(); ++w)
        if (o.store.worker(w).name.starts_with("ForkPoolWorker-")) {
            ++pool_workers;
            CHECK(o.store.worker(w).exitcode == 0);
        }
    CHECK(pool_workers > 0);
}

TEST_CASE("pool.early_stop: with the defaults most tasks never run") {
    const Observation o = run_demo("pool.early_stop");  // 10000 tasks, target 8, two_threads
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "found at task") == "8");
    CHECK(result(o, "tasks never run") == std::to_string(10000 - static_cast<int64_t>(number(o, "tasks run"))));
    CHECK(number(o, "tasks run") < 5000);
}

TEST_CASE("pool.early_stop: one_thread submits every task before checking, and most tasks still never run") {
    const Observation one = run_demo("pool.early_stop", {"variant=one_thread"});  // defaults: 10000 tasks, target 8
    REQUIRE_MESSAGE(!one.failed, one.outcome);
    CHECK(result(one, "tasks submitted") == "10000");
    CHECK(number(one, "tasks run") < 5000);
    // How much further than two_threads it gets depends on timing (often a little, sometimes not at all).
    MESSAGE("tasks run with one_thread: ", result(one, "tasks run"));
}
