// demos/gil_convoy.cpp — What this shows (a model of CPython's GIL, see
// core/primitives/gil.hpp): an I/O-bound thread next to a CPU-bound one. Each time the
// I/O thread's I/O call returns it needs the GIL back to handle the answer,
// and the CPU thread has it. Under the 3.2+ design it waits a whole switch
// interval every time (the convoy effect); under the old tick-based design the
// CPU thread releases and re-takes the GIL so fast that the I/O thread hardly
// gets it at all until the CPU thread is done. Alone, it waits for nothing.
#include <atomic>
#include <memory>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kDesigns = param::Choice("designs", {"both", "new", "old"}, "which GIL designs to run next to 'alone'");
const auto kRequests = param::Int("requests", 40, 1, 1000, "I/O requests the I/O thread makes");
const auto kIoMs = param::Double("io_ms", 1, 0.1, 50, "duration of one blocking I/O call, in ms");
const auto kCpuUnits = param::Int("cpu_units", 30000, 100, 1000000,
    "the CPU thread's work in units (about 10 us each)");
const auto kSwitchIntervalMs = param::Double("switch_interval_ms", 5, 0.1, 100,
    "sys.setswitchinterval, in ms (new design)");
const auto kCheckInterval = param::Int("check_interval", 100, 10, 100000, "ticks between checks (old design)");

struct Params {
    int64_t requests, cpu_units;
    double io_s, interval;
    uint32_t check_interval;
};

// [SECTION] One scenario: an I/O thread, with or without a CPU thread, under one design
void scenario(RunContext& ctx, const Params& p, const std::string& label, GilDesign design, bool with_cpu) {
    Gil gil({.design = design, .switch_interval = p.interval, .check_interval = p.check_interval},
            "GIL (" + label + ")");
    Event cpu_running("cpu running (" + label + ")");
    std::atomic<bool> cpu_done{false};
    int64_t cpu_ns = 0, waited_ns = 0, worst_ns = 0, answered = 0, first_ns = 0;

    std::unique_ptr<Thread> cpu;
    if (with_cpu)
        cpu = std::make_unique<Thread>(
            [&] {
                Gil::Session py(gil);
                cpu_running.set();
                const Stopwatch sw;
                gil.compute(static_cast<uint64_t>(p.cpu_units));
                cpu_ns = sw.ns();
                cpu_done = true;
            },
            "cpu (" + label + ")");
    Thread io(
        [&] {
            if (with_cpu) cpu_running.wait();  // start once the CPU thread is computing
            const Stopwatch since_start;
            Gil::Session py(gil);
            for (int64_t r = 0; r < p.requests; ++r) {
                const Stopwatch sw;
                gil.blocking_io(p.io_s);  // releases the GIL, waits for the "network", takes it back
                const int64_t wait = sw.ns() - static_cast<int64_t>(p.io_s * 1e9);
                gil.compute(1);           // handle the answer
                if (r == 0) first_ns = since_start.ns();
                if (with_cpu && cpu_done) continue;  // only answers that competed with the CPU thread count
                ++answered;
                waited_ns += wait;
                worst_ns = std::max(worst_ns, wait);
            }
        },
        "io (" + label + ")");
    if (cpu) cpu->start();
    io.start();
    io.join();
    if (cpu) cpu->join();

    const double busy_s = with_cpu ? static_cast<double>(cpu_ns) / 1e9 : 0;
    const std::string k = label + ": ";
    if (with_cpu) {
        ctx.result(k + N_("answers while the CPU thread ran"),
                   il::i18n::trf("{n} of {total}", {{"n", std::to_string(answered)}, {"total", std::to_string(p.requests)}}));
        timing_result(ctx, k + N_("I/O answers per second"), fmt("%.0f", busy_s > 0 ? static_cast<double>(answered) / busy_s : 0));
        timing_result(ctx, k + N_("CPU throughput"),
                   il::i18n::trf("{rate} units/s", {{"rate", fmt("%.0f", busy_s > 0 ? static_cast<double>(p.cpu_units) / busy_s : 0)}}));
        ctx.result(k + N_("drop requests"), static_cast<int64_t>(gil.drop_requests()));
        ctx.result(k + N_("wake-ups that lost the race"), static_cast<int64_t>(gil.lost_races()));
    }
    timing_result(ctx, k + N_("mean wait for the GIL after I/O"),
                  answered ? fmt("%.2f ms", static_cast<double>(waited_ns) / 1e6 / static_cast<double>(answered)) : N_("none"));
    timing_result(ctx, k + N_("worst wait"), fmt("%.2f ms", static_cast<double>(worst_ns) / 1e6));
    timing_result(ctx, k + N_("first answer after"), fmt("%.1f ms", static_cast<double>(first_ns) / 1e6));
    print(k + std::to_string(answered) + " answers handled" + (with_cpu ? " while the CPU thread ran" : "") +
          ", mean wait " +
          (answered ? fmt("%.2f ms", static_cast<double>(waited_ns) / 1e6 / static_cast<double>(answered)) : "-") + "\n");
}

