// Outside: calls into code the runtime does not stand behind (a socket's
// recv, select, a ctypes call) are counted and shown as "in uninstrumented
// code" — never taken for blocked on a primitive, never silently missing —
// and in step mode the others are stepped while one is outside.
#include <doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "core/common/deadlock.hpp"
#include "core/observer/director.hpp"
#include "core/primitives/lock.hpp"
#include "core/primitives/outside.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

TEST_CASE("Outside: a call marks the worker in uninstrumented code and counts it — nested calls count once") {
    InProcessRun run;
    const uint32_t recv = register_outside("socket.recv", 3);
    CHECK(run.arena.object(recv).kind == ObjectKind::Outside);
    outside_begin(recv, 4);
    outside_begin(recv, 4);  // a wrapped function calling another: one call
    const WorkerSlot& me = run.arena.worker(self());
    CHECK(static_cast<WorkerState>(me.state.load()) == WorkerState::Outside);
    CHECK(me.blocked_on.load() == recv);
    CHECK_FALSE(find_cycle(run.arena, self()).has_value());
    outside_end(4);
    CHECK(static_cast<WorkerState>(me.state.load()) == WorkerState::Outside);
    outside_end(4);
    CHECK(static_cast<WorkerState>(me.state.load()) == WorkerState::Running);
    outside_begin(recv, 5);
    outside_end(5);
    CHECK(run.arena.object(recv).count.load() == 2);
    const auto evs = il::test::all_events(run.arena);
    CHECK(il::test::count_kind(evs, EventKind::OutsideEnter, recv) == 2);
    CHECK(il::test::count_kind(evs, EventKind::OutsideLeave, recv) == 2);
}

TEST_CASE("Outside: in step mode the others are stepped while a worker is outside, and its return is a step") {
    // Thread-1 waits outside (as in a recv) until MainThread, stepped meanwhile,
    // lets it go; MainThread then joins it, so for a while the only worker
    // that could move is outside: the run is waiting, not stuck.
    std::atomic<int> sent{0};
    auto rr = make_round_robin();
    bool waited = false;
    const auto r = il::test::run_stepped(
        [&] {
            const uint32_t recv = register_outside("socket.recv", 1);
            Lock l("l");
            Thread t([&] {
                outside_begin(recv, 2);
                while (sent.load() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                std::this_thread::sleep_for(std::chrono::milliseconds(20));  // still outside when MainThread joins
                outside_end(2);
                l.acquire();
                l.release();
            });
            t.start();
            l.acquire();
            l.release();
            sent.store(1);
            t.join();
        },
        *rr, [&](Arena& a) { waited = a.header().outside_epoch.load() > 0; });
    CHECK(r.error.empty());
    CHECK(r.status == StepStatus::Finished);
    CHECK(waited);
}
