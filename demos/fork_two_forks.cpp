// demos/fork_two_forks.cpp — What this shows: two fork() calls one after the
// other give four processes, not three. The first fork makes two processes;
// both of them then run the second fork, and each gets a child of its own:
// MainThread has Child-1 and Child-2, and Child-1 has Child-1/Child-1.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using il::core::getpid;  // Python's os.getpid(), not the C library's
using il::core::getppid;

void run(RunContext& ctx) {
    // [SECTION] Setup
    // Counts the processes that reach the end (shared memory, guarded by a lock
    // that also works across fork).
    Shared<int64_t> processes("processes", 0);
    Lock count_lock("count_lock");

    // [SECTION] Workers
    int ret = fork_process();  // first fork: 1 process becomes 2
    print(ret == 0 ? "1  (child of the first fork)\n" : "2  (parent at the first fork)\n");

    ret = fork_process();  // second fork: run by BOTH processes, 2 become 4
    print(ret == 0 ? "11 (child of the second fork)\n" : "22 (parent at the second fork)\n");

    {
        Lock::Guard hold(count_lock);
        processes.store(processes.load() + 1);
    }
    print("I am pid " + std::to_string(getpid()) + ", my parent is " + std::to_string(getppid()) + "\n");

    // Every process collects its own children before it ends.
    while (wait_child().first != -1) {
    }
    if (current_process_name() != "MainProcess") exit_process(0);

    // [SECTION] Checks
    ctx.result(N_("processes"), processes.peek());
    print("processes that ran to the end: " + std::to_string(processes.peek()) + "\n");
}

}  // namespace

IL_DEMO({
    .id = "fork.two_forks",
    .title = "Two forks in a row: four processes",
    .group = "fork",
    .summary = "fork(); fork(); makes 4 processes: the second fork runs in both the parent and the first child.",
    .explanation =
        "The first fork() turns one process into two, and both continue with the next line, which is the second "
        "fork(). So the second fork runs twice, once in each process, and each of them gets a new child: 2 x 2 = "
        "4 processes. The console shows it: '2' and '1' once each (the first fork), '22' and '11' twice each (the "
        "second fork). The process tree shows who is whose child: MainThread has Child-1 (first fork) and Child-2 "
        "(its second fork), and Child-1 has Child-1/Child-1 (its own second fork). n forks in a row give 2^n "
        "processes. Compare fork.nested, where the second fork sits inside the parent's branch and you get 3.",
    .python =
        "import os\n"
        "ret = os.fork()\n"
        "print('1' if ret == 0 else '2')\n"
        "ret = os.fork()       # runs in both processes\n"
        "print('11' if ret == 0 else '22')\n"
        "# output (one possible order): 2 22 1 11 11 22\n",
    .try_this = {"Run it and count: '11' and '22' each appear twice, and the result says processes = 4.",
                 "Open the process tree: Child-1/Child-1 hangs under Child-1, not under MainThread.",
                 "In step mode, grant only MainThread: it forks Child-1, prints 2, forks Child-2, prints 22 and its "
                 "pid line, then waits; Child-1 has not even started its own second fork yet."},
    .params = {},
    .run = &run,
    .focus = {.views = {LessonView::ProcessTree, LessonView::Console, LessonView::Source}},
});
