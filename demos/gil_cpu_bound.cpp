// demos/gil_cpu_bound.cpp — What this shows (a model of CPython's GIL, see
// core/primitives/gil.hpp): two CPU-bound threads take about as long as one thread doing
// both jobs one after the other. Only the thread holding the GIL may run
// bytecode, so the threads take turns — every switch interval a waiting thread
// asks for the GIL and the holder hands it over — and there is no speed-up.

#include <memory>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kUnits = param::Int("units", 20000, 100, 1000000, "units of bytecode per thread (a unit is about 10 us)");
const auto kThreads = param::Int("threads", 2, 2, 4, "CPU-bound threads");
const auto kDesign = param::Choice("design", {"new", "old", "none"},
    "new: 3.2+ switch interval; old: check every 100 ticks; none: no GIL");
const auto kSwitchIntervalMs = param::Double("switch_interval_ms", 5, 0.1, 100,
    "sys.setswitchinterval, in ms (new design)");


// [SECTION] Setup
void run(RunContext& ctx) {
    int64_t units = ctx[kUnits];
    const int64_t n = ctx[kThreads];
    const GilDesign design = gil_design_from(ctx[kDesign]).value_or(GilDesign::Switching);
    const double interval = ctx[kSwitchIntervalMs] / 1000;
    if (stepping()) {
        units = std::min<int64_t>(units, 10);  // every unit is a step: keep it steppable
        print("(step mode: each thread's work is cut to " + std::to_string(units) + " units, one step each)\n");
    }
    Gil gil({.design = design, .switch_interval = interval}, "GIL");
    print("GIL design: " + std::string(to_string(design)) + ", switch interval " + fmt("%g ms", interval * 1e3) + "\n");

    // [SECTION] One thread does all the work, one job after the other
    Thread sequential(
        [&] {
            Gil::Session py(gil);
            gil.compute(static_cast<uint64_t>(units * n));
        },
        "sequential");
    int64_t t0 = monotonic_ns();
    sequential.start();
    sequential.join();
    const double seq_s = static_cast<double>(monotonic_ns() - t0) / 1e9;
    print("sequential: " + fmt("%.0f ms", seq_s * 1e3) + "\n");

    // [SECTION] The same jobs in threads at once
    const uint64_t switches_before = gil.switches(), requests_before = gil.drop_requests();
    std::vector<std::unique_ptr<Thread>> threads;
    for (int64_t i = 0; i < n; ++i)
        threads.push_back(std::make_unique<Thread>(
            [&] {
                Gil::Session py(gil);  // a Python thread runs bytecode only while it holds the GIL
                gil.compute(static_cast<uint64_t>(units));
            },
            "cpu-" + std::to_string(i + 1)));
    t0 = monotonic_ns();
    const double cpu0 = process_cpu_s();
    for (auto& t : threads) t->start();
    for (auto& t : threads) t->join();
    const double thr_s = static_cast<double>(monotonic_ns() - t0) / 1e9;
    const double cores = thr_s > 0 ? (process_cpu_s() - cpu0) / thr_s : 0;  // how many cores computed at once
    print(std::to_string(n) + " threads: " + fmt("%.0f ms", thr_s * 1e3) + "\n");

    // [SECTION] Results
    const double total = static_cast<double>(units * n);
    ctx.result(N_("design"), std::string(to_string(design)));
    ctx.result(N_("sequential"), fmt("%.1f ms", seq_s * 1e3));
    ctx.result(N_("threads"), fmt("%.1f ms", thr_s * 1e3));
    ctx.result(N_("speed-up"), fmt("%.2fx", thr_s > 0 ? seq_s / thr_s : 0));
    ctx.result(N_("throughput sequential"), il::i18n::trf("{rate} units/s", {{"rate", fmt("%.0f", seq_s > 0 ? total / seq_s : 0)}}));
    ctx.result(N_("throughput threads"), il::i18n::trf("{rate} units/s", {{"rate", fmt("%.0f", thr_s > 0 ? total / thr_s : 0)}}));
    ctx.result(N_("cores busy during the threads"), fmt("%.2f", cores));
    ctx.result(N_("GIL switches between the threads"), static_cast<int64_t>(gil.switches() - switches_before));
    ctx.result(N_("drop requests"), static_cast<int64_t>(gil.drop_requests() - requests_before));
    if (stepping()) print("(step mode: the times are real time between steps, not the model's speed)\n");
}

}  // namespace

IL_DEMO({
    .id = "gil.cpu_bound",
    .title = "GIL: CPU-bound threads get no speed-up",
    .group = "GIL",
    .summary = "A model of CPython's GIL: two CPU-bound threads take as long as doing the work twice in a row.",
    .explanation =
        "This is a model of CPython's global interpreter lock (GIL), not CPython itself: the threads run real "
        "CPU work in 'units of bytecode', and a thread may only run bytecode while it holds the GIL object. "
        "First one thread does both jobs one after the other; then each job gets its own thread, started "
        "together. On a machine with several cores you might expect the threads to finish in half the time, "
        "but they take about as long: only one can hold the GIL, so only one computes at any moment. Watch the "
        "GIL lane: it changes hands every switch interval (5 ms), and the worker lanes alternate between "
        "running and blocked on the GIL, never running together. How it hands over (Python 3.2 and later): a "
        "thread that has waited one switch interval sets a 'drop request'; the holder notices it after its "
        "current bit of bytecode, releases the GIL and may not take it back until the waiter has it. The "
        "throughput results show units of work per second: no better with threads; 'cores busy' (CPU time "
        "divided by wall time) stays at about 1. With design=none (a free-threaded Python without a GIL) the "
        "threads do run in parallel. In step mode time is logical: a thread waiting for the GIL offers a "
        "'time out' step, which stands for its switch interval passing; grant it and it sets the drop "
        "request, which the holder honours after its next unit of bytecode.",
    .python =
        "import threading, time\n"
        "def count(n):\n"
        "    while n > 0:\n"
        "        n -= 1          # pure bytecode: holds the GIL\n"
        "N = 20_000_000\n"
        "t0 = time.time(); count(N); count(N)\n"
        "print('sequential', time.time() - t0)\n"
        "ts = [threading.Thread(target=count, args=(N,)) for _ in range(2)]\n"
        "t0 = time.time()\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "print('2 threads ', time.time() - t0)   # about the same\n",
    .try_this = {"Compare 'sequential' and 'threads' in the results: the speed-up is about 1x.",
                 "Set design=none (free-threaded Python): on a machine with 2 or more cores the speed-up is "
                 "close to 2x and the two worker lanes run side by side.",
                 "Set switch_interval_ms=50: the GIL lane shows ten times fewer, longer holds; the total time "
                 "barely changes.",
                 "Set design=old: no drop requests at all; the holder releases and re-takes the GIL every 100 "
                 "ticks and keeps winning, so one thread runs to the end before the other gets going."},
    .params = {kUnits, kThreads, kDesign, kSwitchIntervalMs},
    .run = &run,
});
