// demos/gil_free_threaded.cpp — What this shows (a model of CPython's GIL, see
// core/primitives/gil.hpp): the "no GIL" switch. The same two CPU-bound threads run with
// the GIL (they take turns) and then without it, as in a free-threaded Python
// build: acquire and release do nothing and the threads compute at the same
// time on two cores.

#include <memory>
#include <thread>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kUnits = param::Int("units", 20000, 100, 1000000, "units of bytecode per thread (a unit is about 10 us)");
const auto kThreads = param::Int("threads", 2, 2, 4, "CPU-bound threads");


struct Timing {
    double wall_s = 0, cores = 0;  // cores: CPU time / wall time, how many computed at once
};

// Runs `n` threads of `units` each under `gil`.
Timing threads_under(Gil& gil, int64_t n, int64_t units, const std::string& prefix) {
    std::vector<std::unique_ptr<Thread>> threads;
    for (int64_t i = 0; i < n; ++i)
        threads.push_back(std::make_unique<Thread>(
            [&gil, units] {
                Gil::Session py(gil);  // with design none this takes nothing
                gil.compute(static_cast<uint64_t>(units));
            },
            prefix + std::to_string(i + 1)));
    const int64_t t0 = monotonic_ns();
    const double cpu0 = process_cpu_s();
    for (auto& t : threads) t->start();
    for (auto& t : threads) t->join();
    Timing r;
    r.wall_s = static_cast<double>(monotonic_ns() - t0) / 1e9;
    r.cores = r.wall_s > 0 ? (process_cpu_s() - cpu0) / r.wall_s : 0;
    return r;
}

// [SECTION] Setup
void run(RunContext& ctx) {
    int64_t units = ctx[kUnits];
    const int64_t n = ctx[kThreads];
    if (stepping()) {
        units = std::min<int64_t>(units, 10);
        print("(step mode: each thread's work is cut to " + std::to_string(units) + " units, one step each)\n");
    }

    // [SECTION] With the GIL
    Gil with_gil({.design = GilDesign::Switching}, "GIL");
    const Timing with = threads_under(with_gil, n, units, "gil-");
    const double gil_s = with.wall_s;
    print(std::to_string(n) + " threads with the GIL: " + fmt("%.0f ms", gil_s * 1e3) + "\n");

    // [SECTION] Without it (free-threaded build)
    Gil no_gil({.design = GilDesign::None}, "GIL (disabled)");
    const Timing without = threads_under(no_gil, n, units, "free-");
    const double free_s = without.wall_s;
    print(std::to_string(n) + " threads without a GIL: " + fmt("%.0f ms", free_s * 1e3) + "\n");

    // [SECTION] Results
    const double total = static_cast<double>(units * n);
    ctx.result(N_("with the GIL"), fmt("%.1f ms", gil_s * 1e3));
    ctx.result(N_("without a GIL"), fmt("%.1f ms", free_s * 1e3));
    ctx.result(N_("speed-up without the GIL"), fmt("%.2fx", free_s > 0 ? gil_s / free_s : 0));
    ctx.result(N_("throughput with the GIL"), il::i18n::trf("{rate} units/s", {{"rate", fmt("%.0f", gil_s > 0 ? total / gil_s : 0)}}));
    ctx.result(N_("throughput without a GIL"), il::i18n::trf("{rate} units/s", {{"rate", fmt("%.0f", free_s > 0 ? total / free_s : 0)}}));
    ctx.result(N_("cores busy with the GIL"), fmt("%.2f", with.cores));
    ctx.result(N_("cores busy without a GIL"), fmt("%.2f", without.cores));
    ctx.result(N_("cores"), static_cast<int64_t>(std::thread::hardware_concurrency()));
    if (stepping()) print("(step mode: the times are real time between steps, not the model's speed)\n");
}

}  // namespace

IL_DEMO({
    .id = "gil.free_threaded",
    .title = "GIL: the \"no GIL\" switch (free-threaded Python)",
    .group = "GIL",
    .summary = "A model of CPython's GIL: the same CPU-bound threads with the GIL and without it.",
    .explanation =
        "This is a model of CPython's GIL. Two CPU-bound threads (gil-1, gil-2) first run with the GIL: they "
        "take turns, the GIL lane passes back and forth, and they take as long as one thread doing both jobs. "
        "Then the same threads (free-1, free-2) run with the GIL switched off, as in the free-threaded builds "
        "of Python 3.13 and later: taking and releasing the GIL do nothing, nobody ever waits for it, and on a "
        "machine with two or more cores both threads compute at the same time, so the job takes about half as "
        "long. 'cores busy' (CPU time divided by wall time) says it directly: about 1 with the GIL, about 2 "
        "without it on a free 2-core machine. Without a GIL the interpreter must protect its own data in other "
        "ways, which costs a little speed per thread; and your own shared data needs locks either way.",
    .python =
        "# python3.13t (free-threaded build), or PYTHON_GIL=0\n"
        "import sys, threading, time\n"
        "print('GIL enabled:', sys._is_gil_enabled())\n"
        "def count(n):\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "ts = [threading.Thread(target=count, args=(20_000_000,)) for _ in range(2)]\n"
        "t0 = time.time()\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "print(time.time() - t0)\n",
    .try_this = {"On a machine with 2 or more cores, 'without a GIL' is about half of 'with the GIL'.",
                 "On the timeline, gil-1 and gil-2 alternate (one running, one blocked on the GIL); free-1 "
                 "and free-2 are running side by side the whole time, and the 'GIL (disabled)' lane stays empty.",
                 "Set threads=4 on a 2-core machine: without the GIL it is still about twice as fast, not four "
                 "times: there are only two cores."},
    .params = {kUnits, kThreads},
    .run = &run,
});
