// demos/pool_get_in_loop.cpp — What this shows: apply_async is only
// asynchronous if you let it be. Calling get() on each AsyncResult inside the
// loop that submits the tasks makes the loop wait for every task before
// submitting the next: the tasks run one at a time, exactly as with apply().
// Keeping the AsyncResults in a list and calling get() after the loop lets all
// of them run at once. Same pool, same tasks, two placements of one get().
#include <cstdio>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 4, 1, 8, "worker processes");
const auto kTasks = param::Int("tasks", 12, 1, 100, "tasks in each half");
const auto kTaskMs = param::Int("task_ms", 50, 0, 500, "how long a task takes");

// [SECTION] The task
int64_t task(int64_t i, int64_t ms) {
    sleep(static_cast<double>(ms) / 1000);
    return 10 * i;
}

// [SECTION] get() inside the submit loop: synchronous after all
int64_t get_inside(Pool& pool, int64_t tasks, int64_t ms, std::vector<int64_t>& out) {
    const Stopwatch sw;
    for (int64_t i = 0; i < tasks; ++i) {
        AsyncResult<int64_t> r = pool.apply_async(task, std::tuple{i, ms});
        out.push_back(r.get());  // waits for this task before the next one is even submitted
    }
    return sw.ns();
}

// [SECTION] get() after the loop: all tasks in flight together
int64_t get_after(Pool& pool, int64_t tasks, int64_t ms, std::vector<int64_t>& out) {
    const Stopwatch sw;
    std::vector<AsyncResult<int64_t>> pending;
    for (int64_t i = 0; i < tasks; ++i) pending.push_back(pool.apply_async(task, std::tuple{i, ms}));
    for (auto& r : pending) out.push_back(r.get());
    return sw.ns();
}

void run(RunContext& ctx) {
    const auto workers = static_cast<int>(ctx[kProcesses]);
    const int64_t tasks = ctx[kTasks];
    const int64_t ms = ctx[kTaskMs];
    Pool pool(workers);
    std::vector<int64_t> a, b;
    print("get() inside the loop\n");
    const int64_t inside = get_inside(pool, tasks, ms, a);
    print("took " + elapsed_text(inside) + "\n");
    print("get() after the loop\n");
    const int64_t after = get_after(pool, tasks, ms, b);
    print("took " + elapsed_text(after) + "\n");
    pool.close();
    pool.join();

    // [SECTION] Results
    timing_result(ctx, N_("get inside the loop"), elapsed_text(inside));
    timing_result(ctx, N_("get after the loop"), elapsed_text(after));
    ctx.result(N_("same results"), a == b ? N_("yes") : N_("no"));
    char x[32];
    std::snprintf(x, sizeof x, "%.1fx", after > 0 ? static_cast<double>(inside) / static_cast<double>(after) : 0.0);
    ctx.result(N_("slow-down from get in the loop"), x);
}

}  // namespace

IL_DEMO({
    .id = "pool.get_in_loop",
    .title = "get() inside the submit loop turns async into sync",
    .group = "Pool",
    .summary = "apply_async + get() in the same loop runs one task at a time; get() after the loop runs them all.",
    .explanation =
        "apply_async returns before the task has run; get() is what waits for it. If you call get() right after "
        "each apply_async, in the same loop, the loop stops at every task until it is done, and only then submits "
        "the next one. The pool has four workers, but only one ever has work: on the timeline the first half "
        "looks exactly like apply(), one task marker at a time, and MainThread alternates between submitting and "
        "waiting (blocked on the pool). The fix the course gives: keep the AsyncResults in a list, finish the "
        "submit loop, then call get() on each. Now all the tasks are queued before the first get(), four run at "
        "a time, and the whole batch takes about a quarter of the time. The results are the same and in the "
        "same order either way.",
    .python =
        "import time\n"
        "from multiprocessing import Pool\n"
        "def task(i, ms):\n"
        "    time.sleep(ms / 1000)\n"
        "    return 10 * i\n"
        "if __name__ == '__main__':\n"
        "    with Pool(4) as pool:\n"
        "        a = [pool.apply_async(task, (i, 50)).get() for i in range(12)]   # one at a time\n"
        "        rs = [pool.apply_async(task, (i, 50)) for i in range(12)]        # all in flight\n"
        "        b = [r.get() for r in rs]\n",
    .try_this = {"Compare the two halves of the timeline: one task at a time, then four at a time.",
                 "Look at MainThread in the first half: submit, blocked on the pool, submit, blocked … Each get() "
                 "is a ResultWait on the pool.",
                 "Set processes=1: both halves take the same time, because there is nothing to overlap with."},
    .params = {kProcesses, kTasks, kTaskMs},
    .run = &run,
});
