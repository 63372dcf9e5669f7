// demos/fork_returns_twice.cpp — What this shows: os.fork() is called once
// and returns twice. Before the call there is one process; after it there are
// two, both continuing from the same line. The child sees 0 as the return
// value; the parent sees the child's pid, a positive number. The `if` on that
// value is how the same code does different things in the two processes.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using il::core::getpid;  // Python's os.getpid(), not the C library's
using il::core::getppid;

void run(RunContext& ctx) {
    // [SECTION] Setup
    print("before fork(): one process, pid " + std::to_string(getpid()) + "\n");

    // [SECTION] Workers
    const int ret = fork_process();  // one call ...
    // ... two returns: from this line on, two processes run the same code.
    if (ret == 0) {
        print("fork() returned 0: I am the child, my pid is " + std::to_string(getpid()) + "\n");
        ctx.result(N_("fork() in the child returned"), ret);
        ctx.result(N_("child's own pid"), getpid());
        exit_process(0);  // os._exit(0): the child ends here
    }
    print("fork() returned " + std::to_string(ret) + ": I am the parent, and that is my child's pid\n");
    ctx.result(N_("fork() in the parent returned"), ret);

    // [SECTION] Checks
    wait_child(ret);  // os.waitpid(ret, 0): collect the child
    print("the child has ended; one process again\n");
}

}  // namespace

IL_DEMO({
    .id = "fork.returns_twice",
    .title = "fork(): one call, two returns",
    .group = "fork",
    .summary = "os.fork() returns 0 in the child and the child's pid in the parent.",
    .explanation =
        "fork() copies the running process. The copy (the child) is identical: same code, same variables, and it "
        "carries on from the very same point, the return from fork(). So fork() is called once but returns twice, "
        "once in each process, and the only difference is the value it returns: 0 in the child, the child's pid "
        "in the parent. That is why every fork example starts with `if ret == 0:`. Look at the console: the "
        "MainThread line says fork() returned a number, and the Child-1 line shows that this very number is the "
        "child's own pid. In the process tree, Child-1 hangs under MainThread. The parent calls waitpid() at the "
        "end to collect the child (see fork.zombie for what happens when it does not).",
    .python =
        "import os\n"
        "print('before fork(): one process, pid', os.getpid())\n"
        "ret = os.fork()          # one call ...\n"
        "if ret == 0:             # ... two returns\n"
        "    print('fork() returned 0: I am the child, pid', os.getpid())\n"
        "    os._exit(0)\n"
        "else:\n"
        "    print('fork() returned', ret, ': I am the parent')\n"
        "    os.waitpid(ret, 0)\n",
    .try_this = {"Run it and compare the number MainThread prints with the pid Child-1 prints: they are equal.",
                 "In step mode, grant MainThread three times (begin, first print, fork): Child-1 appears in the "
                 "worker list, parked at the fork() line, while its parent, whose fork() has already returned, waits at "
                 "its own print after the `if`.",
                 "Still in step mode, grant Child-1 before MainThread: the child prints first. Which process goes "
                 "first is the scheduler's choice (see fork.order)."},
    .params = {},
    .run = &run,
    .visible_sharing = true,
});
