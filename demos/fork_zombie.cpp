// demos/fork_zombie.cpp — What this shows: a child that has exited but has
// not been waited for is a zombie: it runs no code any more, but the kernel
// keeps its entry (pid, exit status) until the parent collects it with
// wait()/waitpid(). The parent reads the child's state from /proc before and
// after waiting: 'Z' (zombie), then gone.
#include <unistd.h>

#include <fstream>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kLinger = param::Double("linger", 0.3, 0.0, 5.0, "seconds the parent waits before calling waitpid");

// The state letter of a process from /proc/PID/stat ('R', 'S', 'Z' …), or ""
// when the kernel no longer knows the pid.
std::string proc_state(int pid) {
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!f || !std::getline(f, stat)) return "";
    const size_t close = stat.rfind(')');
    return close == std::string::npos || close + 2 >= stat.size() ? "" : stat.substr(close + 2, 1);
}

// Looks at the child once it has finished exiting. An exit in progress takes
// microseconds (the bounded wait); in step mode the child may not have been
// granted its exit yet, so keep looking a step at a time (bounded too).
std::string state_once_settled(int pid) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        for (int i = 0; i < 300 && proc_state(pid) != "Z"; ++i) usleep(1000);
        if (proc_state(pid) == "Z") break;
        sleep(0.05);
    }
    return proc_state(pid);
}

std::string describe(const std::string& state) {
    if (state.empty()) return N_("gone (reaped)");
    if (state == "Z") return N_("Z (zombie)");
    return state + " (still running)";
}

void run(RunContext& ctx) {
    // [SECTION] Setup
    const double linger = ctx[kLinger];

    // [SECTION] Workers
    const int child = fork_process();
    if (child == 0) {
        print("child: my work is done, exiting with status 7\n");
        exit_process(7);
    }
    sleep(linger);  // the parent is busy with other things and does not wait yet
    const std::string before = describe(state_once_settled(child));
    print("parent: my child " + std::to_string(child) + " is " + before + "\n");
    ctx.result(N_("child state before wait()"), before);

    // [SECTION] Checks
    const auto [pid, status] = wait_child(child);  // os.waitpid(child, 0)
    const std::string after = describe(proc_state(child));
    print("parent: waitpid() returned pid " + std::to_string(pid) + " with status " + std::to_string(status) +
          "; the child is now " + after + "\n");
    ctx.result(N_("exit status collected by wait()"), status);
    ctx.result(N_("child state after wait()"), after);
}

}  // namespace

IL_DEMO({
    .id = "fork.zombie",
    .title = "A child not waited for is a zombie",
    .group = "fork",
    .summary = "The child exits; until the parent calls wait(), /proc shows it as 'Z' (zombie).",
    .explanation =
        "When a process exits, the kernel frees its memory but keeps a small record: its pid and its exit status, "
        "because the parent may still want to know how it ended. Until the parent asks, with os.wait() or "
        "os.waitpid(), the child is a zombie: dead, but still in the process table (ps shows it as <defunct>, "
        "state Z). Here the child exits with status 7 at once, while the parent is busy for `linger` seconds; "
        "then the parent reads the child's state from /proc and finds 'Z', and calls waitpid(), which returns "
        "the status 7 and removes the zombie for good. On the timeline Child-1's lane shows a zombie stretch from its exit to the moment the parent "
        "reaps it. A program that forks many children and never waits leaks zombies; multiprocessing's join() "
        "does the waiting for you.",
    .python =
        "import os, time\n"
        "child = os.fork()\n"
        "if child == 0:\n"
        "    os._exit(7)\n"
        "time.sleep(0.5)\n"
        "print(open(f'/proc/{child}/stat').read().split(')')[1].split()[0])   # 'Z'\n"
        "pid, status = os.waitpid(child, 0)\n"
        "print(os.WEXITSTATUS(status))   # 7\n",
    .try_this = {"Run it: 'child state before wait()' is Z (zombie), after wait() it is gone, and the collected "
                 "status is 7.",
                 "Set linger=2: the zombie stretch on Child-1's timeline lane grows to two seconds.",
                 "In step mode, grant Child-1 to the end, then look at the process tree: Child-1 is a zombie "
                 "until you grant MainThread its waitpid. (If you grant only MainThread, it keeps looking, one "
                 "step at a time, and finds no zombie until you let Child-1 exit; after 100 looks it gives up and "
                 "reports the child as still running.)"},
    .params = {kLinger},
    .run = &run,
});
