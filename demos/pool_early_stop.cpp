// demos/pool_early_stop.cpp — What this shows: stopping a pool early, as soon
// as one result says "found" (the course's two variants). Each task checks one
// number and returns True only for the target. The parent reads the results in
// submission order and calls pool.terminate() at the first True: the workers
// are killed at once and the tasks still queued never run.
//   one_thread:  the main thread submits every task first, then checks.
//                Checking cannot start before the last submit.
//   two_threads: a submitter thread submits while a checker thread checks,
//                so checking starts with the first result. After terminate()
//                the submitter's next apply_async raises ValueError ("Pool
//                not running") and it stops.
#include <cstdio>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 4, 1, 8, "worker processes");
const auto kTasks = param::Int("tasks", 10000, 1, 10000, "numbers to check");
const auto kTarget = param::Int("target", 8, 0, 20000, "the number to find");
const auto kTaskUs = param::Int("task_us", 1000, 0, 100000, "how long one check takes, in microseconds");
const auto kVariant = param::Choice("variant", {"two_threads", "one_thread"}, "the course's two variants");

// [SECTION] The task (runs in a worker process)
bool test(int64_t p, int64_t target, int64_t us) {
    sleep(static_cast<double>(us) / 1e6);  // stands for a little work
    return p == target;
}

// [SECTION] Variant 1: submit everything, then check in order
int64_t one_thread(Pool& pool, int64_t n, int64_t target, int64_t us, int64_t& submitted) {
    std::vector<AsyncResult<bool>> results;  // Python puts them in a queue.Queue
    for (int64_t i = 0; i < n; ++i) results.push_back(pool.apply_async(test, std::tuple{i, target, us}));
    submitted = n;
    print("all " + std::to_string(n) + " tasks submitted; checking\n");
    for (int64_t i = 0; i < n; ++i) {
        if (results[static_cast<size_t>(i)].get()) {
            pool.terminate();  // kill the workers: the rest never runs
            return i;
        }
    }
    return -1;
}

// [SECTION] Variant 2: a submitter thread and a checker thread
int64_t two_threads(Pool& pool, int64_t n, int64_t target, int64_t us, int64_t& submitted) {
    // Python's queue.Queue carries the AsyncResults themselves; ours carries
    // their index into `results` (filled before the index is put).
    std::vector<AsyncResult<bool>> results(static_cast<size_t>(n));
    Queue<int64_t> handed(0, "results");
    int64_t found = -1;
    Thread submitter(
        [&] {
            for (int64_t i = 0; i < n; ++i) {
                try {
                    results[static_cast<size_t>(i)] = pool.apply_async(test, std::tuple{i, target, us});
                } catch (const ValueError& e) {  // the pool was terminated: stop submitting
                    print(std::string("submitter: ") + e.what() + " after " + std::to_string(i) + " tasks\n");
                    return;
                }
                submitted = i + 1;
                handed.put(i);
            }
            handed.put(-1);  // all submitted, nothing found
        },
        "submitter");
    Thread checker(
        [&] {
            for (;;) {
                const int64_t i = handed.get();
                if (i < 0) return;
                if (results[static_cast<size_t>(i)].get()) {
                    found = i;
                    pool.terminate();
                    return;
                }
            }
        },
        "checker");
    submitter.start();
    checker.start();
    submitter.join();
    checker.join();
    return found;
}

void run(RunContext& ctx) {
    const auto workers = static_cast<int>(ctx[kProcesses]);
    const int64_t n = ctx[kTasks];
    const int64_t target = ctx[kTarget];
    const int64_t us = ctx[kTaskUs];
    const bool two = ctx[kVariant] == "two_threads";
    const Stopwatch sw;
    Pool pool(workers);
    int64_t submitted = 0;
    const int64_t found =
        two ? two_threads(pool, n, target, us, submitted) : one_thread(pool, n, target, us, submitted);
    if (found < 0) pool.close();  // nothing found: every task ran; let the workers exit
    pool.join();                  // after terminate(): the handlers and the killed workers are gone
    const int64_t elapsed = sw.ns();

    // [SECTION] Results
    const auto snap = pool_contents(*arena(), pool.id());
    print(found >= 0 ? "found " + std::to_string(found) + ": terminated the pool\n" : "not found\n");
    ctx.result(N_("found at task"), found);
    ctx.result(N_("tasks submitted"), submitted);
    ctx.result(N_("tasks run"), snap ? static_cast<int64_t>(snap->started) : -1);
    ctx.result(N_("tasks never run"), snap ? n - static_cast<int64_t>(snap->started) : -1);
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.0f ms", static_cast<double>(elapsed) / 1e6);
    timing_result(ctx, N_("total time"), ms);
}

}  // namespace

IL_DEMO({
    .id = "pool.early_stop",
    .title = "Stop early: terminate as soon as a result says found",
    .group = "Pool",
    .summary = "Terminate the pool at the first True result; the queued tasks never run (both course variants).",
    .explanation =
        "A search split into many small tasks can stop as soon as one task finds the answer. Each task here checks "
        "one number and returns True only for the target. The parent gets the results in submission order and, at "
        "the first True, calls pool.terminate(): the worker processes are killed on the spot (their lanes end with "
        "a SIGTERM marker) and every task still waiting in the pool's queues is dropped, so 'tasks run' is far "
        "below 'tasks'. In the one_thread variant the main thread has to finish submitting all the tasks before it "
        "can check the first result; with many tasks that alone takes a while, and by then the workers may have "
        "run far past the target. In the two_threads variant a submitter thread and a checker thread work at the "
        "same time: the checker looks at each result as soon as it exists, terminates the pool, and the "
        "submitter's next apply_async raises ValueError (Pool not running), which ends its loop.",
    .python =
        "from multiprocessing import Pool\n"
        "import queue, threading\n"
        "def test(p): return p == 3000\n"
        "if __name__ == '__main__':\n"
        "    pool = Pool()\n"
        "    q = queue.Queue()\n"
        "    def submit():\n"
        "        for i in range(10000):\n"
        "            try: q.put(pool.apply_async(test, (i,)))\n"
        "            except ValueError: break          # Pool not running\n"
        "    def check():\n"
        "        while True:\n"
        "            if q.get().get():\n"
        "                pool.terminate()\n"
        "                break\n"
        "    t1, t2 = threading.Thread(target=submit), threading.Thread(target=check)\n"
        "    t1.start(); t2.start(); t1.join(); t2.join()\n"
        "    pool.join()\n",
    .try_this = {"Compare 'tasks run' with 'tasks': most tasks never ran.",
                 "Switch variant to one_thread: MainThread submits all the tasks before checking, so the workers "
                 "can get further past the target before terminate(); submitting is quick here, so 'tasks run' is "
                 "often only a little higher, sometimes the same.",
                 "Set target beyond tasks (e.g. target=9999 with tasks=2000): nothing is found and every task runs; "
                 "the pool is closed, not terminated, and joined, so the workers exit by themselves (exit code 0).",
                 "Look at the worker lanes' ends: killed by SIGTERM, exit code -15, as in Python."},
    .params = {kProcesses, kTasks, kTarget, kTaskUs, kVariant},
    .run = &run,
    .visible_sharing = true,
});
