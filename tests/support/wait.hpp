// tests/support/wait.hpp — waiting on state instead of sleeping.
//
// A test that needs "Thread-1 is blocked now" or "two workers wait on the
// event" polls that fact with a generous deadline instead of sleeping a guess:
// it goes on the moment the fact holds (fast when the machine is idle) and
// still passes when the machine is loaded (the deadline is far past any
// honest wait). A deadline that passes is a failure the test reports.
//
//   wait_until(pred)                 any condition (a frame loop puts its poll
//                                    inside pred)
//   wait_workers(a, n, state, obj)   at least n workers of arena `a` are in
//                                    `state` (and, for Blocked, on object obj)
//   wait_worker(a, name, state)      the worker named `name` is in `state`
//
// Thread rules: call from the thread that waits (usually the doctest thread);
// the arena readers only load atomics, so the workers may run meanwhile.
#pragma once

#include <chrono>
#include <cstdint>
#include <string_view>
#include <thread>

#include "core/common/arena.hpp"
#include "core/common/event.hpp"

namespace il::test {

// Far past any honest wait in a test, short enough that a hang ends the case.
inline constexpr std::chrono::milliseconds kPatience{20'000};

// Polls `done` every `every` until it returns true (then true) or `timeout`
// has passed (then false). `done` is called at least once.
template <typename Pred>
bool wait_until(Pred&& done, std::chrono::milliseconds timeout = kPatience,
                std::chrono::milliseconds every = std::chrono::milliseconds(1)) {
    const auto give_up = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (done()) return true;
        if (std::chrono::steady_clock::now() >= give_up) return false;
        std::this_thread::sleep_for(every);
    }
}

// Workers of `a` in state `s`; with `object`, only those blocked on it.
inline uint32_t workers_in(const core::Arena& a, core::WorkerState s, uint32_t object = core::kNoObject) {
    uint32_t n = 0;
    for (uint32_t w = 0; w < a.worker_count(); ++w) {
        const core::WorkerSlot& slot = a.worker(w);
        if (static_cast<core::WorkerState>(slot.state.load()) != s) continue;
        if (object != core::kNoObject && slot.blocked_on.load() != object) continue;
        ++n;
    }
    return n;
}

// Waits until at least `n` workers are in state `s` (on `object`, if given).
inline bool wait_workers(const core::Arena& a, uint32_t n, core::WorkerState s, uint32_t object = core::kNoObject,
                         std::chrono::milliseconds timeout = kPatience) {
    return wait_until([&] { return workers_in(a, s, object) >= n; }, timeout);
}

// Waits until the worker named `name` exists and is in state `s`.
inline bool wait_worker(const core::Arena& a, std::string_view name, core::WorkerState s,
                        std::chrono::milliseconds timeout = kPatience) {
    return wait_until(
        [&] {
            const uint16_t w = a.find_worker(name);
            return w != core::kNoWorker && static_cast<core::WorkerState>(a.worker(w).state.load()) == s;
        },
        timeout);
}

}  // namespace il::test
