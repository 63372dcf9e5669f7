// demos/gil_processes.cpp — What this shows (a model of CPython's GIL, see
// core/primitives/gil.hpp): the same CPU-bound work in threads and in processes. Threads
// of one process share its one GIL and take turns; each process has its own
// interpreter and its own GIL, so processes run truly in parallel, one per
// core. This is why the course's first answer to the GIL is multiprocessing.
#include <sys/resource.h>

#include <memory>
#include <thread>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kUnits = param::Int("units", 20000, 100, 1000000, "units of bytecode per worker (a unit is about 10 us)");
const auto kWorkers = param::Int("workers", 2, 2, 4, "threads, then processes");

// CPU time of this process's reaped child processes, in seconds (process_cpu_s: its own threads).
double children_cpu_s() {
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// [SECTION] Setup
void run(RunContext& ctx) {
    int64_t units = ctx[kUnits];
    const int64_t n = ctx[kWorkers];
    if (stepping()) {
        units = std::min<int64_t>(units, 10);
        print("(step mode: each worker's work is cut to " + std::to_string(units) + " units, one step each)\n");
    }
    Gil gil({}, "GIL");  // MainProcess's GIL; each child process makes its own on first use
    auto job = [&] {
        Gil::Session py(gil);
        gil.compute(static_cast<uint64_t>(units));
    };

    // [SECTION] Threads: one process, one GIL
    std::vector<std::unique_ptr<Thread>> threads;
    for (int64_t i = 0; i < n; ++i) threads.push_back(std::make_unique<Thread>(job, "thread-" + std::to_string(i + 1)));
    int64_t t0 = monotonic_ns();
    double cpu0 = process_cpu_s();
    for (auto& t : threads) t->start();
    for (auto& t : threads) t->join();
    const double thr_s = static_cast<double>(monotonic_ns() - t0) / 1e9;
    const double thr_cores = thr_s > 0 ? (process_cpu_s() - cpu0) / thr_s : 0;
    print(std::to_string(n) + " threads: " + fmt("%.0f ms", thr_s * 1e3) + "\n");

    // [SECTION] Processes: a GIL each
    std::vector<std::unique_ptr<Process>> procs;
    for (int64_t i = 0; i < n; ++i) procs.push_back(std::make_unique<Process>(job));
    t0 = monotonic_ns();
    cpu0 = children_cpu_s();
    for (auto& p : procs) p->start();
    for (auto& p : procs) p->join();  // reaps them: their CPU time is counted from here
    const double proc_s = static_cast<double>(monotonic_ns() - t0) / 1e9;
    const double proc_cores = proc_s > 0 ? (children_cpu_s() - cpu0) / proc_s : 0;
    print(std::to_string(n) + " processes: " + fmt("%.0f ms", proc_s * 1e3) + "\n");

    // [SECTION] Results
    const double total = static_cast<double>(units * n);
    ctx.result(N_("threads (one GIL)"), fmt("%.1f ms", thr_s * 1e3));
    ctx.result(N_("processes (a GIL each)"), fmt("%.1f ms", proc_s * 1e3));
    ctx.result(N_("speed-up of processes"), fmt("%.2fx", proc_s > 0 ? thr_s / proc_s : 0));
    ctx.result(N_("throughput threads"), il::i18n::trf("{rate} units/s", {{"rate", fmt("%.0f", thr_s > 0 ? total / thr_s : 0)}}));
    ctx.result(N_("throughput processes"), il::i18n::trf("{rate} units/s", {{"rate", fmt("%.0f", proc_s > 0 ? total / proc_s : 0)}}));
    ctx.result(N_("cores busy with threads"), fmt("%.2f", thr_cores));
    ctx.result(N_("cores busy with processes"), fmt("%.2f", proc_cores));
    ctx.result(N_("cores"), static_cast<int64_t>(std::thread::hardware_concurrency()));
    if (stepping()) print("(step mode: the times are real time between steps, not the model's speed)\n");
}

}  // namespace

IL_DEMO({
    .id = "gil.processes",
    .title = "GIL: processes run in parallel, threads do not",
    .group = "GIL",
    .summary = "A model of CPython's GIL: the same CPU-bound work in threads (one shared GIL) and in processes "
               "(a GIL each).",
    .explanation =
        "This is a model of CPython's GIL. The same CPU-bound job runs twice, once in two threads and once in "
        "two processes. The threads live in one process and share its GIL, so they take turns: the GIL lane "
        "passes back and forth and the job takes as long as doing it twice in a row. A process started with "
        "fork() is a separate interpreter with its own GIL; on the timeline each process has its own GIL lane "
        "('GIL (Process-1)', 'GIL (Process-2)'), held the whole time by that process alone, and the two "
        "processes run at the same time on two cores: the job takes about half as long. The price is that "
        "processes do not share memory: results come back through a Queue, a Pipe or shared values (see the "
        "Queue demos). The results give both times, the throughput in units of work per second and the cores "
        "busy (CPU time divided by wall time): about 1 for the threads, about 2 for the processes.",
    .python =
        "import threading, multiprocessing, time\n"
        "def count(n):\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "N = 20_000_000\n"
        "if __name__ == '__main__':\n"
        "    for kind in (threading.Thread, multiprocessing.Process):\n"
        "        ws = [kind(target=count, args=(N,)) for _ in range(2)]\n"
        "        t0 = time.time()\n"
        "        for w in ws: w.start()\n"
        "        for w in ws: w.join()\n"
        "        print(kind.__name__, time.time() - t0)\n",
    .try_this = {"On a machine with 2 or more cores, the processes' time is about half the threads' time.",
                 "Look at the GIL lanes: one 'GIL' passed between thread-1 and thread-2, then one GIL per process, "
                 "never passed to anybody.",
                 "Set workers=4 on a 2-core machine: the processes now share 2 cores, so they take about as "
                 "long as 2 processes doing twice the work, still about twice as fast as the threads."},
    .params = {kUnits, kWorkers},
    .run = &run,
});
