// demos/thread_shared_globals.cpp — What this shows: threads of one process
// share its globals; processes do not. The same two functions run twice:
// first as two threads (work2 sees work1's g_num = 103), then as two
// processes (work2 still sees 100, because work1 changed its own copy).
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// An ordinary global, as in the course's example.
int g_num = 100;

// [SECTION] Workers
void work1() {
    for (int i = 0; i < 3; ++i) g_num += 1;
    print("in work1, g_num is " + std::to_string(g_num) + "\n");
}

int work2() {
    print("in work2, g_num is " + std::to_string(g_num) + "\n");
    return g_num;
}

void run(RunContext& ctx) {
    // [SECTION] Setup
    g_num = 100;
    print("with threads: g_num before is " + std::to_string(g_num) + "\n");
    {
        Thread t1(work1);
        t1.start();
        t1.join();  // work1 has finished before work2 starts: no race, just sharing
        Thread t2([&ctx] { ctx.result(N_("threads: work2 saw"), work2()); });
        t2.start();
        t2.join();
    }
    print("with threads: main sees " + std::to_string(g_num) + "\n");
    ctx.result(N_("threads: main sees"), g_num);

    g_num = 100;
    print("with processes: g_num before is " + std::to_string(g_num) + "\n");
    {
        Process p1(work1);
        p1.start();
        p1.join();
        Process p2([&ctx] { ctx.result(N_("processes: work2 saw"), work2()); });
        p2.start();
        p2.join();
    }

    // [SECTION] Checks
    print("with processes: main sees " + std::to_string(g_num) + "\n");
    ctx.result(N_("processes: main sees"), g_num);
}

}  // namespace

IL_DEMO({
    .id = "thread.shared_globals",
    .title = "Threads share globals, processes do not",
    .group = "Thread",
    .summary = "work1 adds 3 to g_num; as a thread its change is seen by work2 (103), as a process it is not (100).",
    .explanation =
        "All threads of a process run in the same memory, so a global is one variable for all of them: work1 "
        "adds 3 to g_num, and work2, started afterwards in another thread, reads 103. That is what makes threads "
        "convenient for sharing data, and also what makes them dangerous: two threads changing the same global at "
        "the same time can lose updates (see the Lock demos). The second half runs the very same functions as "
        "Process-1 and Process-2. Each child process gets a copy of the parent's memory at start(), so work1 "
        "changes its own copy, work2 (a fresh copy of the parent, still 100) prints 100, and so does the main "
        "process. In this demo the threads take turns (t1 is joined before t2 starts), so nothing is lost; the "
        "point is only who sees whose changes.",
    .python =
        "from threading import Thread\n"
        "from multiprocessing import Process\n"
        "g_num = 100\n"
        "def work1():\n"
        "    global g_num\n"
        "    for i in range(3):\n"
        "        g_num += 1\n"
        "    print('in work1, g_num is', g_num)\n"
        "def work2():\n"
        "    print('in work2, g_num is', g_num)\n"
        "for kind in (Thread, Process):     # 103 with threads, 100 with processes\n"
        "    g_num = 100\n"
        "    a = kind(target=work1); a.start(); a.join()\n"
        "    b = kind(target=work2); b.start(); b.join()\n",
    .try_this = {"Run it: the results say 103 for threads and 100 for processes, for work2 and for main alike.",
                 "In step mode, grant Process-1 to its print: it says 103. Then grant Process-2: it says 100, "
                 "because it was forked from MainThread, whose g_num never changed.",
                 "Compare with fork.globals, the same lesson told with os.fork()."},
    .params = {},
    .run = &run,
    .visible_sharing = true,
});
