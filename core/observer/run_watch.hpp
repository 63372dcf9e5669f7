// core/observer/run_watch.hpp — what an observer checks between drains besides cycles:
// worker processes that died without finishing (a kill -9, a crash), and a
// run in which nobody can move any more.
//
// A process killed from outside never reaches finish_worker, so its slot
// would say "running" for ever and whoever waited for it (a join, the lock
// it held, a pool task it had taken) would wait until the run timed out with
// no word of why. The observer looks at /proc instead: a worker whose
// process is gone or a zombie, though it never finished, died; the observer
// marks it (and its threads) crashed and done and says so by name.
//
// "Nobody can move" in run mode: every live worker has been blocked, with no
// timeout pending, on the same wait (its wait epoch unchanged) for a whole
// second. Such a worker can be woken only by another worker, and all of them
// wait, so the run can never end by itself; it is ended as stuck, naming who
// waits for what. New workers, sleepers and workers in code the runtime does
// not see count as able to move, so a correct program is never cut short.
//
// Thread rules: observer side only (the CLI's loop, the window's poll); one
// RunWatch per run, used from one thread. mark_dead() is also the step
// controller's (core/observer/director.cpp), for a worker killed while parked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/arena.hpp"

namespace il::core {

// The wait status of a dead process (as waitpid reports it), -1 when it is
// already gone and unknown, or nullopt while it lives. Reads /proc/PID/stat.
std::optional<int> dead_process_status(int pid);

// The wait status (or -1) of worker `w`'s process when it died without the
// worker finishing; nullopt while it lives or once the worker finished. A
// worker sets `done` before its process exits, so `done` is read again after
// /proc says dead: a process that finished and exited between the two looks
// is not taken for one that was killed.
std::optional<int> died_unfinished(const WorkerSlot& w);

// Marks worker `w` dead: crashed, its exit code from `wait_status` (as
// dead_process_status gives it; -1 unknown), Zombie (a process) or Done, done
// (its joiners are woken), and a WorkerExit in the director ring.
void mark_dead(Arena& a, uint16_t w, int wait_status);

// "Process-2 (pid 4242) was killed by SIGKILL while holding counter_lock"
std::string describe_death(const Arena& a, uint16_t w);

// "MainThread waits for counter_lock (held by Process-2); Thread-1 waits for q"
std::string describe_waits(const Arena& a);

// How each worker process that did not exit by itself ended, as the summary
// says it once the run is over: "Process-2 killed by SIGKILL" (a failure) or
// "Process-3 terminated (SIGTERM)" (terminate() or a daemon at exit: on
// purpose, not a failure). The CLI and the window both word it from here.
struct EndNote {
    std::string text;
    bool failure = false;
};
std::vector<EndNote> process_end_notes(const Arena& a);

class RunWatch {
public:
    explicit RunWatch(Arena& arena) : arena_(arena) {}
    // Call between drains (at most every few ms is plenty). Returns the
    // outcome that ends the run ("stuck: …") when it can no longer finish.
    std::optional<std::string> check(int64_t now_ns);
    // Who died so far, described (describe_death), in the order found.
    const std::vector<std::string>& deaths() const { return deaths_; }

    static constexpr int64_t kStallNs = 1'000'000'000;  // all blocked this long: stuck

private:
    void find_dead();
    bool all_blocked_for_good(std::vector<uint32_t>& epochs) const;
    Arena& arena_;
    std::vector<std::string> deaths_;
    std::vector<uint8_t> told_;  // per worker: its death is in deaths_
    int64_t next_proc_check_ = 0;
    int64_t stall_since_ = -1;
    uint32_t stall_workers_ = 0;
    std::vector<uint32_t> stall_epochs_;
};

}  // namespace il::core
