// core/observer/run.hpp — a run is a process.
//
// Observer side: RunHandle::start creates the arena, then fork()s and exec()s
// the hosting executable (the `interleave` binary, or a test binary) as
// `EXE __run-child --arena-fd N --demo ID [--param k=v]...`, named
// `interleave-run DEMO` in ps and top (argv[0] and its comm). The run process
// puts itself in its own process group, becomes a child subreaper (so orphaned
// demo processes are re-parented to it, stay observable and are reaped), maps
// the arena and runs the demo on its main thread as MainThread.
//
// stop() kills the whole process group with SIGKILL and reaps everything: no
// demo process outlives the observer. Files a run makes live in the run's own
// temporary directory (run_temp_dir()), which the observer creates before the
// run and removes with everything in it once the run has ended, however it
// ended (finished, stopped, timed out, crashed): the run cannot clean up after
// itself when it is killed, the observer outlives it. A run that crashes ends with its cause
// recorded (RunExit), and the observer carries on.
//
// Thread rules: a RunHandle belongs to one observer thread; the arena it owns
// may be read from other observer threads (e.g. a drain thread).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/common/arena.hpp"

namespace il::core {

struct RunOptions {
    std::string demo_id;
    std::vector<std::string> params;        // "name=value"
    std::vector<std::string> program_args;  // a program's own arguments (a .py target's sys.argv[1:])
    DirectorMode mode = DirectorMode::Run;
    uint32_t slow_delay_us = 200'000;       // slow mode: per operation
    std::string executable;                 // empty: this process's own binary (/proc/self/exe)
    ArenaConfig arena{};
};

struct RunExit {
    bool exited = false;  // true: normal exit with `code`; false: killed by `signal`
    int code = 0;
    int signal = 0;
    std::string describe() const;  // "exit code 0", "killed by SIGSEGV"
};

class RunHandle {
public:
    // Validates the demo id and parameters first (throws std::invalid_argument
    // with a user-facing message), then starts the run process.
    static RunHandle start(const RunOptions& options);

    RunHandle() = default;
    RunHandle(RunHandle&&) noexcept;
    RunHandle& operator=(RunHandle&&) noexcept;
    ~RunHandle();  // stops a run still going

    Arena& arena() { return arena_; }
    const Arena& arena() const { return arena_; }
    int pid() const { return pid_; }
    bool started() const { return pid_ > 0; }

    // Non-blocking: the run process's exit once it has ended (and reaps it).
    std::optional<RunExit> poll();
    // Waits up to timeout_ns (-1: forever) for the run to end.
    std::optional<RunExit> wait(int64_t timeout_ns);
    // Stops the run now: stop flag, SIGKILL to the process group, everything reaped.
    RunExit stop();
    // The exit, once known.
    const std::optional<RunExit>& exit() const { return exit_; }

    // The run's temporary directory (empty once removed).
    const std::string& temp_dir() const { return temp_dir_; }

private:
    void reap_group();
    void ended(int status);  // records the exit, reaps the group, removes temp_dir_
    Arena arena_;
    int pid_ = -1;
    std::string temp_dir_;
    std::optional<RunExit> exit_;
};

// The run process's main: parses `__run-child` arguments, attaches the arena,
// runs the demo, reaps orphans, and returns the process exit code.
int run_child_main(int argc, char** argv);

// In a run process: its own temporary directory, for any file a demo makes
// (the run process finds it in $INTERLEAVE_RUN_DIR, and $TMPDIR points there
// too, for code that just asks for a temporary file). Elsewhere (in-process
// tests): $TMPDIR, or /tmp.
std::string run_temp_dir();

// What a run process is called in ps and top: its comm (15 bytes at most) and
// the start of its argv[0] ("interleave-run DEMO").
inline constexpr const char* kRunProcessName = "interleave-run";

// The executable that hosts runs: /proc/self/exe resolved.
std::string self_executable();

// The executable that hosts a run whose RunOptions::executable is empty: by
// default this process's own binary (/proc/self/exe). use_run_host() names
// another one of the same build instead: the `interleave` window and CLI use
// `interleave-run` beside them, which has no window libraries to load, so a
// run starts sooner (bench/README.md, "run start"). The file is opened now and
// executed through that descriptor, so a rebuild that replaces it later cannot
// hand a run to a binary of another build. Returns false, and keeps the
// default, when it cannot be opened. Call it before any run starts.
bool use_run_host(const std::string& path);

// Name of a signal ("SIGSEGV"), or "signal N".
std::string signal_name(int sig);

// Python's exitcode for a waitpid status: the exit code, or -signal.
int32_t python_exitcode(int wait_status);

}  // namespace il::core
