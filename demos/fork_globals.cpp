// demos/fork_globals.cpp — What this shows: fork() gives the child a copy of
// the parent's memory, not a shared view of it. A global the child changes
// (g_num: 100 -> 101) is unchanged in the parent, which still prints 100. For
// contrast, a Shared value (like multiprocessing.Value) lives in memory both
// processes map, so the child's change to it is seen by the parent.
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// An ordinary global: each process has its own copy after fork().
int g_num = 100;

void run(RunContext& ctx) {
    // [SECTION] Setup
    g_num = 100;
    Shared<int64_t> shared_num("shared_num", 100);  // multiprocessing.Value('i', 100)

    // [SECTION] Workers
    const int ret = fork_process();
    if (ret == 0) {
        g_num += 1;
        shared_num.store(shared_num.load() + 1);
        print("child:  g_num = " + std::to_string(g_num) + ", shared_num = " + std::to_string(shared_num.load()) +
              "\n");
        ctx.result(N_("g_num in the child"), g_num);
        exit_process(0);
    }
    wait_child(ret);  // the child has certainly made its change by now

    // [SECTION] Checks
    print("parent: g_num = " + std::to_string(g_num) + ", shared_num = " + std::to_string(shared_num.load()) + "\n");
    ctx.result(N_("g_num in the parent"), g_num);
    ctx.result(N_("shared_num in the parent"), shared_num.peek());
}

}  // namespace

IL_DEMO({
    .id = "fork.globals",
    .title = "Globals are copied, not shared, by fork()",
    .group = "fork",
    .summary = "The child adds 1 to g_num (101); the parent still sees 100. A Shared value is seen by both.",
    .explanation =
        "After fork() each process has its own memory. The child starts with an exact copy of the parent's "
        "variables, so it sees g_num = 100 too, but when it changes g_num to 101 it changes its own copy only. "
        "The parent waits for the child to finish (so the change has certainly happened) and still prints 100. "
        "Processes do not share globals; to exchange data they need a channel: a pipe, a Queue, a file, or "
        "memory made for sharing. shared_num is such memory (it plays multiprocessing.Value): it lives in a "
        "mapping both processes see, so the parent reads the child's 101. Compare with thread.shared_globals, "
        "where threads of one process do share g_num.",
    .python =
        "import os\n"
        "from multiprocessing import Value\n"
        "g_num = 100\n"
        "shared_num = Value('i', 100)\n"
        "ret = os.fork()\n"
        "if ret == 0:\n"
        "    g_num += 1\n"
        "    shared_num.value += 1\n"
        "    print('child: ', g_num, shared_num.value)    # 101 101\n"
        "    os._exit(0)\n"
        "os.waitpid(ret, 0)\n"
        "print('parent:', g_num, shared_num.value)        # 100 101\n",
    .try_this = {"Run it: the child prints g_num = 101, the parent g_num = 100, and both print shared_num = 101.",
                 "In step mode, grant Child-1 up to its print, then look at the inspector: shared_num is 101 in "
                 "the arena, while g_num is not an object at all, just a copy in each process's own memory.",
                 "Step MainThread as far as it can go: it stops at waitpid until Child-1 has finished."},
    .params = {},
    .run = &run,
    .visible_sharing = true,
});
