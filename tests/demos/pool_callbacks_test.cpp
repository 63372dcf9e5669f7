// pool.callbacks: callbacks run in the main process, on the pool's
// result-handler thread, one at a time.
#include <doctest.h>

#include <algorithm>
#include <set>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

TEST_CASE("pool.callbacks: every callback runs in the main process on Thread-3 (_handle_results)") {
    const Observation o = run_demo("pool.callbacks", {"processes=3", "tasks=6", "task_ms=5"});
    CHECK(result(o, "callbacks run") == "6");
    CHECK(result(o, "sum of the results") == "55");  // 0 + 1 + 4 + 9 + 16 + 25
    CHECK(result(o, "callbacks ran in the main process") == "yes");
    CHECK(result(o, "callback thread") == "Thread-3 (_handle_results)");
    const TraceStore& s = o.store;
    const auto t = pool_tasks(s, "Pool");
    CHECK(t.count(EventKind::TaskCallback) == 6);
    CHECK(t.callback_workers() == std::set<std::string>{"Thread-3 (_handle_results)"});
    for (const auto& [name, n] : t.tasks_per_worker()) CHECK(name.starts_with("ForkPoolWorker-"));
    // The pid the callbacks print is the main pid; the tasks print other pids.
    const std::string main_line = printed(s, "MainThread").front();  // "main process pid N"
    const std::string main_pid = main_line.substr(main_line.rfind(' ') + 1);
    for (const std::string& line : printed(s, "Thread-3 (_handle_results)")) CHECK(line.ends_with("pid " + main_pid));
    for (uint16_t w = 0; w < s.worker_count(); ++w) {
        if (!s.worker(w).name.starts_with("ForkPoolWorker-")) continue;
        for (const std::string& line : printed(s, s.worker(w).name)) CHECK_FALSE(line.ends_with("pid " + main_pid));
    }
}

TEST_CASE("pool.callbacks: a slow callback holds up the results behind it") {
    const Observation o = run_demo("pool.callbacks", {"processes=4", "tasks=4", "task_ms=0", "callback_ms=50"});
    const auto t = pool_tasks(o.store, "Pool");
    const auto& evs = t.events();
    std::vector<uint64_t> callbacks;
    uint64_t last_done = 0;
    for (const TraceEvent& e : evs) {
        if (e.kind == EventKind::TaskCallback) callbacks.push_back(e.seq);
        if (e.kind == EventKind::TaskDone) last_done = e.seq;
    }
    REQUIRE(callbacks.size() == 4);
    CHECK(last_done < callbacks[1]);  // every task was done while the first callback still slept
    CHECK(number(o, "total time") >= 0.2);  // 4 callbacks × 50 ms, one after another
    // The results wait in the outqueue behind the result handler: its level rises above 1.
    int64_t most = 0;
    for (const LevelSample& l : o.store.samples(object(o.store, "Pool.outqueue"))) most = std::max(most, l.max);
    CHECK(most >= 2);
}
