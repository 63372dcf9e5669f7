// pool.reuse: a pool forks its workers once and reuses them; results come
// back in submission order although tasks finish out of order; with
// maxtasksperchild a worker is replaced after that many tasks.
#include <doctest.h>

#include <algorithm>
#include <set>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

namespace {

size_t forked_pool_workers(const TraceStore& s) {
    size_t n = 0;
    for (uint16_t w = 0; w < s.worker_count(); ++w)
        if (s.worker(w).known && s.worker(w).name.starts_with("ForkPoolWorker-")) ++n;
    return n;
}

}  // namespace

TEST_CASE("pool.reuse: three worker processes run all twelve tasks, each of them several") {
    const Observation o = run_demo("pool.reuse", {"processes=3", "tasks=12", "task_ms=10"});
    CHECK(result(o, "tasks") == "12");
    CHECK(result(o, "worker processes used") == "3");
    const TraceStore& s = o.store;
    CHECK(forked_pool_workers(s) == 3);  // not one process per task
    const auto t = pool_tasks(s, "Pool");
    CHECK(t.count(EventKind::TaskStart) == 12);
    const auto per = t.tasks_per_worker();
    REQUIRE(per.size() == 3);
    for (const auto& [name, n] : per) {
        CHECK(name.starts_with("ForkPoolWorker-"));
        CHECK(n >= 2);  // every worker was reused
    }
    std::set<std::string> pids;  // the pids the tasks printed
    for (const ConsoleLine& c : s.console()) {
        const std::string_view line = s.text(c.text);
        if (line.starts_with("task ")) pids.insert(std::string(line.substr(line.find("(pid "))));
    }
    CHECK(pids.size() == 3);
}

TEST_CASE("pool.reuse: results come back in submission order though the tasks finish out of order") {
    const Observation o = run_demo("pool.reuse", {"processes=3", "tasks=9", "task_ms=30"});
    CHECK(result(o, "results in submission order") == "yes");
    const auto done = pool_tasks(o.store, "Pool").values(EventKind::TaskDone);
    REQUIRE(done.size() == 9);
    // Task 2 takes 3 × 30 ms; task 3 starts at 30 ms and takes 30 ms: it finishes first.
    CHECK_FALSE(std::is_sorted(done.begin(), done.end()));
    CHECK(printed(o.store, "MainThread").back() == "results: [0, 1, 4, 9, 16, 25, 36, 49, 64]");
}

TEST_CASE("pool.reuse: with maxtasksperchild=2 each worker retires after two tasks and is replaced") {
    const Observation o = run_demo("pool.reuse", {"processes=2", "tasks=8", "task_ms=5", "maxtasksperchild=2"});
    const auto per = pool_tasks(o.store, "Pool").tasks_per_worker();
    size_t total = 0;
    for (const auto& [name, n] : per) {
        CHECK(n <= 2);
        total += n;
    }
    CHECK(total == 8);
    CHECK(per.size() >= 4);
    CHECK(forked_pool_workers(o.store) >= 4);
    CHECK(per.count("ForkPoolWorker-3") == 1);  // a replacement, forked by the pool's worker handler
}

TEST_CASE("pool.reuse: runs in step mode, every wait parked in the runtime") {
    const Observation o = step_demo("pool.reuse", {"processes=2", "tasks=4", "task_ms=0"});
    CHECK(o.outcome == "completed");  // stepped to the end (the run may exit before a last refresh)
    CHECK(o.schedule.steps.size() > 20);
    CHECK(result(o, "results in submission order") == "yes");
    CHECK(pool_tasks(o.store, "Pool").count(EventKind::TaskDone) == 4);
}

TEST_CASE("pool.reuse: with processes=1 one worker does everything, one task after another") {
    const Observation o = run_demo("pool.reuse", {"processes=1", "tasks=4", "task_ms=5"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "worker processes used") == "1");
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.tasks_per_worker() == std::map<std::string, size_t>{{"ForkPoolWorker-1", 4}});
    CHECK(t.max_overlap() == 1);
}

TEST_CASE("pool.reuse: maxtasksperchild=2 on the default Pool(3) with 12 tasks uses 6 or more workers") {
    const Observation o = run_demo("pool.reuse", {"processes=3", "tasks=12", "task_ms=5", "maxtasksperchild=2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(number(o, "worker processes used") >= 6);
    const auto per = pool_tasks(o.store, "Pool").tasks_per_worker();
    CHECK(per.count("ForkPoolWorker-4") == 1);
    // The replacements are new processes with pids of their own.
    std::set<int32_t> pids;
    for (uint16_t w = 0; w < o.store.worker_count(); ++w)
        if (o.store.worker(w).known && o.store.worker(w).name.starts_with("ForkPoolWorker-")) pids.insert(o.store.worker(w).pid);
    CHECK(pids.size() >= 6);
}

TEST_CASE("pool.reuse: processes=8 with tasks=4 — four workers never get a task, and all exit at join()") {
    const Observation o = run_demo("pool.reuse", {"processes=8", "tasks=4", "task_ms=20"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(forked_pool_workers(o.store) == 8);
    CHECK(result(o, "worker processes used") == "4");
    for (uint16_t w = 0; w < o.store.worker_count(); ++w)
        if (o.store.worker(w).known && o.store.worker(w).name.starts_with("ForkPoolWorker-")) {
            CHECK(o.store.worker(w).exitcode == 0);
            CHECK((o.store.worker(w).flags & kWorkerReaped) != 0);
        }
}
