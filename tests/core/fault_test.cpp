// Faults from outside: each kind of process of a run is killed with SIGKILL
// while it runs (the run process itself, a forked child, a pool worker that
// has taken a task, a process holding a Lock another one waits for). The run
// must end soon after by itself, fail, say who was killed, and leave no
// process behind. The bound checked is generous (the run's own timeout is a
// minute); the observer notices a death within 20 ms and a run that nobody
// can move any more within a second (core/observer/run_watch.hpp).
#include <doctest.h>

#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "core/common/clock.hpp"
#include "core/common/futex.hpp"
#include "core/observer/observe.hpp"
#include "core/primitives/pool.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/fault_demos.hpp"
#include "tests/support/processes.hpp"
#include "tests/support/wait.hpp"

using namespace il::core;
using il::test::group_members;

namespace {

// [SECTION] Test-only demos (registered in this binary, which hosts the runs)

int64_t slow_task(int64_t x) {
    print("task taken\n");
    sleep(30.0);
    return x;
}

void pool_task(RunContext&) {
    Pool pool(2);
    auto r = pool.apply_async(slow_task, std::tuple{int64_t{7}});
    (void)r.get();
    pool.close();
    pool.join();
}

void main_sleeps(RunContext&) {
    Process c([] { sleep(30.0); });
    c.start();
    print("main up\n");
    sleep(30.0);
    c.join();
}

#define FAULT_DEMO(ID, FN)                                                                                      \
    IL_DEMO({.id = ID, .title = ID, .group = "Test", .summary = {}, .explanation = {}, .python = {},         \
             .try_this = {}, .params = {}, .run = &FN, .source_file = {}})
FAULT_DEMO("fault.pool_task", pool_task);
FAULT_DEMO("fault.main_sleeps", main_sleeps);

struct Killed {
    Observation o;
    std::string victim;     // the worker's name
    double after_kill = 0;  // seconds from the kill to the end of observe_run
    int run_pid = 0;
};

// Observes `demo` and SIGKILLs the worker that printed `cue` (its process) as
// soon as the line shows on the console.
Killed kill_on_cue(const std::string& demo, const std::string& cue) {
    Killed k;
    ObserveOptions opt;
    opt.run.demo_id = demo;
    opt.timeout_s = 60;
    int64_t killed_at = 0;
    opt.on_progress = [&](const TraceStore& st) {
        if (!k.run_pid && st.worker_count() > 0) k.run_pid = st.worker(0).pid;
        if (killed_at) return;
        for (const ConsoleLine& c : st.console()) {
            if (st.text(c.text) != cue + "\n") continue;
            const WorkerInfo& w = st.worker(c.worker);
            if (w.pid <= 0) return;
            k.victim = w.name;
            killed_at = monotonic_ns();
            ::kill(w.pid, SIGKILL);
            return;
        }
    };
    k.o = observe_run(opt);
    k.after_kill = killed_at ? static_cast<double>(monotonic_ns() - killed_at) / 1e9 : -1;
    return k;
}

void check_nothing_left(int run_pid) {
    REQUIRE(run_pid > 0);
    CHECK(il::test::wait_until([&] { return group_members(run_pid) == 0; }));
}

}  // namespace

TEST_CASE("Faults: a forked child killed with SIGKILL is named in the outcome and the run fails") {
    const Killed k = kill_on_cue("fault.child_sleeps", "child up");
    REQUIRE(k.victim == "Process-1");
    INFO(k.o.outcome);
    CHECK(k.o.failed);
    CHECK(k.o.outcome == "Process-1 killed by SIGKILL");
    CHECK(k.after_kill < 10);
    check_nothing_left(k.run_pid);
}

TEST_CASE("Faults: a process killed while holding a Lock another waits for ends the run as stuck, naming both") {
    const Killed k = kill_on_cue("fault.lock_holder", "holding");
    REQUIRE(k.victim == "Process-1");
    INFO(k.o.outcome);
    CHECK(k.o.failed);
    CHECK(k.o.outcome.rfind("stuck: Process-1 (pid ", 0) == 0);
    CHECK(k.o.outcome.find("was killed by SIGKILL while holding the_lock") != std::string::npos);
    CHECK(k.o.outcome.find("Process-2 waits for the_lock (held by Process-1, which died)") != std::string::npos);
    CHECK(k.after_kill < 10);
    MESSAGE("ended " << k.after_kill << " s after the kill");
    check_nothing_left(k.run_pid);
}

TEST_CASE("Faults: a pool worker killed with its task ends the run as stuck, naming the worker") {
    const Killed k = kill_on_cue("fault.pool_task", "task taken");
    REQUIRE(k.victim.rfind("ForkPoolWorker-", 0) == 0);
    INFO(k.o.outcome);
    CHECK(k.o.failed);
    CHECK(k.o.outcome.rfind("stuck: " + k.victim + " (pid ", 0) == 0);
    CHECK(k.o.outcome.find("was killed by SIGKILL") != std::string::npos);
    CHECK(k.after_kill < 10);
    check_nothing_left(k.run_pid);
}

TEST_CASE("Faults: the run process killed with SIGKILL ends the run at once, and its children with it") {
    const Killed k = kill_on_cue("fault.main_sleeps", "main up");
    REQUIRE(k.victim == "MainThread");
    INFO(k.o.outcome);
    CHECK(k.o.failed);
    CHECK(k.o.outcome == "the run failed (killed by SIGKILL)");
    CHECK(k.after_kill < 10);
    check_nothing_left(k.run_pid);
}