// [SECTION] The scenarios, one after the other
void run(RunContext& ctx) {
    Params p{ctx[kRequests], ctx[kCpuUnits],
             ctx[kIoMs] / 1000, ctx[kSwitchIntervalMs] / 1000,
             static_cast<uint32_t>(ctx[kCheckInterval])};
    if (stepping()) {
        p.requests = std::min<int64_t>(p.requests, 3);
        p.cpu_units = std::min<int64_t>(p.cpu_units, 20);
        print("(step mode: cut to 3 requests and 20 units of CPU work; the waits are on the logical clock, which only sleeps and time-outs move)\n");
    }
    const std::string& which = ctx[kDesigns];
    scenario(ctx, p, "alone", GilDesign::Switching, false);
    if (which != "old") scenario(ctx, p, "new", GilDesign::Switching, true);
    if (which != "new") scenario(ctx, p, "old", GilDesign::Ticks, true);
}

}  // namespace

IL_DEMO({
    .id = "gil.convoy",
    .title = "GIL: an I/O thread next to a CPU-bound thread",
    .group = "GIL",
    .summary = "A model of CPython's GIL: how long an I/O-bound thread waits for the GIL when a CPU-bound "
               "thread holds it, under the new and the old design.",
    .explanation =
        "This is a model of CPython's GIL. The I/O thread makes requests in a loop: a blocking I/O call of "
        "io_ms (which releases the GIL, as real I/O calls do), then a little bytecode to handle the answer, for "
        "which it needs the GIL back. First it runs alone and gets the GIL back at once. Then a CPU-bound "
        "thread computes next to it. New design (Python 3.2+): the CPU thread never lets go by itself, so each "
        "time the I/O thread must wait a full switch interval (5 ms), set the drop request and only then get "
        "the GIL: every request costs 5 ms of waiting on top of its 1 ms of I/O. This slow-down of I/O threads "
        "by a CPU-bound one is called the convoy effect. Old design (before 3.2): the CPU thread releases the "
        "GIL every 100 ticks but takes it straight back; the woken I/O thread finds it taken again (a lost "
        "race), so it barely runs until the CPU thread has finished — the unfairness the course describes. "
        "The results give, for each case, the mean and worst wait for the GIL after an I/O call and how many "
        "answers the I/O thread handled while the CPU thread was running.",
    .python =
        "import threading, time, socket\n"
        "def cpu():\n"
        "    n = 30_000_000\n"
        "    while n: n -= 1                 # holds the GIL\n"
        "def io():\n"
        "    for _ in range(40):\n"
        "        t0 = time.perf_counter()\n"
        "        time.sleep(0.001)            # stands for recv(): releases the GIL\n"
        "        # ... back here the thread needs the GIL again\n"
        "        print('waited', time.perf_counter() - t0 - 0.001)\n"
        "threading.Thread(target=cpu).start()\n"
        "threading.Thread(target=io).start()\n",
    .try_this = {"Compare the mean waits: about 0 alone, about one switch interval with the new design, and "
                 "with the old design almost no answers at all while the CPU thread runs.",
                 "Set switch_interval_ms=1: the new design's mean wait drops to about 1 ms.",
                 "Zoom into the 'GIL (new)' lane: each short hold by the io thread follows a drop request and "
                 "the cpu thread's release.",
                 "Set designs=old and look at the io thread's lane: blocked on the GIL for nearly the whole run "
                 "of the cpu thread."},
    .params = {kDesigns, kRequests, kIoMs, kCpuUnits, kSwitchIntervalMs, kCheckInterval},
    .run = &run,
    .focus = {.views = {LessonView::Timeline, LessonView::Console, LessonView::Source}, .lanes = {"GIL*"}},
});
