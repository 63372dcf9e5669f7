// demos/fork_getpid.cpp — What this shows: every process has a pid
// (os.getpid()) and knows its parent's pid (os.getppid()). After fork(), the
// child's getppid() is the parent's getpid(), and the parent's fork() return
// value is the child's getpid(): the numbers link the two into a tree.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using il::core::getpid;  // Python's os.getpid(), not the C library's
using il::core::getppid;

void run(RunContext& ctx) {
    // [SECTION] Setup
    // Nothing to prepare: one process, about to become two.

    // [SECTION] Workers
    const int ret = fork_process();
    if (ret == 0) {
        print("child:  getpid() = " + std::to_string(getpid()) + ", getppid() = " + std::to_string(getppid()) +
              "\n");
        ctx.result(N_("child getpid()"), getpid());
        ctx.result(N_("child getppid()"), getppid());
        exit_process(0);
    }
    print("parent: getpid() = " + std::to_string(getpid()) + ", fork() returned " + std::to_string(ret) + "\n");
    print("parent: getppid() = " + std::to_string(getppid()) + " (whoever started this program)\n");
    ctx.result(N_("parent getpid()"), getpid());
    ctx.result(N_("parent fork() returned"), ret);

    // [SECTION] Checks
    wait_child(ret);
}

}  // namespace

IL_DEMO({
    .id = "fork.getpid",
    .title = "getpid() and getppid() on both sides of fork()",
    .group = "fork",
    .summary = "Parent and child print their pid and their parent's pid; the numbers form a tree.",
    .explanation =
        "A process can ask for its own id, os.getpid(), and for the id of the process that created it, "
        "os.getppid(). Both processes print them here. Two pairs of numbers match: the parent's getpid() and the child's "
        "getppid(); and, the other way round, the parent's fork() return value and the child's getpid(). That is "
        "the whole family tree of two processes, and the process-tree panel draws it from exactly these numbers. "
        "The parent's own getppid() is the program that started it (here, Interleave's run launcher; in a "
        "terminal, your shell).",
    .python =
        "import os\n"
        "ret = os.fork()\n"
        "if ret == 0:\n"
        "    print('child:  pid', os.getpid(), 'ppid', os.getppid())\n"
        "    os._exit(0)\n"
        "else:\n"
        "    print('parent: pid', os.getpid(), 'fork returned', ret)\n"
        "    print('parent: ppid', os.getppid())\n"
        "    os.wait()\n",
    .try_this = {"Run it: the child's getppid() equals the parent's getpid(), and the parent's fork() return value "
                 "equals the child's getpid() (see the results).",
                 "Open the process tree: Child-1 is drawn under MainThread with the same pid/ppid pair.",
                 "In step mode, grant Child-1 first and then MainThread: the lines swap, and the pairs still match (the pids "
                 "themselves are new on every run)."},
    .params = {},
    .run = &run,
    .visible_sharing = true,
});
