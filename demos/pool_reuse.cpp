// demos/pool_reuse.cpp — What this shows: Pool(3) forks its three worker
// processes once, at the start; then many tasks are handed to them one after
// another as each worker comes free. The pids the tasks print are only ever
// three numbers, and each worker lane on the timeline runs task after task.
// close() says "no more tasks", join() waits for the workers to finish them
// and exit. The results come back in the order the tasks were submitted, even
// though the tasks take different times and finish out of order. With
// maxtasksperchild, a worker retires after that many tasks and the pool forks a
// fresh one in its place (new name, new pid).
#include <cstdio>
#include <map>
#include <set>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 3, 1, 8, "worker processes in the pool");
const auto kTasks = param::Int("tasks", 12, 1, 60, "tasks to submit");
const auto kTaskMs = param::Int("task_ms", 40, 0, 500, "a task takes 1, 2 or 3 times this");
const auto kMaxtasksperchild = param::Int("maxtasksperchild", 0, 0, 20,
    "tasks before a worker is replaced (0: never)");

// [SECTION] The task (runs in a worker process)
std::tuple<int64_t, std::string> task(int64_t i, int64_t ms) {
    print("task " + std::to_string(i) + " runs in " + current_process_name() + " (pid " +
          std::to_string(il::core::getpid()) + ")\n");
    sleep(static_cast<double>(ms * (1 + i % 3)) / 1000);  // tasks take 1, 2 or 3 times task_ms
    return {i * i, current_process_name()};
}

std::string list_of(const std::vector<int64_t>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s + "]";
}

// [SECTION] Setup
void run(RunContext& ctx) {
    const auto processes = static_cast<int>(ctx[kProcesses]);
    const int64_t tasks = ctx[kTasks];
    const int64_t task_ms = ctx[kTaskMs];
    const int64_t maxtasks = ctx[kMaxtasksperchild];
    print("main process pid " + std::to_string(il::core::getpid()) + "\n");
    const Stopwatch sw;
    Pool pool(processes, {}, maxtasks);

    // [SECTION] Submit every task, then close and join
    std::vector<AsyncResult<std::tuple<int64_t, std::string>>> results;
    for (int64_t i = 0; i < tasks; ++i) results.push_back(pool.apply_async(task, std::tuple{i, task_ms}));
    pool.close();  // no more tasks
    pool.join();   // wait for the workers to finish them and exit

    // [SECTION] Results, in submission order
    std::vector<int64_t> squares;
    std::map<std::string, int64_t> per_worker;
    bool in_order = true;
    for (int64_t i = 0; i < tasks; ++i) {
        const auto [square, worker] = results[static_cast<size_t>(i)].get();
        in_order = in_order && square == i * i;
        squares.push_back(square);
        ++per_worker[worker];
    }
    std::string spread;
    for (const auto& [w, n] : per_worker) spread += (spread.empty() ? "" : ", ") + w + ": " + std::to_string(n);
    print("results: " + list_of(squares) + "\n");
    ctx.result(N_("tasks"), tasks);
    ctx.result(N_("worker processes used"), static_cast<int64_t>(per_worker.size()));
    ctx.result(N_("tasks per worker"), spread);
    ctx.result(N_("results in submission order"), in_order ? N_("yes") : N_("no"));
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f s", static_cast<double>(sw.ns()) / 1e9);
    timing_result(ctx, N_("total time"), secs);
}

}  // namespace

IL_DEMO({
    .id = "pool.reuse",
    .title = "A pool's workers are reused for many tasks",
    .group = "Pool",
    .summary = "Pool(3) forks three workers once and hands them 12 tasks; results come back in submission order.",
    .explanation =
        "Starting a process costs time, and starting thousands would swamp the machine. A pool starts a fixed "
        "number of worker processes once (processes=3 here) and keeps them: each task you submit waits in the "
        "pool's queue until a worker is free, runs there, and the worker goes back for the next one. So 12 "
        "tasks run in only three processes: every task prints its worker's name and pid, and you will only see "
        "three of each. On the timeline each ForkPoolWorker lane shows a task start and finish again and again "
        "(the pool's task markers), and the inqueue lane shows tasks waiting for a free worker. close() tells the "
        "pool no more tasks are coming; join() waits until the workers have done every submitted task and "
        "exited. The results are read in the order the tasks were submitted, although the tasks take 1, 2 or 3 "
        "times task_ms and finish out of order: each apply_async returns its own AsyncResult. With "
        "maxtasksperchild=N a worker exits after N tasks and the pool forks a new one in its place, which is how "
        "Python lets long-lived pools release memory a task leaked.",
    .python =
        "import os, time\n"
        "from multiprocessing import Pool, current_process\n"
        "def task(i, ms):\n"
        "    print(f'task {i} runs in {current_process().name} (pid {os.getpid()})')\n"
        "    time.sleep(ms * (1 + i % 3) / 1000)\n"
        "    return i * i, current_process().name\n"
        "if __name__ == '__main__':\n"
        "    pool = Pool(3)\n"
        "    results = [pool.apply_async(task, (i, 40)) for i in range(12)]\n"
        "    pool.close()\n"
        "    pool.join()\n"
        "    print([r.get()[0] for r in results])   # in submission order\n",
    .try_this = {"Count the pids in the console: 12 tasks, three pids. Each worker lane shows several tasks.",
                 "Set processes=1: one worker does everything, one task after another.",
                 "Set maxtasksperchild=2: after two tasks each worker exits and ForkPoolWorker-4, -5 … take its "
                 "place (new lanes, new pids); 'worker processes used' grows to 6 or more.",
                 "Set processes=8 with tasks=4: four workers never get a task; they start, wait, and exit at "
                 "join()."},
    .params = {kProcesses, kTasks, kTaskMs, kMaxtasksperchild},
    .run = &run,
    .visible_sharing = true,
});
