#include "core/observer/run_watch.hpp"

#include "core/common/i18n.hpp"

#include <signal.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstring>

#include "core/common/deadlock.hpp"
#include "core/common/futex.hpp"
#include "core/observer/run.hpp"

namespace il::core {

namespace {

constexpr int64_t kProcCheckNs = 20'000'000;  // /proc is read at most every 20 ms

bool live(const WorkerSlot& s) {
    if (!s.used.load(std::memory_order_acquire) || s.done.load(std::memory_order_acquire)) return false;
    const auto st = static_cast<WorkerState>(s.state.load(std::memory_order_acquire));
    return st != WorkerState::Done && st != WorkerState::Zombie;
}

}  // namespace

std::optional<int> dead_process_status(int pid) {
    if (pid <= 0) return std::nullopt;
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE* f = std::fopen(path, "r");
    if (!f) return -1;  // gone (reaped, by someone who did not say so)
    char buf[1024] = {};
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    // "pid (comm) S ppid …": the comm may hold spaces and parentheses, so the
    // fields are counted from the last ')'. Field 3 is the state; field 52,
    // the exit code "in the form reported by waitpid" (proc(5), Linux 3.5+).
    const char* close = std::strrchr(buf, ')');
    if (n == 0 || !close || close[1] == '\0') return -1;
    const char state = close[2];
    if (state != 'Z' && state != 'X') return std::nullopt;
    const char* p = close + 2;
    for (int field = 3; field < 52 && p; ++field) {
        p = std::strchr(p, ' ');
        if (p) ++p;
    }
    return p ? std::atoi(p) : -1;
}

std::optional<int> died_unfinished(const WorkerSlot& w) {
    if (w.done.load(std::memory_order_acquire)) return std::nullopt;
    const auto status = dead_process_status(w.pid.load(std::memory_order_acquire));
    if (!status || w.done.load(std::memory_order_acquire)) return std::nullopt;
    return status;
}

void mark_dead(Arena& a, uint16_t i, int wait_status) {
    // Unknown (the process was already gone): 0, "died before it finished".
    const int32_t exitcode = wait_status < 0 ? 0 : python_exitcode(wait_status);
    WorkerSlot& w = a.worker(i);
    w.flags.fetch_or(kWorkerCrashed, std::memory_order_relaxed);
    w.exitcode.store(exitcode, std::memory_order_relaxed);
    publish_wait(w, w.kind == WorkerKind::Process ? WorkerState::Zombie : WorkerState::Done);
    w.stamping.store(0, std::memory_order_release);  // an event it was stamping never comes
    w.done.store(1, std::memory_order_release);
    futex_wake_all(&w.done);
    a.record_director(i, EventKind::WorkerExit, w.object, exitcode);
}

std::string describe_death(const Arena& a, uint16_t i) {
    const WorkerSlot& w = a.worker(i);
    const std::string who = std::string(w.name), pid = std::to_string(w.pid.load());
    const int code = w.exitcode.load();
    std::string s;
    if (code < 0)
        s = i18n::trf("{worker} (pid {pid}) was killed by {signal}",
                      {{"worker", who}, {"pid", pid}, {"signal", signal_name(-code)}});
    else if (code > 0)
        s = i18n::trf("{worker} (pid {pid}) exited with code {code} before it finished",
                      {{"worker", who}, {"pid", pid}, {"code", std::to_string(code)}});
    else
        s = i18n::trf("{worker} (pid {pid}) died before it finished", {{"worker", who}, {"pid", pid}});
    std::string held;
    for (uint32_t o = 0; o < a.object_count(); ++o) {
        const ObjectSlot& obj = a.object(o);
        if ((obj.kind != ObjectKind::Lock && obj.kind != ObjectKind::RLock) || obj.holder.load() == 0) continue;
        const uint32_t h = obj.holder.load() - 1;
        if (h >= a.worker_count() || (h != i && a.worker(h).process != i)) continue;
        held += (held.empty() ? "" : ", ") + std::string(a.object_name(o));
    }
    if (!held.empty()) s += i18n::trf(" while holding {objects}", {{"objects", held}});
    return s;
}

std::string describe_waits(const Arena& a) {
    std::string s;
    for (uint32_t i = 0; i < a.worker_count(); ++i) {
        const WorkerSlot& w = a.worker(i);
        if (!live(w) || static_cast<WorkerState>(w.state.load()) == WorkerState::New) continue;
        const uint32_t obj = w.blocked_on.load();
        const std::string who(w.name), what = obj == kNoObject ? std::string("?") : std::string(a.object_name(obj));
        const uint16_t h = obj == kNoObject ? kNoWorker : holder_of(a, obj);
        s += s.empty() ? "" : "; ";
        if (h != kNoWorker && h != i && a.object(obj).kind != ObjectKind::Worker) {
            const std::string holder(a.worker_name(h));
            s += (a.worker(h).flags.load() & kWorkerCrashed)
                     ? i18n::trf("{worker} waits for {object} (held by {holder}, which died)",
                                 {{"worker", who}, {"object", what}, {"holder", holder}})
                     : i18n::trf("{worker} waits for {object} (held by {holder})",
                                 {{"worker", who}, {"object", what}, {"holder", holder}});
        } else {
            s += i18n::trf("{worker} waits for {object}", {{"worker", who}, {"object", what}});
        }
    }
    return s;
}

std::vector<EndNote> process_end_notes(const Arena& a) {
    std::vector<EndNote> notes;
    for (uint32_t i = 1; i < a.worker_count(); ++i) {
        const WorkerSlot& w = a.worker(i);
        const int code = w.exitcode.load();
        // Reaped by its parent or the run, or found dead by the observer.
        if (w.kind != WorkerKind::Process || !(w.flags.load() & (kWorkerReaped | kWorkerCrashed)) || code >= 0) continue;
        if ((w.flags.load() & (kWorkerOrphan | kWorkerTerminated)) == (kWorkerOrphan | kWorkerTerminated) &&
            (code == -SIGTERM || code == -SIGKILL))  // see reap_orphans (core/observer/run.cpp)
            notes.push_back({i18n::trf("{worker} was still running after the program ended: ended ({signal})",
                                       {{"worker", w.name}, {"signal", signal_name(-code)}}),
                             false});
        else if ((w.flags.load() & kWorkerTerminated) && code == -SIGTERM)
            notes.push_back({i18n::trf("{worker} terminated (SIGTERM)", {{"worker", w.name}}), false});
        else if ((w.flags.load() & kWorkerKilled) && code == -SIGKILL)  // kill(), on purpose
            notes.push_back({i18n::trf("{worker} killed (SIGKILL)", {{"worker", w.name}}), false});
        else
            notes.push_back({i18n::trf("{worker} killed by {signal}", {{"worker", w.name}, {"signal", signal_name(-code)}}),
                             true});
    }
    return notes;
}

void RunWatch::find_dead() {
    for (uint16_t i = 0; i < arena_.worker_count(); ++i) {
        const WorkerSlot& w = arena_.worker(i);
        if (!w.used.load(std::memory_order_acquire) || w.done.load(std::memory_order_acquire) ||
            static_cast<WorkerState>(w.state.load()) == WorkerState::New)
            continue;
        const auto status = died_unfinished(w);
        if (!status) continue;
        const WorkerSlot& proc = arena_.worker(w.process);
        if (w.kind == WorkerKind::Thread && proc.done.load() && !(proc.flags.load() & kWorkerCrashed)) {
            // A daemon thread its process left behind when it ended normally:
            // it ended with the process, as Python's daemon threads do.
            mark_dead(arena_, i, 0);
            arena_.worker(i).flags.fetch_and(~kWorkerCrashed, std::memory_order_relaxed);
            continue;
        }
        mark_dead(arena_, i, *status);
    }
    // Deaths found here, and those a parent's join reaped before this look.
    for (uint16_t i = 0; i < arena_.worker_count(); ++i) {
        const WorkerSlot& w = arena_.worker(i);
        if (w.kind != WorkerKind::Process || !(w.flags.load() & kWorkerCrashed) || !w.used.load()) continue;
        if (((w.flags.load() & kWorkerTerminated) && w.exitcode.load() == -SIGTERM) ||
            ((w.flags.load() & kWorkerKilled) && w.exitcode.load() == -SIGKILL))
            continue;  // terminate() or kill(): on purpose
        if (told_.size() <= i) told_.resize(i + 1u, 0);
        if (told_[i]) continue;
        told_[i] = 1;
        deaths_.push_back(describe_death(arena_, i));
    }
}

bool RunWatch::all_blocked_for_good(std::vector<uint32_t>& epochs) const {
    const uint32_t n = arena_.worker_count();
    epochs.assign(n, 0);
    bool any = false;
    for (uint32_t i = 0; i < n; ++i) {
        const WorkerSlot& w = arena_.worker(i);
        if (!w.used.load(std::memory_order_acquire)) return false;  // a worker being made
        if (!live(w)) continue;
        epochs[i] = w.wait_epoch.load(std::memory_order_seq_cst);
        if (static_cast<WorkerState>(w.state.load(std::memory_order_seq_cst)) != WorkerState::Blocked) return false;
        if (w.flags.load(std::memory_order_acquire) & kWorkerHasTimeout) return false;
        any = true;
    }
    return any;
}

std::optional<std::string> RunWatch::check(int64_t now_ns) {
    if (now_ns < next_proc_check_) return std::nullopt;
    next_proc_check_ = now_ns + kProcCheckNs;
    find_dead();
    std::vector<uint32_t> epochs;
    if (!all_blocked_for_good(epochs)) {
        stall_since_ = -1;
        return std::nullopt;
    }
    // The same waits, not merely blocked again: every epoch must be unchanged.
    if (stall_since_ < 0 || epochs != stall_epochs_ || arena_.worker_count() != stall_workers_) {
        stall_since_ = now_ns;
        stall_epochs_ = std::move(epochs);
        stall_workers_ = arena_.worker_count();
        return std::nullopt;
    }
    if (now_ns - stall_since_ < kStallNs) return std::nullopt;
    std::string deaths;
    for (const std::string& d : deaths_) deaths += d + "; ";
    return i18n::trf("stuck: {deaths}nobody can move and not everybody is done ({waits})",
                     {{"deaths", deaths}, {"waits", describe_waits(arena_)}});
}

}  // namespace il::core
