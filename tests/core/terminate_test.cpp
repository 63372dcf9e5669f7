// Process.terminate(): the child dies of SIGTERM (exitcode -15) and only the
// child — the run process's own SIGTERM handler is not inherited — and in step
// mode a child killed while parked is never offered as a choice again.
#include <doctest.h>

#include "core/observer/director.hpp"
#include "core/observer/observe.hpp"
#include "core/runtime/runtime.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;

namespace {

void terminate_parked_child(RunContext& ctx) {
    Process p([] {
        for (int i = 0; i < 1000; ++i) sleep(0.05);
    });
    p.start();
    p.terminate();
    p.join();
    ctx.result("exitcode", p.exitcode().value_or(0));
}

void terminate_daemon_at_exit(RunContext&) {
    Process p([] {
        for (int i = 0; i < 1000; ++i) sleep(0.05);
    }, "daemon", true);
    p.start();
    print("main returns\n");
}

IL_DEMO({.id = "test.terminate_child", .title = "t", .group = "Test", .summary = {}, .explanation = {},
         .python = {}, .try_this = {}, .params = {}, .run = &terminate_parked_child, .source_file = {}});
IL_DEMO({.id = "test.terminate_daemon", .title = "t", .group = "Test", .summary = {}, .explanation = {},
         .python = {}, .try_this = {}, .params = {}, .run = &terminate_daemon_at_exit, .source_file = {}});

}  // namespace

TEST_CASE("terminate: the child ends with -15, the run carries on, and it is not reported as a crash") {
    for (DirectorMode m : {DirectorMode::Run, DirectorMode::Step}) {
        const Observation o = il::test::observe_round_robin("test.terminate_child", m);
        CHECK_MESSAGE(!o.failed, o.outcome);
        CHECK(o.exit.exited);
        CHECK(o.exit.code == 0);
        CHECK(o.store.result("exitcode") == std::optional<std::string_view>("-15"));
        // The worker table (what the process tree shows) has the code the parent collected.
        const TraceStore& s = o.store;
        for (uint16_t w = 0; w < s.worker_count(); ++w)
            if (s.worker(w).name == "Process-1") CHECK(s.worker(w).exitcode == -15);
    }
}

TEST_CASE("terminate: a daemon process is terminated when the main process ends, in run and step mode") {
    for (DirectorMode m : {DirectorMode::Run, DirectorMode::Step}) {
        const Observation o = il::test::observe_round_robin("test.terminate_daemon", m);
        CHECK_MESSAGE(!o.failed, o.outcome);
        CHECK(o.exit.exited);
        CHECK(o.exit.code == 0);
    }
}
