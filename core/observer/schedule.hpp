// core/observer/schedule.hpp — a recorded interleaving, as a small text file.
//
// Every step/replay run records the grants it made; replaying them reproduces
// the run's event sequence exactly. The format is plain text so a teacher can
// read and edit it; workers are named, not numbered:
//
//   # interleave schedule
//   version 2
//   demo builtin.deadlock
//   param iterations=3          (zero or more)
//   step Thread-1
//   step "Thread-1 (_handle_workers)"
//   step Thread-2 timeout       ("timeout": the worker's timed wait expires)
//
// A word that is empty or holds a space, a tab, a quote, a backslash or a
// control byte is written in double quotes with C-style escapes (\" \\ \n
// \t \r \xHH); any word may be quoted. Version 2 introduced the quoting;
// version 1 files (written before, never quoted) read the same as before.
// Blank lines and lines starting with '#' are ignored. Parsing fails with the
// line number and what was wrong, the file's text quoted through printable()
// (core/io/file_input.hpp); nothing is silently skipped. Demo ids and parameters
// may not hold control bytes (no demo has one); words longer than anything a
// run can have (worker names over 39 bytes, demo ids over 63, parameters over
// 1 KiB) are refused.
//
// Thread rules: plain values and functions; no shared state.
#pragma once

#include <cstdint>
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
    static constexpr int kVersion = 2;
    // The largest schedule file read: a step line is ~20 bytes, so this is
    // ~800,000 steps, far past any run a person steps or a test replays, and
    // small enough to read and parse in well under a second.
    static constexpr uint64_t kMaxFileBytes = 16u << 20;
    std::string demo;
    std::vector<std::string> params;  // "name=value"
    std::vector<ScheduleStep> steps;

    std::string to_text() const;
    // Throws ScheduleError("schedule line N: ...").
    static Schedule parse(std::string_view text);
    // Reads a regular file of at most kMaxFileBytes (read_bounded_file) and
    // parses it. Throws ScheduleError (also for I/O, FIFOs, devices, size).
    static Schedule load(const std::string& path);
    void save(const std::string& path) const;        // throws ScheduleError
};

struct ScheduleError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace il::core
