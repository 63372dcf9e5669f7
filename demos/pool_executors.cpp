// demos/pool_executors.cpp — What this shows: concurrent.futures, with a
// thread pool or a process pool behind the same API. submit() returns a Future
// at once. Calling result() right after each submit is synchronous: the
// caller waits for every task in turn. Attaching a done callback instead
// (add_done_callback) is asynchronous: the caller moves on and is told when
// each task finishes — by a worker thread (ThreadPoolExecutor) or by the
// executor's manager thread in the parent (ProcessPoolExecutor). shutdown(wait=True)
// returns only when every submitted task is done; wait=False returns at once.
#include <cstdio>
#include <set>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kExecutor = param::Choice("executor", {"thread", "process"}, "ThreadPoolExecutor or ProcessPoolExecutor");
const auto kMaxWorkers = param::Int("max_workers", 4, 1, 8, "how many workers the executor may start");
const auto kTasks = param::Int("tasks", 4, 1, 20, "tasks in each part");
const auto kTaskMs = param::Int("task_ms", 100, 0, 1000, "how long a task takes");
const auto kShutdownWait = param::Bool("shutdown_wait", true, "shutdown(wait=True)");

// [SECTION] The task
std::string task(int64_t n, int64_t ms) {
    sleep(static_cast<double>(ms) / 1000);
    return "task " + std::to_string(n) + " done by " + current_process_name() + "/" + current_thread_name();
}

std::string ms_of(int64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f ms", static_cast<double>(ns) / 1e6);
    return buf;
}

// [SECTION] Sync, async with callbacks, shutdown — the same code for both executors
template <typename Executor>
void demo(RunContext& ctx, Executor& ex, int64_t tasks, int64_t ms, bool wait) {
    print("sync: result() right after each submit\n");
    int64_t t0 = monotonic_ns();
    for (int64_t i = 0; i < tasks; ++i) print(ex.submit(task, std::tuple{i, ms}).result() + "\n");
    ctx.result(N_("sync (result after each submit)"), ms_of(monotonic_ns() - t0));

    print("async: add_done_callback, then move on\n");
    std::set<std::string> callback_threads;
    int64_t callbacks = 0;
    Lock tally("tally");  // thread-executor callbacks run on several threads at once
    t0 = monotonic_ns();
    for (int64_t i = tasks; i < 2 * tasks; ++i) {
        Future<std::string> f = ex.submit(task, std::tuple{i, ms});
        f.add_done_callback([&](const Future<std::string>& done) {
            print("callback in " + current_thread_name() + ": " + done.result() + "\n");
            Lock::Guard g(tally);
            callback_threads.insert(current_thread_name());
            ++callbacks;
        });
    }
    print("all submitted after " + ms_of(monotonic_ns() - t0) + "\n");
    const int64_t s0 = monotonic_ns();
    ex.shutdown(wait);
    print(std::string("shutdown(wait=") + (wait ? "True" : "False") + ") returned after " +
          ms_of(monotonic_ns() - s0) + "\n");
    if (!wait) ex.shutdown(true);  // the futures still finish; wait for them before reporting
    ctx.result(N_("async (callbacks, then shutdown)"), ms_of(monotonic_ns() - t0));

    // [SECTION] Results
    std::string threads, workers;
    for (const std::string& t : callback_threads) threads += (threads.empty() ? "" : ", ") + t;
    for (const std::string& w : ex.worker_names()) workers += (workers.empty() ? "" : ", ") + w;
    ctx.result(N_("callbacks run"), callbacks);
    ctx.result(N_("callback threads"), threads);
    ctx.result(N_("workers"), workers);
}

void run(RunContext& ctx) {
    const auto workers = static_cast<int>(ctx[kMaxWorkers]);
    const int64_t tasks = ctx[kTasks];
    const int64_t ms = ctx[kTaskMs];
    const bool wait = ctx[kShutdownWait];
    const std::string& kind = ctx[kExecutor];
    ctx.result(N_("executor"), kind == "thread" ? "ThreadPoolExecutor" : "ProcessPoolExecutor");
    if (kind == "thread") {
        ThreadPoolExecutor ex(workers);
        demo(ctx, ex, tasks, ms, wait);
    } else {
        ProcessPoolExecutor ex(workers);
        demo(ctx, ex, tasks, ms, wait);
    }
}

}  // namespace

IL_DEMO({
    .id = "pool.executors",
    .title = "Thread and process executors: submit, result, add_done_callback, shutdown",
    .group = "Pool",
    .summary = "concurrent.futures: result() after each submit is sync; done callbacks are async; shutdown(wait).",
    .explanation =
        "An executor is a pool with a smaller, uniform API. submit(fn, args) returns a Future immediately; the "
        "task runs on a worker. Calling future.result() straight away waits for that task, so a loop of submit + "
        "result runs the tasks one after another (the first part: 'sync'). The other way is to attach a callback "
        "with add_done_callback and carry on: all the tasks are submitted within microseconds, the workers run "
        "them side by side, and each callback is called with its finished Future (the second part: 'async'). Who "
        "calls the callback depends on the executor: with ThreadPoolExecutor it is the worker thread that ran the "
        "task (ThreadPoolExecutor-0_0, -0_1 …); with ProcessPoolExecutor the task ran in another process, so the "
        "result comes back to the parent and the executor's manager thread (Thread-1) calls the callback there. "
        "shutdown(wait=True) refuses new tasks and returns only when the submitted ones are all done; with "
        "wait=False it returns at once and the tasks still finish. A ThreadPoolExecutor only starts a new worker "
        "thread when no idle one is left: in the sync part a single thread does everything.",
    .python =
        "import time, threading\n"
        "from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor\n"
        "def task(n, ms):\n"
        "    time.sleep(ms / 1000)\n"
        "    return f'task {n} done by {threading.current_thread().name}'\n"
        "def done(future):\n"
        "    print('callback in', threading.current_thread().name, future.result())\n"
        "if __name__ == '__main__':\n"
        "    pool = ThreadPoolExecutor(4)          # or ProcessPoolExecutor(4)\n"
        "    for i in range(4):\n"
        "        print(pool.submit(task, i, 100).result())   # sync\n"
        "    for i in range(4, 8):\n"
        "        pool.submit(task, i, 100).add_done_callback(done)   # async\n"
        "    pool.shutdown(wait=True)\n",
    .try_this = {"Compare the two times: the sync part takes tasks × task_ms, the async part about task_ms.",
                 "Look at 'callback threads': the thread executor's workers; switch executor=process and it is "
                 "the manager thread Thread-1 in the main process.",
                 "With executor=thread, the sync part is done by ThreadPoolExecutor-0_0 alone: no second thread "
                 "is started while one is idle.",
                 "Set shutdown_wait=false: shutdown returns in about 0 ms, while the tasks keep running."},
    .params = {kExecutor, kMaxWorkers, kTasks, kTaskMs, kShutdownWait},
    .run = &run,
});
