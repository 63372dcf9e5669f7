// demos/fork_orphan.cpp — What this shows: a process whose parent exits
// first becomes an orphan, and the system gives it a new parent. Child-1 forks
// a child of its own and leaves at once without waiting for it. The grandchild
// reads getppid() before and after: first Child-1's pid, then the pid of the
// process that adopted it (here the run process, MainThread's process, which
// is a "child subreaper"; in a terminal it would be init, pid 1, or your
// session's subreaper).
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using il::core::getpid;  // Python's os.getpid(), not the C library's
using il::core::getppid;

void run(RunContext& ctx) {
    // [SECTION] Setup
    // Events work across processes; they only pin down the order of the story.
    Event ppid_read("ppid_read");      // the grandchild has read its first ppid
    Event parent_gone("parent_gone");  // Child-1 has exited and been collected

    // [SECTION] Workers
    const int middle = fork_process();
    if (middle == 0) {  // Child-1: will leave without waiting
        if (fork_process() == 0) {  // Child-1/Child-1: will become the orphan
            const int before = getppid();
            print("orphan-to-be: my parent is " + std::to_string(before) + "\n");
            ctx.result(N_("grandchild's ppid at first"), before);
            ppid_read.set();
            parent_gone.wait();
            const int after = getppid();
            print("orphan: my parent is now " + std::to_string(after) + " (I was adopted)\n");
            ctx.result(N_("grandchild's ppid after its parent exited"), after);
            exit_process(0);
        }
        ctx.result(N_("Child-1 pid"), getpid());
        ppid_read.wait();
        print("Child-1: I exit now, without waiting for my child\n");
        exit_process(0);
    }

    // MainThread collects Child-1; by then the kernel has re-parented the grandchild.
    wait_child(middle);
    print("MainThread: Child-1 is gone; my pid is " + std::to_string(getpid()) + "\n");
    ctx.result(N_("MainThread pid (the adopting subreaper)"), getpid());
    parent_gone.set();

    // [SECTION] Checks
    // The orphan is not our child, so wait_child() cannot collect it: the run
    // process, its new parent, reaps it when the demo is over.
}

}  // namespace

IL_DEMO({
    .id = "fork.orphan",
    .title = "A parent that exits first leaves an orphan",
    .group = "fork",
    .summary = "Child-1 exits before its own child; the grandchild is re-parented and its getppid() changes.",
    .explanation =
        "Processes do not have to end in order. Child-1 forks a child and exits straight away, without waiting. "
        "Its child, Child-1/Child-1, keeps running: it is now an orphan. An orphan is not left without a parent: "
        "the kernel re-parents it, normally to init (pid 1), or to the nearest ancestor that declared itself a "
        "'child subreaper'. Interleave's run process (MainThread's process) is such a subreaper, so the orphan "
        "stays visible and is reaped properly. Watch the results: the grandchild's getppid() first equals Child-1's "
        "pid, and after Child-1 has exited it equals MainThread's pid. The process tree marks it as an orphan. The "
        "course's example shows the same thing in a terminal: the parent finishes, the shell prompt comes back, "
        "and the child's last line appears after it.",
    .python =
        "import os, time\n"
        "if os.fork() == 0:                 # Child-1\n"
        "    if os.fork() == 0:             # its child\n"
        "        print('my parent is', os.getppid())\n"
        "        time.sleep(1)              # meanwhile its parent exits\n"
        "        print('my parent is now', os.getppid())   # 1, or a subreaper\n"
        "        os._exit(0)\n"
        "    os._exit(0)                    # leaves without waiting\n"
        "os.wait()\n",
    .try_this = {"Run it: compare 'grandchild's ppid at first' with 'Child-1 pid', and the later ppid with "
                 "'MainThread pid': the orphan was adopted.",
                 "In step mode, watch Child-1/Child-1 in the process tree once Child-1 has exited: it is flagged "
                 "as an orphan, and it is the run process, not MainThread's code, that finally reaps it.",
                 "Step Child-1 as soon as you can: it still cannot exit before the grandchild has read its first "
                 "ppid (it waits on the event ppid_read), so the story always reads the same."},
    .params = {},
    .run = &run,
});
