// app/cli/cli_io.hpp — what the CLI needs to be trusted with its output and
// its signals:
//
//   - StopSignals: while alive, the first SIGINT, SIGTERM or SIGHUP only sets
//     a flag (the observe loop then stops the run as Stop does, and the CLI
//     still prints its summary and writes --trace/--save); a second one
//     kills as usual. SIGPIPE is ignored, so a closed pipe shows as EPIPE, a
//     write error like any other, instead of killing the CLI with the run
//     process left to its death signal and nothing reported.
//   - StdoutCheck: flushes stdout and remembers the first failure (ENOSPC,
//     EPIPE, EBADF), which ends the run and the CLI with exit code 1.
//   - claim_standard_fds: a standard descriptor the CLI was started without
//     (`>&-`) is held on /dev/null, so that no file the CLI opens later (the
//     arena!) can become "stdout" and be written over by printf.
//
// Thread rules: all of it is for the CLI's main thread. The signal handler
// only stores the signal number into a lock-free atomic.
#pragma once

#include <string>

namespace il::app {

class StopSignals {
public:
    StopSignals();
    ~StopSignals();  // restores the previous dispositions
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    // The signal that asked to stop (SIGINT, SIGTERM, SIGHUP), or 0.
    static int caught();
};

class StdoutCheck {
public:
    // Flushes stdout; false once any write to it has failed.
    bool ok();
    // "cannot write to standard output: No space left on device", or empty.
    std::string error() const;

private:
    int errno_ = 0;
};

// Returns a bitmask of the standard fds (bit N for fd N) that were closed and
// are now held on /dev/null.
unsigned claim_standard_fds();

}  // namespace il::app
