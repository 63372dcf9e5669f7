// demos/process_main_waits.cpp — What this shows: the main process waits
// for its child processes before it ends, even if it never calls join():
// multiprocessing joins every non-daemon child at exit. Daemon children are
// the exception: they are terminated when the main process ends.
#include <memory>
#include <string>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kChildren = param::Int("children", 2, 1, 6, "child processes to start");
const auto kRounds = param::Int("rounds", 3, 1, 20, "chores per child");
const auto kPause = param::Double("pause", 0.1, 0.0, 2.0, "seconds per chore");
const auto kDaemon = param::Bool("daemon", false, "make the children daemon processes");

// [SECTION] Workers
void chores(int rounds, double pause) {
    for (int i = 1; i <= rounds; ++i) {
        print(current_process_name() + ": chore " + std::to_string(i) + " of " + std::to_string(rounds) + "\n");
        sleep(pause);
    }
    print(current_process_name() + ": all chores done\n");
}

void run(RunContext& ctx) {
    const int children = static_cast<int>(ctx[kChildren]);
    const int rounds = static_cast<int>(ctx[kRounds]);
    const double pause = ctx[kPause];
    const bool daemon = ctx[kDaemon];

    // [SECTION] Setup
    std::vector<std::unique_ptr<Process>> procs;
    for (int i = 0; i < children; ++i)
        procs.push_back(std::make_unique<Process>([rounds, pause] { chores(rounds, pause); }, "", daemon));
    for (auto& p : procs) p->start();

    // [SECTION] Checks
    ctx.result(N_("daemon children"), daemon ? N_("yes") : N_("no"));
    print("main: my code ends here, without join()\n");
    // Returning from the main program is the interpreter's exit: it joins the
    // non-daemon children first (and terminates daemon ones).
}

}  // namespace

IL_DEMO({
    .id = "process.main_waits",
    .title = "The main process waits for its children",
    .group = "Process",
    .summary = "Main starts children and ends without join(); it still waits for them (daemons are terminated).",
    .explanation =
        "The main program here starts a few child processes and then reaches its last line without calling "
        "join(). It does not simply end and leave them behind: when a Python program exits, multiprocessing "
        "joins every child process that is not a daemon. So 'main: my code ends here' is printed early, the "
        "children keep doing their chores, and MainThread's lane stays alive, waiting for each child, until the "
        "last one is done. With daemon=true the children are daemon processes: the main process does not wait "
        "for them but terminates them when it ends, so their remaining chores never happen (exitcode -15). "
        "Raw os.fork() children get neither treatment: see fork.orphan.",
    .python =
        "from multiprocessing import Process\n"
        "import time\n"
        "def chores():\n"
        "    for i in range(1, 4):\n"
        "        print('chore', i)\n"
        "        time.sleep(0.1)\n"
        "for _ in range(2):\n"
        "    Process(target=chores, daemon=False).start()\n"
        "print('main: my code ends here, without join()')\n"
        "# the interpreter now waits for both children\n",
    .try_this = {"Run it: 'main: my code ends here' comes while the children are still at their first chore "
                 "(whether before or after their first lines is the scheduler's choice), yet every child reaches "
                 "'all chores done'.",
                 "Set daemon=true: the children are terminated as soon as main ends, and their chores stop.",
                 "In step mode, grant MainThread only: after its last print it is blocked, joining Process-1, "
                 "until you let the children finish."},
    .params = {kChildren, kRounds, kPause, kDaemon},
    .run = &run,
    .visible_sharing = true,
});
