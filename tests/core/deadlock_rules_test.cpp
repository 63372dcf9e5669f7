// Two deadlock-detection rules: a worker waiting for a plain Lock it holds
// itself is not deadlocked while another worker could release it (Python lets
// any thread release a Lock); and in run mode a cycle that a timeout has
// already broken does not stop the run.
#include <doctest.h>

#include "core/common/deadlock.hpp"
#include "core/observer/director.hpp"
#include "core/primitives/lock.hpp"
#include "core/observer/observe.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;

namespace {

// Thread-1 takes `baton` twice; the second time it waits until Thread-2 releases it.
void released_by_another(RunContext& ctx) {
    Lock baton("baton");
    Lock go("go");
    go.acquire();
    Thread t1([&] {
        baton.acquire();
        go.release();    // let Thread-2 go on …
        baton.acquire(); // … and wait for it to release the lock we hold
        ctx.result("second acquire", "done");
    });
    Thread t2([&] {
        go.acquire();
        sleep(0.05);
        baton.release();
    });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
}

// Opposite lock order with a timed second acquire: the cycle forms and breaks.
void broken_by_timeout(RunContext& ctx) {
    Lock a("a"), b("b");
    auto task = [](Lock& first, Lock& second, double backoff) {
        for (;;) {
            first.acquire();
            sleep(0.05);
            if (second.acquire(true, 0.1)) {
                second.release();
                first.release();
                return;
            }
            first.release();
            sleep(backoff);
        }
    };
    Thread t1([&] { task(a, b, 0.02); });
    Thread t2([&] { task(b, a, 0.2); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
    ctx.result("finished", "yes");
}

IL_DEMO({.id = "test.released_by_another", .title = "t", .group = "Test", .summary = {}, .explanation = {},
         .python = {}, .try_this = {}, .params = {}, .run = &released_by_another, .source_file = {}});
IL_DEMO({.id = "test.broken_by_timeout", .title = "t", .group = "Test", .summary = {}, .explanation = {},
         .python = {}, .try_this = {}, .params = {}, .run = &broken_by_timeout, .source_file = {}});

}  // namespace

TEST_CASE("Deadlock: waiting for a Lock one holds is not a deadlock while another worker can release it") {
    for (DirectorMode m : {DirectorMode::Run, DirectorMode::Step}) {
        const Observation o = il::test::observe_round_robin("test.released_by_another", m);
        CHECK_MESSAGE(!o.failed, o.outcome);
        CHECK_FALSE(o.cycle.has_value());
        CHECK(o.store.result("second acquire") == std::optional<std::string_view>("done"));
        CHECK(o.store.counts().by_kind[static_cast<size_t>(EventKind::Error)] == 0);
    }
}

TEST_CASE("Deadlock: alone, waiting for a Lock one holds is still reported at once") {
    il::test::InProcessRun run;
    Lock l("l");
    REQUIRE(l.acquire());
    CHECK_FALSE(others_can_move(run.arena, self()));
    CHECK_FALSE(l.acquire(true, 0.05));
    REQUIRE(reported_cycle(run.arena).has_value());
    l.release();
}

TEST_CASE("Deadlock: in run mode a cycle broken by a timeout does not stop the run") {
    const Observation o = il::test::observe_round_robin("test.broken_by_timeout", DirectorMode::Run);
    CHECK_MESSAGE(!o.failed, o.outcome);
    CHECK(o.store.result("finished") == std::optional<std::string_view>("yes"));
}
