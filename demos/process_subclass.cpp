// demos/process_subclass.cpp — What this shows: the other way to make a
// process: subclass Process and override run(). start() without a target
// runs the overridden run() in the child. The subclass passes its own data
// (an interval) through its constructor, after initialising Process itself.
#include <chrono>
#include <cstdio>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using il::core::getpid;  // Python's os.getpid(), not the C library's
using il::core::getppid;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kInterval = param::Double("interval", 0.3, 0.0, 5.0, "seconds the child sleeps in run()");

std::string seconds_since(std::chrono::steady_clock::time_point t0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return buf;
}

// [SECTION] Workers
class TimedProcess : public Process {
public:
    // Process's own constructor runs first (Python: Process.__init__(self)).
    TimedProcess(RunContext& ctx, double interval) : ctx_(ctx), interval_(interval) {}

protected:
    void run() override {  // what start() runs in the child
        print("child " + std::to_string(getpid()) + " starts, its parent is " + std::to_string(getppid()) + "\n");
        ctx_.result(N_("child's getppid()"), getppid());
        const auto t0 = std::chrono::steady_clock::now();
        sleep(interval_);
        print("child " + std::to_string(getpid()) + " finished after " + seconds_since(t0) + " s\n");
    }

private:
    RunContext& ctx_;
    double interval_;
};

void run(RunContext& ctx) {
    const double interval = ctx[kInterval];

    // [SECTION] Setup
    const auto t0 = std::chrono::steady_clock::now();
    print("main process " + std::to_string(getpid()) + "\n");
    ctx.result(N_("main pid"), getpid());
    TimedProcess p1(ctx, interval);
    p1.start();  // no target: the overridden run() is what runs
    p1.join();

    // [SECTION] Checks
    print("main process " + std::to_string(getpid()) + " finished after " + seconds_since(t0) + " s\n");
    ctx.result("p1.name", p1.name());
    ctx.result("p1.exitcode", p1.exitcode().value_or(-1));
}

}  // namespace

IL_DEMO({
    .id = "process.subclass",
    .title = "A Process subclass that overrides run()",
    .group = "Process",
    .summary = "class TimedProcess(Process) with its own run(); start() runs it in a new child process.",
    .explanation =
        "Instead of passing target=, you can write a class that inherits from Process and overrides run(). Each "
        "instance is a process-to-be; start() forks and the child calls run(). Data the child needs travels in the "
        "object: here the interval is stored by the constructor, and the child's copy of the object (see "
        "fork.process_copy) still has it. In Python the subclass's __init__ must call Process.__init__(self) "
        "first, or the object is not a working Process; in C++ the base class is always constructed first. The "
        "child prints its pid and its parent's pid, sleeps for the interval and says how long it took; main "
        "joins it and reports the total. The name is still the default Process-1.",
    .python =
        "from multiprocessing import Process\n"
        "import os, time\n"
        "class TimedProcess(Process):\n"
        "    def __init__(self, interval):\n"
        "        Process.__init__(self)\n"
        "        self.interval = interval\n"
        "    def run(self):\n"
        "        print('child', os.getpid(), 'starts, parent', os.getppid())\n"
        "        t0 = time.time()\n"
        "        time.sleep(self.interval)\n"
        "        print('child', os.getpid(), 'finished after %.2f s' % (time.time() - t0))\n"
        "p1 = TimedProcess(2)\n"
        "p1.start()        # no target: runs p1.run() in the child\n"
        "p1.join()\n",
    .try_this = {"Run it: the child's parent pid equals the main process's pid, and main finishes just after the "
                 "child.",
                 "Set interval=1.5: main's total time follows, because join() waits for the child.",
                 "In step mode, Process-1 is listed (new, not started) as soon as MainThread creates the object, "
                 "and becomes a running process when MainThread's start() is granted; its first grant takes it "
                 "into run(), up to its first print."},
    .params = {kInterval},
    .run = &run,
});
