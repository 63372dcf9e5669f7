// core/io/file_write.hpp — the one way Interleave writes a whole file the user
// named (saved runs, Chrome trace export, schedules, screenshots, the
// window's settings), so that `--save PATH` never does something surprising
// to what is at PATH:
//
//   - a regular file, or nothing yet: the bytes go to a temporary file in the
//     same directory as the (symlink-resolved) target, which is then renamed
//     over it: atomic, and the old contents survive a failed write;
//   - a symlink: it is followed (to any depth) and its target is written as
//     above; the link itself stays a link;
//   - anything else that exists (/dev/null, /dev/full, a FIFO, a terminal):
//     written in place, never replaced by a regular file;
//   - one of this process's own descriptors (/dev/stdout, /dev/fd/N,
//     /proc/self/fd/N): written through that descriptor, after what it has
//     already written, and left open (`--trace /dev/stdout > out` keeps the
//     summary and the trace, in order).
//
// Every failure (ENOSPC from /dev/full, EACCES, a missing directory) is
// thrown as FileWriteError with a message naming the file and the reason, and
// no temporary file is left behind.
//
// Thread rules: plain functions, safe to call from any thread (no shared
// state; temporary names carry the pid and a per-process atomic counter).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace il::core {

struct FileWriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Writes `bytes` as the whole content of `path`. `what` names the file in
// messages ("trace file", "schedule file"): "cannot write trace file P: reason".
void write_file(const std::string& path, std::string_view bytes, std::string_view what = "file");

// Where write_file would put the bytes: `path` with its symlinks followed
// (relative link targets are relative to the link's directory). A path that
// does not exist yet resolves to itself. Throws FileWriteError on a link loop.
std::string resolve_write_target(const std::string& path);

}  // namespace il::core
