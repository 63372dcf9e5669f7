// demos/fork_order.cpp — What this shows: after fork() the parent and the
// child run at the same time, and which of them prints first, and how their
// lines mix, is decided by the operating system's scheduler, not by the code.
// Each process prints a few numbered lines with a pause in between; run it
// twice, or step it in two different orders, and the console differs.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kLines = param::Int("lines", 3, 1, 20, "lines each process prints");
const auto kPause = param::Double("pause", 0.05, 0.0, 1.0, "seconds each process sleeps after a line");

// [SECTION] Workers
void say(const std::string& who, int lines, double pause) {
    for (int i = 1; i <= lines; ++i) {
        print(who + " line " + std::to_string(i) + "\n");
        sleep(pause);
    }
}

void run(RunContext& ctx) {
    const int lines = static_cast<int>(ctx[kLines]);
    const double pause = ctx[kPause];

    // [SECTION] Setup
    const int ret = fork_process();
    if (ret == 0) {
        say("child ", lines, pause);
        exit_process(0);
    }
    say("parent", lines, pause);

    // [SECTION] Checks
    wait_child(ret);
    ctx.result(N_("lines per process"), lines);
}

}  // namespace

IL_DEMO({
    .id = "fork.order",
    .title = "Who runs first after fork()? The scheduler decides",
    .group = "fork",
    .summary = "Parent and child print in turn; the order changes from run to run and with the steps you choose.",
    .explanation =
        "Once fork() has returned there are two independent processes, and the operating system decides which one "
        "runs on which CPU and when. Nothing in the program says 'parent first'. Here both print `lines` numbered "
        "lines with a short sleep in between. In run mode the interleaving on the console (and on the timeline, "
        "where the two lanes overlap) depends on timing you do not control, so it can differ between runs. In "
        "step mode you are the scheduler: the order of the lines is exactly the order in which you grant "
        "MainThread and Child-1. Each process's own lines always stay in order (1, 2, 3 …): only the mixing "
        "between processes is up for grabs.",
    .python =
        "import os, time\n"
        "ret = os.fork()\n"
        "who = 'child ' if ret == 0 else 'parent'\n"
        "for i in range(1, 4):\n"
        "    print(who, 'line', i)\n"
        "    time.sleep(0.05)\n"
        "if ret == 0:\n"
        "    os._exit(0)\n"
        "os.wait()\n",
    .try_this = {"Set pause=0 and run it several times: how the lines of parent and child mix can change from one run to "
                 "the next (nothing guarantees it does).",
                 "In step mode, after MainThread's fork, keep granting Child-1 until it is done, then MainThread: "
                 "all child lines come first.",
                 "Step again, now alternating MainThread and Child-1: the lines alternate parent, child, parent …",
                 "Whatever you choose, 'parent line 2' never comes before 'parent line 1'."},
    .params = {kLines, kPause},
    .run = &run,
    .visible_sharing = true,
});
