// What a step controller keeps of the grants it made: two bytes a step, up to
// a bound, so a step-mode run of millions of steps cannot grow the observer
// without limit; past the bound it says so instead of keeping a wrong schedule.
#include <doctest.h>

#include <thread>

#include "core/observer/director.hpp"
#include "core/common/futex.hpp"
#include "core/primitives/lock.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;

namespace {

// Steps a two-thread locked counter round-robin to its end with a controller
// that keeps at most `max_recorded` grants; returns the controller's verdict.
struct Recorded {
    uint64_t steps = 0;
    bool complete = false;
    Schedule schedule;
};

Recorded step_counter(uint64_t max_recorded) {
    Arena arena = Arena::create(il::test::small_arena(), "test");
    arena.header().mode.store(static_cast<uint32_t>(DirectorMode::Step));
    arena.header().in_flight.store(1);
    std::thread runner([&] {
        attach(&arena);
        register_main_worker();
        run_worker_body(
            [] {
                Lock lock("counter_lock");
                auto body = [&] {
                    for (int i = 0; i < 5; ++i) {
                        lock.acquire();
                        lock.release();
                    }
                };
                Thread t1(body), t2(body);
                t1.start();
                t2.start();
                t1.join();
                t2.join();
            },
            0);
    });
    StepController ctl(arena, max_recorded);
    ctl.set_params({"iterations=5"});
    auto rr = make_round_robin();
    std::string err;
    for (;;) {
        REQUIRE(ctl.wait_quiescent(10'000'000'000));
        const auto choices = ctl.refresh();
        if (ctl.status() != StepStatus::Running) break;
        ctl.grant(*rr->next(arena, choices, err));
    }
    runner.join();
    return {ctl.steps(), ctl.schedule_complete(), ctl.schedule()};
}

}  // namespace

TEST_CASE("Step mode: every grant is kept, by worker name and in order, while the run stays within the bound") {
    const Recorded r = step_counter(StepController::kMaxRecordedSteps);
    CHECK(r.complete);
    REQUIRE(r.steps > 20);
    CHECK(r.schedule.steps.size() == r.steps);
    CHECK(r.schedule.demo == "test");
    CHECK(r.schedule.params == std::vector<std::string>{"iterations=5"});
    CHECK(r.schedule.steps.front().worker == "MainThread");
    bool both = false;
    for (const ScheduleStep& s : r.schedule.steps) both = both || s.worker == "Thread-2";
    CHECK(both);
}

TEST_CASE("Step mode: past its bound the controller keeps counting steps but says the schedule is incomplete") {
    const Recorded full = step_counter(StepController::kMaxRecordedSteps);
    const Recorded r = step_counter(10);
    CHECK(r.steps == full.steps);  // the run itself is unchanged
    CHECK_FALSE(r.complete);
    CHECK(r.schedule.steps.size() == 10);
}
