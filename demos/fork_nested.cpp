// demos/fork_nested.cpp — What this shows: where the second fork() stands
// decides how many processes you get. Here it sits inside the parent's branch
// of the first `if`, so only the parent runs it: three processes, all of them
// children of MainThread (Child-1 and Child-2), and no grandchild.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using il::core::getpid;  // Python's os.getpid(), not the C library's
using il::core::getppid;

void run(RunContext& ctx) {
    // [SECTION] Setup
    Shared<int64_t> processes("processes", 0);
    Lock count_lock("count_lock");

    // [SECTION] Workers
    int ret = fork_process();
    if (ret == 0) {
        print("1  (child of the first fork)\n");
    } else {
        print("2  (parent at the first fork)\n");
        ret = fork_process();  // only the parent gets here
        print(ret == 0 ? "11 (child of the second fork)\n" : "22 (parent at the second fork)\n");
    }

    {
        Lock::Guard hold(count_lock);
        processes.store(processes.load() + 1);
    }
    print("I am pid " + std::to_string(getpid()) + ", my parent is " + std::to_string(getppid()) + "\n");

    while (wait_child().first != -1) {
    }
    if (current_process_name() != "MainProcess") exit_process(0);

    // [SECTION] Checks
    ctx.result(N_("processes"), processes.peek());
    print("processes that ran to the end: " + std::to_string(processes.peek()) + "\n");
}

}  // namespace

IL_DEMO({
    .id = "fork.nested",
    .title = "A fork inside the parent's branch: three processes",
    .group = "fork",
    .summary = "The second fork() only runs in the parent's branch, so there are 3 processes instead of 4.",
    .explanation =
        "This is fork.two_forks with one change: the second fork() moved into the `else` branch of the first "
        "`if`, the branch only the parent takes. The child of the first fork prints '1' and skips it. So the "
        "second fork runs once, not twice, and there are three processes: MainThread, Child-1 and Child-2, both "
        "children of MainThread, with no grandchild. The console has exactly one line of each kind: 2, 1, 22, 11 "
        "(in an order the scheduler picks). Counting processes is a matter of following which code each process "
        "actually runs after each fork().",
    .python =
        "import os\n"
        "ret = os.fork()\n"
        "if ret == 0:\n"
        "    print('1')\n"
        "else:\n"
        "    print('2')\n"
        "    ret = os.fork()   # only the parent runs this\n"
        "    print('11' if ret == 0 else '22')\n"
        "# output (one possible order): 2 22 1 11\n",
    .try_this = {"Run it: each of 1, 2, 11, 22 appears exactly once, and the result says processes = 3.",
                 "Open the process tree: Child-1 and Child-2 are siblings under MainThread.",
                 "Compare with fork.two_forks, whose only difference is where the second fork() stands."},
    .params = {},
    .run = &run,
    .visible_sharing = true,
});
