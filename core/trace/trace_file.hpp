// core/trace/trace_file.hpp — the native trace file: save a TraceStore, load it back
// so a prepared run opens without re-running it.
//
// What is stored is what the store cannot rebuild: run info (demo id, mode,
// params), the worker and object tables, the reported deadlock cycle, the
// run's counts, every text, and the kept raw events. Loading replays the raw
// events through TraceStore::append, the same code path a live drain uses, so
// every derived lane (intervals, holds, hand-offs, levels, markers, console,
// results) comes back identical. A store whose raw events were thinned (see
// TraceLimits) rebuilds from the events it kept: lanes stay consistent but
// coarser; counts() still describes the original run.
//
// Format, version 1, all integers little-endian:
//   "ILTRACE\0"  u32 version  u32 flags (bit 0: thinned)  u64 body size
//   body: run info, counts, workers, objects, cycle, texts, events (40 bytes
//         each: seq, ns, value, object, line, worker, kind, flags, step);
//         strings are u32 length + bytes, tables are u32/u64 count + entries
//   u64 FNV-1a of everything before it
// Loading checks the magic, the version, the size, the checksum, every count
// against the bytes left and every index and kind, and reports the first
// problem as a TraceFileError naming the file; it never trusts a count for an
// allocation before checking it against the file's size.
//
// Thread rules: plain functions; the store is read (save) or built (load) by
// the calling thread.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/trace/trace.hpp"

namespace il::core {

inline constexpr uint32_t kTraceFileVersion = 1;
// The largest trace file read. A store keeps at most TraceLimits' 2,000,000
// raw events (40 bytes each in the file, 80 MB) and 32 MiB of texts, so a
// file this build writes stays under ~120 MiB; twice that leaves room for
// the tables and for a build with somewhat larger limits, and refuses a
// mistaken multi-GiB file at once instead of reading it all first.
inline constexpr uint64_t kMaxTraceFileBytes = 256ull << 20;

struct TraceFileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Writes through write_file (core/io/file_write.hpp): atomic for a regular file,
// through a symlink, in place for a device. Throws TraceFileError.
void save_trace(const TraceStore& store, const std::string& path);
// Reads and rebuilds a store. Throws TraceFileError with the path and the
// problem; refuses what is not a regular file (a FIFO, /dev/zero, a folder)
// and files over kMaxTraceFileBytes before reading them (core/io/file_input.hpp).
TraceStore load_trace(const std::string& path, TraceLimits limits = {});

// The same as bytes in memory; `source` names them in error messages.
std::string serialize_trace(const TraceStore& store);
TraceStore parse_trace(std::string_view bytes, std::string_view source = "trace", TraceLimits limits = {});

}  // namespace il::core
