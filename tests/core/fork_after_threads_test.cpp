// A process forked after threads were started (and even joined) starts with
// none of them: the copied std::thread handles must not abort the child.
#include <doctest.h>

#include "core/observer/director.hpp"
#include "core/observer/observe.hpp"
#include "core/runtime/runtime.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;

namespace {

void threads_then_process(RunContext& ctx) {
    {
        // Handles gone before the fork: only the runtime's own list still
        // holds these threads (one finished, one running).
        Thread done([] { print("a thread that has finished\n"); });
        done.start();
        done.join();
        Thread running([] { sleep(0.05); });
        running.start();
    }
    Process p([] { print("child carries on\n"); });
    p.start();
    p.join();
    if (fork_process() == 0) exit_process(3);
    ctx.result("process exitcode", p.exitcode().value_or(-1));
    ctx.result("forked child status", wait_child().second);
}

IL_DEMO({.id = "test.threads_then_process", .title = "t", .group = "Test", .summary = {}, .explanation = {},
         .python = {}, .try_this = {}, .params = {}, .run = &threads_then_process, .source_file = {}});

}  // namespace

TEST_CASE("fork: a process forked after threads were started ends normally, in run and step mode") {
    for (DirectorMode m : {DirectorMode::Run, DirectorMode::Step}) {
        const Observation ob = il::test::observe_round_robin("test.threads_then_process", m);
        CHECK_MESSAGE(!ob.failed, ob.outcome);
        CHECK(ob.store.result("process exitcode") == std::optional<std::string_view>("0"));
        CHECK(ob.store.result("forked child status") == std::optional<std::string_view>("3"));
    }
}
