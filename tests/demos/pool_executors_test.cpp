// pool.executors: result() after each submit runs tasks one at a time (on one
// thread); done callbacks let them run side by side; callbacks run on worker
// threads (thread executor) or on the manager thread in the parent (process
// executor); shutdown(wait=True) returns after every task is done.
#include <doctest.h>

#include <set>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

TEST_CASE("pool.executors: thread executor — sync on one thread, async side by side, callbacks in the workers") {
    const Observation o = run_demo("pool.executors", {"executor=thread", "max_workers=4", "tasks=4", "task_ms=60"});
    const auto t = pool_tasks(o.store, "ThreadPoolExecutor-0");
    const auto sync = t.tasks(0, 3), async = t.tasks(4, 7);
    CHECK(sync.max_overlap() == 1);
    CHECK(sync.tasks_per_worker() == std::map<std::string, size_t>{{"ThreadPoolExecutor-0_0", 4}});
    CHECK(async.max_overlap() >= 3);
    CHECK(t.count(EventKind::TaskCallback) == 4);
    for (const std::string& w : t.callback_workers()) CHECK(w.starts_with("ThreadPoolExecutor-0_"));
    CHECK(result(o, "callbacks run") == "4");
    // shutdown(wait=True) returned after the last task was done.
    CHECK(t.seq_of(EventKind::TaskDone, 7) < print_seq(o.store, "shutdown(wait=True) returned"));
    // The two times: sync about tasks x task_ms (4 x 60 ms), async about task_ms.
    const double sync_ms = number(o, "sync (result after each submit)");
    const double async_ms = number(o, "async (callbacks, then shutdown)");
    MESSAGE("sync ", sync_ms, " ms, async ", async_ms, " ms");
    CHECK(sync_ms >= 240);
    CHECK(async_ms >= 60);
}

TEST_CASE("pool.executors: process executor — callbacks run on the manager thread in the main process") {
    const Observation o = run_demo("pool.executors", {"executor=process", "max_workers=2", "tasks=3", "task_ms=20"});
    CHECK(result(o, "callback threads") == "Thread-1");
    CHECK(result(o, "workers") == "ForkProcess-1, ForkProcess-2");
    const auto t = pool_tasks(o.store, "ProcessPoolExecutor");
    CHECK(t.callback_workers() == std::set<std::string>{"Thread-1"});
    for (const auto& [name, n] : t.tasks_per_worker()) CHECK(name.starts_with("ForkProcess-"));
    CHECK(t.tasks(0, 2).max_overlap() == 1);
}

TEST_CASE("pool.executors: shutdown(wait=False) returns before the tasks are done") {
    const Observation o =
        run_demo("pool.executors", {"executor=thread", "max_workers=2", "tasks=2", "task_ms=80", "shutdown_wait=false"});
    const auto t = pool_tasks(o.store, "ThreadPoolExecutor-0");
    CHECK(print_seq(o.store, "shutdown(wait=False) returned") < t.seq_of(EventKind::TaskDone, 2));
    CHECK(result(o, "callbacks run") == "2");  // the tasks still finished
    // It returned before either task was done (above): the time it prints is about 0 ms.
    bool printed_time = false;
    for (const std::string& l : printed(o.store, "MainThread"))
        printed_time |= l.starts_with("shutdown(wait=False) returned after ");
    CHECK(printed_time);
}
