// demos/process_terminate.cpp — What this shows: terminate() stops a child
// process from outside, whatever it is doing. The child would work for a long
// time; the parent lets it run a little, sends it SIGTERM with terminate(),
// joins it, and reads its exitcode: -15, "killed by signal 15". A Process that
// finishes by itself has exitcode 0, one that raised has 1.
#include <cstdio>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kSlices = param::Int("slices", 50, 1, 500, "0.1 s slices of work in the child");
const auto kPatience = param::Double("patience", 0.35, 0.0, 30.0, "seconds the parent waits in join(timeout)");

// [SECTION] Workers
// The child: a long job, one slice at a time (bounded, so a run without
// terminate() still ends).
void long_job(int slices) {
    for (int i = 1; i <= slices; ++i) {
        print("working on slice " + std::to_string(i) + "\n");
        sleep(0.1);
    }
    print("finished all the slices by itself\n");
}

void run(RunContext& ctx) {
    const int slices = static_cast<int>(ctx[kSlices]);
    const double patience = ctx[kPatience];

    // [SECTION] Setup
    Process p([slices] { long_job(slices); }, "worker");
    p.start();
    print("started " + p.name() + " (pid " + std::to_string(p.pid()) + ")\n");

    // Give it some time, then stop it.
    const bool ended = p.join(patience);
    char shown[32];
    std::snprintf(shown, sizeof shown, "%g", patience);
    print(std::string("after join(") + shown + "): is_alive = " + (p.is_alive() ? "True" : "False") + "\n");
    if (!ended) {
        p.terminate();
        print("terminate() sent SIGTERM\n");
        p.join();
    }

    // [SECTION] Checks
    const int code = p.exitcode().value_or(0);
    print("exitcode = " + std::to_string(code) + "\n");
    ctx.result(N_("terminated"), ended ? N_("no (it finished first)") : N_("yes"));
    ctx.result("exitcode", code);
    ctx.result(N_("is_alive after join"), p.is_alive() ? "True" : "False");
}

}  // namespace

IL_DEMO({
    .id = "process.terminate",
    .title = "terminate(): stopping a child from outside",
    .group = "Process",
    .summary = "A long-running child is stopped with terminate(); its exitcode becomes -15.",
    .explanation =
        "The child process named 'worker' has a long job: `slices` slices of 0.1 s each, printing as it goes. "
        "The parent waits at most `patience` seconds with join(timeout); join returns either way, and "
        "is_alive() tells whether the child is still running. If it is, terminate() sends it SIGTERM: the "
        "operating system ends the child at once, in the middle of whatever it was doing, and the rest of its "
        "job never runs. After join() the exitcode is -15: a negative exitcode means 'killed by that signal' "
        "(15 is SIGTERM), exactly as in Python. Watch the worker's lane end abruptly on the timeline, with no "
        "'finished' line on the console. terminate() is a blunt tool: a child killed this way cannot release "
        "locks it holds or flush what it was writing.",
    .python =
        "from multiprocessing import Process\n"
        "import time\n"
        "def long_job(slices):\n"
        "    for i in range(1, slices + 1):\n"
        "        print('working on slice', i)\n"
        "        time.sleep(0.1)\n"
        "    print('finished all the slices by itself')\n"
        "p = Process(target=long_job, args=(50,), name='worker')\n"
        "p.start()\n"
        "p.join(0.35)\n"
        "print('is_alive =', p.is_alive())\n"
        "if p.is_alive():\n"
        "    p.terminate()\n"
        "    p.join()\n"
        "print('exitcode =', p.exitcode)   # -15\n",
    .try_this = {"Run it: a few slices are printed, then terminate() stops the worker and exitcode is -15.",
                 "Set patience=10 and slices=5: the worker finishes first, is_alive is False after join and exitcode is 0.",
                 "In step mode, grant MainThread until it waits in join: choosing 'time out' for that join "
                 "makes it return at once with the worker still alive, and terminate() follows."},
    .params = {kSlices, kPatience},
    .run = &run,
});
