// tests/support/fault_demos.hpp — test-only demos that wait to be killed from
// outside (tests/core/fault_test.cpp, tests/session/run_session_test.cpp).
// Each prints a cue line when it is where the test wants to kill it:
//   fault.child_sleeps  Process-1 prints "child up", then sleeps 30 s; its
//                       parent joins it.
//   fault.lock_holder   Process-1 takes the_lock and prints "holding"; then
//                       Process-2 asks for the_lock; MainThread joins both.
// Include it in one file per test binary: it registers the demos.
// Thread rules: the run functions run in a run process, like any demo's.
#pragma once

#include "core/primitives/lock.hpp"
#include "core/runtime/registry.hpp"
#include "core/primitives/sync_event.hpp"
#include "core/runtime/worker.hpp"

namespace il::test::fault_demos {

inline void child_sleeps(core::RunContext&) {
    core::Process c([] {
        core::print("child up\n");
        core::sleep(30.0);
    });
    c.start();
    c.join();
    core::print("parent carries on\n");
}

inline void lock_holder(core::RunContext&) {
    core::Lock lock("the_lock");
    core::Event held("held");
    core::Process holder([&] {
        lock.acquire();
        held.set();
        core::print("holding\n");
        core::sleep(30.0);
        lock.release();
    });
    core::Process waiter([&] {
        lock.acquire();
        lock.release();
    });
    holder.start();
    held.wait();  // the waiter finds the lock taken
    waiter.start();
    holder.join();
    waiter.join();
}

#define IL_FAULT_DEMO(ID, FN)                                                                                   \
    IL_DEMO({.id = ID, .title = ID, .group = "Test", .summary = {}, .explanation = {}, .python = {},         \
             .try_this = {}, .params = {}, .run = &FN})
IL_FAULT_DEMO("fault.child_sleeps", child_sleeps);
IL_FAULT_DEMO("fault.lock_holder", lock_holder);
#undef IL_FAULT_DEMO

}  // namespace il::test::fault_demos
