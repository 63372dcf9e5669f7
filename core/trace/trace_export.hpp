// core/trace/trace_export.hpp — a TraceStore as Chrome Trace Event Format JSON, the
// format Perfetto (ui.perfetto.dev) and chrome://tracing open.
//
// Layout: one process (pid 1) for the run, named after the demo. One thread
// track per worker (tid = worker index + 1, named after the worker) carrying
// its state slices ("X": running, blocked on <object>, sleeping, ready,
// zombie; new and done are left out) and its markers as thread-scoped instant
// events ("i"); run-level markers are global instants. One track per lock
// hold slot (tid = kLockTidBase + object * kLockTidSlots + slot, named after
// the lock) carrying holder slices. Object levels (queue size, event flag,
// semaphore value, shared value) are counter events ("C"); hand-offs are flow
// arrows from the releaser's track to the obtainer's. Slices on one track
// never overlap. Times are microseconds with ns precision (ts, dur), printed
// exactly from the store's integer ns. Strings are escaped, and bytes that are
// not valid UTF-8 become U+FFFD, so the output is always valid JSON.
//
// Thread rules: reads the store only; call it from the thread that owns the store.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "core/trace/trace.hpp"

namespace il::core {

inline constexpr int64_t kLockTidBase = 100000;
inline constexpr int64_t kLockTidSlots = 256;

// Writes the whole trace as one JSON object {"traceEvents": [...], ...}.
void write_chrome_trace(const TraceStore& store, std::ostream& out);

// Writes to `path` through write_file (core/io/file_write.hpp); throws
// FileWriteError (a std::runtime_error) naming the path when it cannot.
void write_chrome_trace_file(const TraceStore& store, const std::string& path);

// Appends `s` to `out` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace il::core
