// core/common/clock.hpp — the event timestamp.
//
// Events are stamped with the CPU's time-stamp counter when it is invariant
// (constant rate, does not stop in idle states: the "constant_tsc nonstop_tsc"
// flags), which costs a few nanoseconds; otherwise with CLOCK_MONOTONIC in ns.
// The arena records (t0_ns, t0_ticks, ns_per_tick) so the observer converts
// ticks to nanoseconds since the run started.
#pragma once

#include <atomic>
#include <cstdint>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define IL_HAVE_TSC 1
#else
#define IL_HAVE_TSC 0
#endif

namespace il::core {

struct ClockCalibration {
    bool tsc = false;         // ticks are TSC cycles (else nanoseconds)
    double ns_per_tick = 1.0;
};

// Measured once per process (about 10 ms the first time when the TSC is usable).
const ClockCalibration& clock_calibration();

// Selects the tick source for this process (the arena's calibration says which).
void use_tsc(bool on);

// CLOCK_MONOTONIC in nanoseconds: deadlines, timeouts and what demos measure.
int64_t monotonic_ns();

namespace detail {
// Read by now_ticks() on every event: set from the arena before the process
// records its first event (use_tsc()). Inline: an event's stamp is on every
// primitive's hot path (bench/README.md, "the lock's hot path"). Atomic,
// relaxed (a plain load and store on x86): an observer creating arenas on
// several threads at once (explore --jobs) stores the same value from each.
inline std::atomic<bool> g_use_tsc = false;
}  // namespace detail

// Ticks now: TSC cycles after use_tsc(true), else CLOCK_MONOTONIC ns.
inline uint64_t now_ticks() {
#if IL_HAVE_TSC
    if (detail::g_use_tsc.load(std::memory_order_relaxed)) return __rdtsc();
#endif
    return static_cast<uint64_t>(monotonic_ns());
}

}  // namespace il::core
