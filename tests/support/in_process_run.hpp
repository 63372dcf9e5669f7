// tests/support/in_process_run.hpp — running primitives in-process for tests.
//
// InProcessRun: this test process creates an arena, attaches to it and
// registers the calling thread as MainThread — the same bootstrap a run process
// does, minus the separate process — so primitives, Threads and Processes can
// be exercised directly. run_stepped(): the step-mode variant, where a demo
// body runs on its own std::thread as MainThread and the calling thread plays
// the observer, granting steps with a Strategy until the run ends.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <thread>

#include "core/common/arena.hpp"
#include "core/observer/director.hpp"
#include "core/common/futex.hpp"
#include "core/observer/observe.hpp"
#include "core/runtime/runtime.hpp"
#include "core/runtime/worker.hpp"

namespace il::test {

inline core::ArenaConfig small_arena() {
    core::ArenaConfig c;
    c.max_workers = 32;
    c.max_objects = 128;
    c.ring_capacity = 4096;
    c.console_size = 1u << 16;
    c.heap_size = 4u << 20;
    return c;
}

struct InProcessRun {
    core::Arena arena;
    explicit InProcessRun(core::ArenaConfig config = small_arena()) : arena(core::Arena::create(config, "test")) {
        core::attach(&arena);
        core::register_main_worker();
    }
    ~InProcessRun() {
        try {
            core::process_exit_cleanup();
        } catch (...) {
        }
        core::detach();
    }
    InProcessRun(const InProcessRun&) = delete;
    InProcessRun& operator=(const InProcessRun&) = delete;
};

struct SteppedResult {
    core::StepStatus status = core::StepStatus::Running;
    std::string status_text;
    core::Schedule schedule;
    std::string error;  // strategy error (replay divergence) or timeout
};

// Runs `demo` as MainThread in step mode, granting with `strategy` until the
// run finishes, deadlocks or gets stuck (then the run is stopped and the demo
// thread unwinds with RunStopped). `inspect` sees the arena before teardown.
inline SteppedResult run_stepped(const std::function<void()>& demo, core::Strategy& strategy,
                                 const std::function<void(core::Arena&)>& inspect = {},
                                 core::ArenaConfig config = small_arena(), int max_steps = 100000) {
    core::Arena arena = core::Arena::create(config, "test");
    arena.header().mode.store(static_cast<uint32_t>(core::DirectorMode::Step));
    arena.header().in_flight.store(1);
    std::thread runner([&] {
        core::attach(&arena);
        core::register_main_worker();
        core::run_worker_body(demo, 0);
    });
    core::StepController ctl(arena);
    SteppedResult r;
    for (int i = 0; i < max_steps; ++i) {
        if (!ctl.wait_quiescent(10'000'000'000)) {
            r.error = "timed out waiting for the workers to park";
            break;
        }
        auto choices = ctl.refresh();
        // A worker in uninstrumented code comes back by itself: wait for it.
        for (int waits = 0; ctl.status() == core::StepStatus::Waiting && waits < 10'000; ++waits) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (ctl.outside_moved() && ctl.wait_quiescent(10'000'000'000)) choices = ctl.refresh();
        }
        if (ctl.status() != core::StepStatus::Running) break;
        std::optional<core::Choice> c = strategy.next(arena, choices, r.error);
        if (!c) break;
        ctl.grant(*c);
    }
    r.status = ctl.status();
    r.status_text = ctl.describe_status();
    r.schedule = ctl.schedule();
    if (inspect) inspect(arena);
    // Release anything still parked (deadlock/stuck/error) so the thread unwinds.
    arena.header().stop.store(1);
    core::futex_wake_all(&arena.header().stop);
    for (uint32_t w = 0; w < arena.worker_count(); ++w) {
        arena.worker(w).go.store(static_cast<uint32_t>(core::Grant::Stop));
        core::futex_wake_all(&arena.worker(w).go);
        core::futex_wake_all(&arena.object(arena.worker(w).object).word);
    }
    for (uint32_t o = 0; o < arena.object_count(); ++o) core::futex_wake_all(&arena.object(o).word);
    runner.join();
    return r;
}

// A run of demo `id` in a process of its own, observed to its end (at most
// 20 s); step and replay modes are stepped round-robin.
inline core::Observation observe_round_robin(const std::string& id, core::DirectorMode mode) {
    core::ObserveOptions o;
    o.run.demo_id = id;
    o.run.mode = mode;
    auto rr = core::make_round_robin();
    o.strategy = rr.get();
    o.timeout_s = 20;
    return core::observe_run(o);
}

}  // namespace il::test
