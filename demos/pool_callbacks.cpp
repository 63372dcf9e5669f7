// demos/pool_callbacks.cpp — What this shows: a callback given to
// apply_async runs in the parent process, not in the worker that ran the
// task. Each task prints its worker's pid; each callback prints the pid it runs
// in — always the main process's — and its thread: the pool's result handler,
// "Thread-3 (_handle_results)". The worker only sends the return value back;
// the parent's result-handler thread calls the callback with it, one callback
// at a time, so a slow callback holds up every result behind it.
#include <cstdio>
#include <set>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 4, 1, 8, "worker processes");
const auto kTasks = param::Int("tasks", 8, 1, 50, "tasks to submit");
const auto kTaskMs = param::Int("task_ms", 20, 0, 500, "how long a task takes");
const auto kCallbackMs = param::Int("callback_ms", 0, 0, 1000, "how long each callback takes");

// [SECTION] The task (runs in a worker process)
int64_t task(int64_t i, int64_t ms) {
    print("task " + std::to_string(i) + " in " + current_process_name() + ", pid " +
          std::to_string(il::core::getpid()) + "\n");
    sleep(static_cast<double>(ms) / 1000);
    return i * i;
}

// [SECTION] Setup
void run(RunContext& ctx) {
    const auto workers = static_cast<int>(ctx[kProcesses]);
    const int64_t tasks = ctx[kTasks];
    const int64_t task_ms = ctx[kTaskMs];
    const double callback_s = static_cast<double>(ctx[kCallbackMs]) / 1000;
    const int main_pid = il::core::getpid();
    print("main process pid " + std::to_string(main_pid) + "\n");
    std::set<int> callback_pids;
    std::set<std::string> callback_threads;
    int64_t sum = 0, calls = 0;

    // [SECTION] The callback (runs in the parent, on the result-handler thread)
    Callbacks<int64_t> on_result{.callback = [&](const int64_t& value) {
        print("callback got " + std::to_string(value) + " in " + current_process_name() + " / " +
              current_thread_name() + ", pid " + std::to_string(il::core::getpid()) + "\n");
        callback_pids.insert(il::core::getpid());
        callback_threads.insert(current_thread_name());
        sum += value;
        ++calls;
        if (callback_s > 0) sleep(callback_s);  // a slow callback delays every result behind it
    }};

    // [SECTION] Submit with a callback, close, join
    Pool pool(workers);
    const Stopwatch sw;
    for (int64_t i = 0; i < tasks; ++i) pool.apply_async(task, std::tuple{i, task_ms}, on_result);
    pool.close();
    pool.join();  // returns after every callback has run

    // [SECTION] Results
    std::string threads;
    for (const std::string& t : callback_threads) threads += (threads.empty() ? "" : ", ") + t;
    ctx.result(N_("callbacks run"), calls);
    ctx.result(N_("sum of the results"), sum);
    ctx.result(N_("callbacks ran in the main process"), callback_pids == std::set<int>{main_pid} ? N_("yes") : N_("no"));
    ctx.result(N_("callback thread"), threads);
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f s", static_cast<double>(sw.ns()) / 1e9);
    timing_result(ctx, N_("total time"), secs);
}

}  // namespace

IL_DEMO({
    .id = "pool.callbacks",
    .title = "Callbacks run in the parent",
    .group = "Pool",
    .summary = "apply_async(..., callback=f): f runs in the main process on the pool's result-handler thread.",
    .explanation =
        "A callback is how the parent hears about a result as soon as it is ready, without waiting in get(). "
        "The task runs in a worker process (its line prints a ForkPoolWorker pid). When it returns, the worker "
        "sends the value back through the pool's outqueue, and in the parent a thread of the pool — the result "
        "handler, named 'Thread-3 (_handle_results)' as in Python — picks it up and calls your callback with it. "
        "So every callback line prints the main process's pid, and the callback can touch the parent's variables "
        "(here it adds the results up) without any queue or lock. On the timeline the callback markers are on the "
        "_handle_results lane, never on a worker. Python's advice: keep callbacks quick, because there is only "
        "one result handler; while a callback runs, results pile up in the outqueue. Set callback_ms to see it.",
    .python =
        "import os, time\n"
        "from multiprocessing import Pool, current_process\n"
        "import threading\n"
        "def task(i):\n"
        "    print(f'task {i} in {current_process().name}, pid {os.getpid()}')\n"
        "    return i * i\n"
        "def on_result(value):\n"
        "    print(f'callback got {value} in pid {os.getpid()},', threading.current_thread().name)\n"
        "if __name__ == '__main__':\n"
        "    print('main pid', os.getpid())\n"
        "    pool = Pool(4)\n"
        "    for i in range(8):\n"
        "        pool.apply_async(task, (i,), callback=on_result)\n"
        "    pool.close()\n"
        "    pool.join()\n",
    .try_this = {"Compare the pids: tasks print worker pids, every callback prints the main pid.",
                 "Find the callback markers on the timeline: all on 'Thread-3 (_handle_results)'.",
                 "Set callback_ms=200 (the course's callback sleeps 0.5 s): the tasks finish early but the "
                 "callbacks trickle out one by one, and the outqueue lane fills up behind the result handler."},
    .params = {kProcesses, kTasks, kTaskMs, kCallbackMs},
    .run = &run,
    .visible_sharing = true,
});
