// demos/demo_util.hpp — small helpers several demos share for the numbers
// they print and report. None of them is part of a lesson, so they are kept
// out of the demos' own files (which the source view shows).
#pragma once

#include <time.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/common/i18n.hpp"     // N_
#include "core/runtime/runtime.hpp"  // run_clock_ns, stepping

namespace il::demo {

// A result that only means something in real time (a duration, a speed-up).
// In step and replay mode the learner's order of steps, not the machine,
// decides how long things take, so the result says that instead of a figure
// that would contradict the lesson.
inline void timing_result(core::RunContext& ctx, std::string_view key, const std::string& value) {
    ctx.result(key, core::stepping() ? std::string(N_("a real-time figure: start it with Run to measure it")) : value);
}

// Time since it was made (or last restarted) on the run's clock (real in run
// and slow mode, logical in step and replay: run_clock_ns): what the demos that
// compare timings measure. sw.ns(), sw.seconds().
class Stopwatch {
public:
    Stopwatch() : t0_(core::run_clock_ns()) {}
    int64_t ns() const { return core::run_clock_ns() - t0_; }
    double seconds() const { return static_cast<double>(ns()) / 1e9; }
    void restart() { t0_ = core::run_clock_ns(); }

private:
    int64_t t0_;
};

// A running mean of what add() was given; 0 before the first value.
class Mean {
public:
    void add(double v) {
        sum_ += v;
        ++n_;
    }
    double value() const { return n_ == 0 ? 0 : sum_ / static_cast<double>(n_); }
    int64_t count() const { return n_; }

private:
    double sum_ = 0;
    int64_t n_ = 0;
};

// One number through a printf format: fmt("%.1f ms", 12.34) == "12.3 ms".
inline std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

// A duration given in seconds, as short as it goes: "0.5", "2".
inline std::string seconds_text(double s) { return fmt("%g", s); }

// A measured duration in nanoseconds, as "1.23 s".
inline std::string elapsed_text(int64_t ns) { return fmt("%.2f s", static_cast<double>(ns) / 1e9); }

// CPU time used so far by the whole calling process (all its threads), in seconds.
inline double process_cpu_s() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace il::demo
