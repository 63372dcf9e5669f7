// core/common/clock.hpp — the event timestamp.
//
// Events are stamped with the CPU's time-stamp counter when it is invariant
// (constant rate, does not stop in idle states: the "constant_tsc nonstop_tsc"
// flags), which costs a few nanoseconds; otherwise with CLOCK_MONOTONIC in ns.
// The arena records (t0_ns, t0_ticks, ns_per_tick) so the observer converts
// ticks to nanoseconds since the run started.
#pragma once

#include <cstdint>

namespace il::core {

struct ClockCalibration {
    bool tsc = false;         // ticks are TSC cycles (else nanoseconds)
    double ns_per_tick = 1.0;
};

// Measured once per process (about 10 ms the first time when the TSC is usable).
const ClockCalibration& clock_calibration();

// Selects the tick source for this process (the arena's calibration says which).
void use_tsc(bool on);

// Ticks now: TSC cycles after use_tsc(true), else CLOCK_MONOTONIC ns.
uint64_t now_ticks();

// CLOCK_MONOTONIC in nanoseconds: deadlines, timeouts and what demos measure.
int64_t monotonic_ns();

}  // namespace il::core
