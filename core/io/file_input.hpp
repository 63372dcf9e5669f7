// core/io/file_input.hpp — reading a file the user named, safely, and quoting
// what it held in an error message.
//
// Every reader of a user-supplied file (schedules, saved runs) goes through
// read_bounded_file(): it opens with O_NONBLOCK so a FIFO or a device cannot
// block the open, refuses anything that is not a regular file (FIFOs, devices
// such as /dev/zero, directories, sockets) before reading a byte, and reads at
// most `limit` + 1 bytes, so an oversized file is refused after reading just
// past the limit instead of being slurped whole.
//
// printable() is the one way an error message quotes file content (or a path):
// control and non-ASCII-printable bytes become \xHH escapes, so a file cannot
// drive the terminal with escape sequences through an error message, and long
// quotes are cut to `max_chars` with a note of how much was left out.
//
// Thread rules: plain functions with no shared state; callable from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace il::core {

// Why a file could not be read; the message names the file and the reason.
struct FileInputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The whole content of the regular file at `path`, at most `limit` bytes.
// `what` names the kind of file in messages ("schedule file"). Throws
// FileInputError: cannot open, not a regular file, larger than `limit`, or a
// read error.
std::string read_bounded_file(const std::string& path, uint64_t limit, std::string_view what);

// `s` with every control byte, invalid UTF-8 byte and invisible or
// text-reordering code point escaped as \xHH (a backslash as \\), cut after
// `max_chars` characters with "... (N more bytes)" appended. Readable UTF-8
// (a Chinese worker name) is kept as it is.
std::string printable(std::string_view s, size_t max_chars = 60);

}  // namespace il::core
