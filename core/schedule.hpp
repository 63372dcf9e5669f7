// core/schedule.hpp — a recorded interleaving, as a small text file.
//
// Every step/replay run records the grants it made; replaying them reproduces
// the run's event sequence exactly. The format is plain text so a teacher can
// read and edit it; workers are named, not numbered:
//
//   # interleave schedule
//   version 1
//   demo builtin.deadlock
//   param iterations=3          (zero or more)
//   step Thread-1
//   step Thread-2
//   step Thread-1 timeout       ("timeout": the worker's timed wait expires)
//
// Blank lines and lines starting with '#' are ignored. Parsing fails with the
// line number and what was wrong; nothing is silently skipped.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace il::core {

struct ScheduleStep {
    std::string worker;
    bool timeout = false;
    bool operator==(const ScheduleStep&) const = default;
};

struct Schedule {
    static constexpr int kVersion = 1;
    std::string demo;
    std::vector<std::string> params;  // "name=value"
    std::vector<ScheduleStep> steps;

    std::string to_text() const;
    // Throws ScheduleError("schedule line N: ...").
    static Schedule parse(std::string_view text);
    static Schedule load(const std::string& path);  // throws ScheduleError (also for I/O)
    void save(const std::string& path) const;        // throws ScheduleError
};

struct ScheduleError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace il::core
