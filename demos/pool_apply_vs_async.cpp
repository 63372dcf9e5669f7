// demos/pool_apply_vs_async.cpp — What this shows: the same 20 tasks of
// 50 ms on the same Pool(4), submitted twice. First with apply(), which hands
// one task to the pool and waits for its result before the next: one task at
// a time, about 20 × 50 ms = 1 s, and three of the four workers idle. Then
// with apply_async(), which returns at once with an AsyncResult: all 20 tasks
// are queued, four run at a time, about 20 × 50 ms / 4 = 0.25 s. The timeline
// shows one task marker at a time in the first half and four side by side in
// the second.
#include <cstdio>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 4, 1, 8, "worker processes");
const auto kTasks = param::Int("tasks", 20, 1, 100, "tasks in each half");
const auto kTaskMs = param::Int("task_ms", 50, 0, 500, "how long a task takes");
const auto kRun = param::Choice("run", {"both", "apply", "apply_async"}, "which half to run");

// [SECTION] The task
int64_t task(int64_t i, int64_t ms) {
    sleep(static_cast<double>(ms) / 1000);  // stands for 50 ms of work
    return i;
}

// [SECTION] apply: submit one, wait for it, submit the next
int64_t with_apply(Pool& pool, int64_t tasks, int64_t ms) {
    const Stopwatch sw;
    for (int64_t i = 0; i < tasks; ++i) pool.apply(task, std::tuple{i, ms});  // blocks until this task is done
    return sw.ns();
}

// [SECTION] apply_async: submit all, then collect
int64_t with_apply_async(Pool& pool, int64_t tasks, int64_t ms) {
    const Stopwatch sw;
    std::vector<AsyncResult<int64_t>> results;
    for (int64_t i = 0; i < tasks; ++i) {
        results.push_back(pool.apply_async(task, std::tuple{i, ms}));  // returns at once
    }
    for (auto& r : results) r.get();
    return sw.ns();
}

void run(RunContext& ctx) {
    const auto workers = static_cast<int>(ctx[kProcesses]);
    const int64_t tasks = ctx[kTasks];
    const int64_t ms = ctx[kTaskMs];
    const std::string& which = ctx[kRun];
    Pool pool(workers);
    int64_t apply_ns = 0, async_ns = 0;
    if (which != "apply_async") {
        print("apply: one task at a time\n");
        apply_ns = with_apply(pool, tasks, ms);
        print("apply took " + elapsed_text(apply_ns) + "\n");
        timing_result(ctx, "apply", elapsed_text(apply_ns));
    }
    if (which != "apply") {
        step_point("switch to apply_async");  // marked on MainThread's lane: the two halves side by side
        print("apply_async: all tasks queued, " + std::to_string(workers) + " at a time\n");
        async_ns = with_apply_async(pool, tasks, ms);
        print("apply_async took " + elapsed_text(async_ns) + "\n");
        timing_result(ctx, "apply_async", elapsed_text(async_ns));
    }
    pool.close();
    pool.join();

    // [SECTION] Results
    const int64_t serial = tasks * ms * 1'000'000;
    const int64_t rounds = (tasks + workers - 1) / workers;
    timing_result(ctx, N_("expected for apply"), elapsed_text(serial));
    timing_result(ctx, N_("expected for apply_async"), elapsed_text(rounds * ms * 1'000'000));
    if (apply_ns > 0 && async_ns > 0) {
        char x[32];
        std::snprintf(x, sizeof x, "%.1fx", static_cast<double>(apply_ns) / static_cast<double>(async_ns));
        timing_result(ctx, N_("apply_async speed-up"), x);
    }
}

}  // namespace

IL_DEMO({
    .id = "pool.apply_vs_async",
    .title = "apply (one at a time) versus apply_async (side by side)",
    .group = "Pool",
    .summary = "20 tasks of 50 ms on Pool(4): apply takes about 1 s, apply_async about 0.25 s.",
    .explanation =
        "apply(func, args) is synchronous: it submits one task and does not return until that task's result is "
        "back. A loop of apply() calls therefore runs the tasks one after another, however many workers the pool "
        "has: 20 tasks of 50 ms take about a second, and on the timeline only one worker lane has a task at any "
        "moment while the others wait in the inqueue. apply_async(func, args) only submits: it returns an "
        "AsyncResult at once, so the loop queues all 20 tasks in a few microseconds and the four workers take them "
        "four at a time; collecting the results with get() afterwards waits about 5 rounds of 50 ms = 0.25 s. "
        "The second half of the timeline shows four task markers side by side, and MainThread blocked on the pool "
        "in get(). Same pool, same workers, same tasks: only the way they were submitted differs.",
    .python =
        "import time\n"
        "from multiprocessing import Pool\n"
        "def task(i, ms):\n"
        "    time.sleep(ms / 1000)\n"
        "    return i\n"
        "if __name__ == '__main__':\n"
        "    with Pool(4) as pool:\n"
        "        t = time.time()\n"
        "        for i in range(20):\n"
        "            pool.apply(task, (i, 50))          # waits for each result\n"
        "        print('apply', time.time() - t)        # ~1.0 s\n"
        "        t = time.time()\n"
        "        rs = [pool.apply_async(task, (i, 50)) for i in range(20)]\n"
        "        [r.get() for r in rs]\n"
        "        print('apply_async', time.time() - t)  # ~0.25 s\n",
    .try_this = {"Look at the worker lanes: in the apply half a single task runs at a time (and not always on the "
                 "same worker); in the apply_async half four run at once.",
                 "Set processes=1: apply_async is no faster than apply — the speed-up comes from the workers.",
                 "Set tasks=5 with processes=4: apply_async takes two rounds (4 + 1), so about 2 × task_ms.",
                 "Step mode with tasks=4: in the apply half MainThread's step after each submit is a get that is "
                 "not offered until a worker has finished that task; in the apply_async half it submits all four "
                 "before its first get."},
    .params = {kProcesses, kTasks, kTaskMs, kRun},
    .run = &run,
    .focus = {.views = {LessonView::Timeline, LessonView::Console, LessonView::Source},
               .lanes = {"MainThread", "ForkPoolWorker*"},
               .marks = {"switch to apply_async"}},
});
