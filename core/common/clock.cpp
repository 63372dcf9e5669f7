#include "core/common/clock.hpp"

#include <time.h>

#include <fstream>
#include <string>
#include <thread>

#include "core/common/futex.hpp"


namespace il::core {

namespace {

bool tsc_is_invariant() {
#if IL_HAVE_TSC
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("flags", 0) == 0)
            return line.find(" constant_tsc") != std::string::npos && line.find(" nonstop_tsc") != std::string::npos;
    }
#endif
    return false;
}

ClockCalibration calibrate() {
    ClockCalibration c;
#if IL_HAVE_TSC
    if (tsc_is_invariant()) {
        const int64_t n0 = monotonic_ns();
        const uint64_t t0 = __rdtsc();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const int64_t n1 = monotonic_ns();
        const uint64_t t1 = __rdtsc();
        if (t1 > t0 && n1 > n0) {
            c.tsc = true;
            c.ns_per_tick = static_cast<double>(n1 - n0) / static_cast<double>(t1 - t0);
        }
    }
#endif
    return c;
}

}  // namespace

const ClockCalibration& clock_calibration() {
    static const ClockCalibration c = calibrate();
    return c;
}

void use_tsc(bool on) { detail::g_use_tsc.store(on && IL_HAVE_TSC, std::memory_order_relaxed); }

int64_t monotonic_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

}  // namespace il::core
