#include "core/runtime/worker.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include "core/common/deadlock.hpp"
#include "core/common/futex.hpp"
#include "core/observer/run.hpp"

namespace il::core {

struct Thread::State {
    std::function<void()> target;
    uint16_t worker = kNoWorker;
    bool daemon = false;
    std::thread thread;
    std::atomic<bool> started{false};
    std::atomic<int> tid{0};
    uint64_t ident = 0;  // the pthread_t, as Python's threading.get_ident() reports it; set by start()
};

namespace {

struct ChildRecord {
    int pid = 0;
    uint16_t worker = kNoWorker;
    bool daemon = false;
    bool reaped = false;
    bool raw = false;  // os.fork(): not waited for at exit; orphaned instead
};

// Per-process bookkeeping. fork() copies it; the child resets what is not its own.
struct ProcessLocal {
    std::mutex mu;
    std::vector<std::shared_ptr<Thread::State>> threads;  // started in this process
    std::vector<ChildRecord> children;                     // forked by this process
    uint32_t thread_counter = 0;   // Python's Thread-N, per interpreter
    uint32_t process_counter = 0;  // Process-N (or Process-1:N) children of this process
    uint32_t fork_counter = 0;
    std::string identity;          // "" in MainProcess, "Process-1" in its first child …
};

ProcessLocal& local() {
    static ProcessLocal p;
    return p;
}

int gettid_now() { return static_cast<int>(syscall(SYS_gettid)); }

void mark_started(WorkerSlot& w) {
    w.pid.store(::getpid(), std::memory_order_relaxed);
    w.tid.store(gettid_now(), std::memory_order_relaxed);
    w.ppid.store(::getppid(), std::memory_order_relaxed);
    w.state.store(static_cast<uint32_t>(WorkerState::Running), std::memory_order_release);
}

// Step mode: a new worker counts as in flight until it parks at its Begin checkpoint.
void count_new_worker() {
    if (stepping()) arena()->header().in_flight.fetch_add(1, std::memory_order_acq_rel);
}

std::string qualified(std::string_view name) {
    const std::string& id = local().identity;
    return id.empty() ? std::string(name) : id + "/" + std::string(name);
}

// Records a reaped child: exit code, Done, Reaped. Called by whoever waited for it.
void record_reaped(uint16_t worker, int status) {
    Arena& a = *arena();
    WorkerSlot& w = a.worker(worker);
    const int32_t code = python_exitcode(status);
    const bool finished_normally = w.done.load(std::memory_order_acquire) != 0;
    if (!finished_normally || WIFSIGNALED(status)) w.flags.fetch_or(kWorkerCrashed, std::memory_order_relaxed);
    w.exitcode.store(code, std::memory_order_relaxed);
    w.flags.fetch_or(kWorkerReaped, std::memory_order_relaxed);
    publish_wait(w, WorkerState::Done);
    if (!finished_normally) {
        w.stamping.store(0, std::memory_order_release);  // died mid-record: that event never comes
        w.done.store(1, std::memory_order_release);
        futex_wake_all(&w.done);
    }
    emit(EventKind::Reaped, w.object, worker, 0);
}

// Waits for child `pid` up to timeout_ns (-1: forever). Returns the status, or nullopt on timeout.
std::optional<int> wait_pid(int pid, int64_t timeout_ns) {
    int status = 0;
    const int fd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    for (;;) {
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) break;
        if (r < 0 && errno != EINTR) {
            status = 0;
            break;  // not our child any more (reaped elsewhere)
        }
        int64_t left = deadline < 0 ? 100'000'000 : std::min<int64_t>(deadline - monotonic_ns(), 100'000'000);
        if (deadline >= 0 && left <= 0) {
            if (fd >= 0) close(fd);
            return std::nullopt;
        }
        if (fd >= 0) {
            pollfd p{fd, POLLIN, 0};
            poll(&p, 1, static_cast<int>(std::max<int64_t>(1, left / 1'000'000)));
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (arena() && arena()->header().stop.load(std::memory_order_acquire)) {
            if (fd >= 0) close(fd);
            throw RunStopped{};
        }
    }
    if (fd >= 0) close(fd);
    return status;
}

// Joins the worker's "done" word in run mode, as a blocked wait on `object`.
bool wait_done(WorkerSlot& w, uint32_t object, int64_t timeout_ns, uint32_t line) {
    if (w.done.load(std::memory_order_acquire)) return true;
    if (timeout_ns == 0) return false;
    block_on(object, line);
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    bool ok = true;
    while (!w.done.load(std::memory_order_acquire)) {
        int64_t left = -1;
        if (deadline >= 0 && (left = deadline - monotonic_ns()) <= 0) {
            ok = false;
            break;
        }
        futex_wait(&w.done, 0, left);
        if (arena()->header().stop.load(std::memory_order_acquire)) throw RunStopped{};
    }
    unblock(ok);
    return ok;
}

// After a SIGTERM, in step/replay mode: the next grant must see the child
// dead, not dying, so wait (without reaping it: join does that) until it exits.
void await_exit_if_stepping(int pid) {
    if (!stepping()) return;
    siginfo_t info{};
    while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
    }
}

void reset_after_fork_in_child(std::string identity) {
    ProcessLocal& p = local();
    // The mutex was held across fork() by the forking thread; it is ours now.
    // The parent's threads do not exist here, but their std::thread handles
    // were copied still joinable, and destroying one calls std::terminate:
    // keep them (never joined, never destroyed) for the life of this process.
    static auto* inherited = new std::vector<std::shared_ptr<Thread::State>>();
    inherited->insert(inherited->end(), p.threads.begin(), p.threads.end());
    p.threads.clear();
    p.children.clear();
    p.process_counter = 0;
    p.fork_counter = 0;
    p.identity = std::move(identity);
}

detail::ForkHooks g_fork_hooks;  // set once by the front end, before any fork

// fork() with the process-local lock held, so the child inherits it consistent.
// The front end's `before` hook comes first: it may take a lock (the GIL) that
// a thread holding local().mu never waits for, never the other way round; and
// it may make steps of its own (a program's os.register_at_fork(before=
// lock.acquire)), so the child is counted in flight only after it.
int fork_worker(uint16_t child_worker, std::string child_identity, uint32_t line, bool raw, bool daemon = false) {
    ProcessLocal& p = local();
    if (g_fork_hooks.before != nullptr) g_fork_hooks.before();
    count_new_worker();
    // The run process handles SIGTERM (observer death: kill the whole group);
    // a demo process must not inherit that, or terminate() would end the run.
    // SIGTERM stays blocked across fork() until the child has its default
    // action back, so even an immediate terminate() only ends the child (-15).
    sigset_t term, old_mask;
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &term, &old_mask);
    p.mu.lock();
    const int pid = ::fork();
    if (pid < 0) {
        const int e = errno;
        p.mu.unlock();
        pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
        if (g_fork_hooks.parent != nullptr) g_fork_hooks.parent();
        throw RuntimeError(std::string("fork failed: ") + std::strerror(e));
    }
    if (pid == 0) {
        signal(SIGTERM, SIG_DFL);
        pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
        reset_after_fork_in_child(std::move(child_identity));
        p.mu.unlock();
        set_self(child_worker);
        WorkerSlot& w = arena()->worker(child_worker);
        mark_started(w);
        emit(EventKind::WorkerStart, w.object, ::getpid(), line);
        if (g_fork_hooks.child != nullptr) g_fork_hooks.child();
        return 0;
    }
    p.children.push_back({pid, child_worker, daemon, false, raw});
    p.mu.unlock();
    pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
    if (g_fork_hooks.parent != nullptr) g_fork_hooks.parent();
    WorkerSlot& w = arena()->worker(child_worker);
    emit(EventKind::Fork, w.object, pid, line);
    return pid;
}

}  // namespace

// ---------------------------------------------------------------- Thread

Thread::Thread(std::function<void()> target, std::string_view name, bool daemon, Loc loc,
               std::string_view target_name)
    : s_(std::make_shared<State>()) {
    s_->target = std::move(target);
    s_->daemon = daemon;
    std::string n(name);
    if (n.empty()) {
        std::lock_guard g(local().mu);
        n = "Thread-" + std::to_string(++local().thread_counter);  // Python counts unnamed threads only
        if (!target_name.empty()) n.append(" (").append(target_name).append(")");
    }
    s_->worker = register_worker(WorkerKind::Thread, qualified(n), self(), self() == kNoWorker ? 0 : self_slot().process,
                                 daemon ? kWorkerDaemon : 0, line_of(loc));
    emit(EventKind::WorkerNew, arena()->worker(s_->worker).object, s_->worker, line_of(loc));
}

void Thread::set_internal() { arena()->worker(s_->worker).flags.fetch_or(kWorkerInternal, std::memory_order_relaxed); }

void Thread::start(Loc loc) {
    if (s_->started.exchange(true)) throw RuntimeError("threads can only be started once");
    const uint32_t line = line_of(loc);
    WorkerSlot& w = arena()->worker(s_->worker);
    checkpoint(OpKind::StartThread, w.object, line);
    count_new_worker();
    std::shared_ptr<State> s = s_;
    {
        std::lock_guard g(local().mu);
        local().threads.push_back(s);
    }
    s->thread = std::thread([s, line] {
        set_self(s->worker);
        WorkerSlot& me = self_slot();
        mark_started(me);
        s->tid.store(me.tid.load(std::memory_order_relaxed), std::memory_order_relaxed);
        emit(EventKind::WorkerStart, me.object, ::getpid(), line);
        run_worker_body(s->target, line);
    });
    s->ident = static_cast<uint64_t>(s->thread.native_handle());
}

bool Thread::join(double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    if (!s_->started.load()) throw RuntimeError("cannot join thread before it is started");
    if (s_->worker == self()) throw RuntimeError("cannot join current thread");
    WorkerSlot& w = arena()->worker(s_->worker);
    const int64_t tns = timeout < 0 ? -1 : static_cast<int64_t>(timeout * 1e9);
    const Grant g = checkpoint(OpKind::Join, w.object, line, tns, tns >= 0);
    if (g == Grant::TimeOut) return false;
    if (!wait_done(w, w.object, tns, line)) return false;
    emit(EventKind::Joined, w.object, s_->worker, line);
    return true;
}

bool Thread::is_alive() const {
    return s_->started.load() && !arena()->worker(s_->worker).done.load(std::memory_order_acquire);
}

std::string Thread::name() const { return arena()->worker(s_->worker).name; }
uint16_t Thread::worker() const { return s_->worker; }
int Thread::native_id() const { return s_->tid.load(); }
uint64_t Thread::ident() const { return s_->ident; }

// ---------------------------------------------------------------- Process

Process::Process(std::function<void()> target, std::string_view name, bool daemon, Loc loc,
                 std::string_view stem)
    : target_(std::move(target)), daemon_(daemon) {
    std::string n;
    {
        std::lock_guard g(local().mu);
        const uint32_t k = ++local().process_counter;
        const std::string& id = local().identity;
        if (!name.empty()) n = name;
        else if (id.empty()) n = std::string(stem) + "-" + std::to_string(k);
        else if (stem == "Process") n = id + ":" + std::to_string(k);
        else n = std::string(stem) + "-" + id.substr(id.rfind('-') + 1) + ":" + std::to_string(k);  // <stem>-1:k
    }
    worker_ = register_worker(WorkerKind::Process, n, self(), kNoWorker, kWorkerMain | (daemon ? kWorkerDaemon : 0),
                              line_of(loc));
    emit(EventKind::WorkerNew, arena()->worker(worker_).object, worker_, line_of(loc));
}

void Process::run() {
    if (target_) target_();
}

void Process::start(Loc loc) {
    if (pid_ != 0) throw RuntimeError("cannot start a process twice");
    const uint32_t line = line_of(loc);
    WorkerSlot& w = arena()->worker(worker_);
    checkpoint(OpKind::StartProcess, w.object, line);
    const int pid = fork_worker(worker_, w.name, line, false);
    if (pid == 0) {
        const int code = run_worker_body([this] { run(); }, line);
        _exit(code);
    }
    pid_ = pid;
    std::lock_guard g(local().mu);
    for (ChildRecord& c : local().children)
        if (c.pid == pid) c.daemon = daemon_;
}

bool Process::reap(bool block, int64_t timeout_ns) {
    if (reaped_) return true;
    const std::optional<int> st = wait_pid(pid_, block ? timeout_ns : 0);
    if (!st) return false;
    record_reaped(worker_, *st);
    reaped_ = true;
    exitcode_ = arena()->worker(worker_).exitcode.load(std::memory_order_relaxed);
    std::lock_guard g(local().mu);
    for (ChildRecord& c : local().children)
        if (c.pid == pid_) c.reaped = true;
    return true;
}

bool Process::join(double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    if (pid_ == 0) throw RuntimeError("can only join a started process");
    WorkerSlot& w = arena()->worker(worker_);
    const int64_t tns = timeout < 0 ? -1 : static_cast<int64_t>(timeout * 1e9);
    const Grant g = checkpoint(OpKind::Join, w.object, line, tns, tns >= 0);
    if (g == Grant::TimeOut) return false;
    if (reaped_) return true;
    bool ok = true;
    if (!stepping()) {
        block_on(w.object, line);
        ok = reap(true, tns);
        unblock(ok);
    } else {
        ok = reap(true, -1);  // granted: the child has finished (or died)
    }
    if (ok) emit(EventKind::Joined, w.object, worker_, line);
    return ok;
}

bool Process::is_alive() {
    if (pid_ == 0 || reaped_) return false;
    return !reap(false, 0);
}

void Process::terminate(Loc loc) {
    WorkerSlot& w = arena()->worker(worker_);
    checkpoint(OpKind::Terminate, w.object, line_of(loc));
    if (pid_ != 0 && !reaped_) {
        w.flags.fetch_or(kWorkerTerminated, std::memory_order_relaxed);
        ::kill(pid_, SIGTERM);
        await_exit_if_stepping(pid_);
        emit(EventKind::Terminated, w.object, worker_, line_of(loc));
    }
}

std::optional<int> Process::exitcode() {
    if (pid_ == 0) return std::nullopt;
    if (!reaped_ && !reap(false, 0)) return std::nullopt;
    return exitcode_;
}

std::string Process::name() const { return arena()->worker(worker_).name; }

// ---------------------------------------------------------------- raw fork

namespace detail {

uint16_t fork_announce(uint32_t line, std::string_view given) {
    std::string name(given);
    if (name.empty()) {
        std::lock_guard g(local().mu);
        const uint32_t k = ++local().fork_counter;
        const std::string& id = local().identity;
        name = (id.empty() ? std::string("Child-") : id + "/Child-") + std::to_string(k);
    }
    const uint16_t w = register_worker(WorkerKind::Process, name, self(), kNoWorker, kWorkerMain, line);
    checkpoint(OpKind::StartProcess, arena()->worker(w).object, line);
    return w;
}

int fork_now(uint16_t child, uint32_t line, bool waited, bool daemon) {
    return fork_worker(child, std::string(arena()->worker(child).name), line, !waited, daemon);
}

void set_fork_hooks(ForkHooks hooks) { g_fork_hooks = hooks; }

}  // namespace detail

int fork_process(Loc loc) {
    const uint32_t line = line_of(loc);
    const int pid = detail::fork_now(detail::fork_announce(line), line);
    if (pid == 0) checkpoint(OpKind::Begin, kNoObject, line);
    return pid;
}

namespace {

// The child `pid` (-1: any) of this process not yet reaped; pid 0 when none.
ChildRecord unreaped_child(int pid) {
    std::lock_guard g(local().mu);
    for (const ChildRecord& c : local().children)
        if (!c.reaped && (pid == -1 || c.pid == pid)) return c;
    return {};
}

}  // namespace

std::pair<int, int> wait_child(int pid, bool block, Loc loc, double timeout) {
    const uint32_t line = line_of(loc);
    const ChildRecord target = unreaped_child(pid);
    if (target.pid == 0) return {-1, 0};
    WorkerSlot& w = arena()->worker(target.worker);
    std::optional<int> st;
    if (block) {
        const int64_t tns = timeout < 0 ? -1 : static_cast<int64_t>(timeout * 1e9);
        if (checkpoint(OpKind::Join, w.object, line, tns, tns >= 0) == Grant::TimeOut) return {0, 0};
        if (!stepping()) block_on(w.object, line);
        st = wait_pid(target.pid, stepping() ? -1 : tns);  // granted in step mode: it has ended
        if (!stepping()) unblock(st.has_value());
        if (!st) return {0, 0};
    } else {
        checkpoint(OpKind::User, w.object, line);  // a look, never a wait
        st = wait_pid(target.pid, 0);
        if (!st) return {0, 0};
    }
    record_reaped(target.worker, st.value_or(0));
    {
        std::lock_guard g(local().mu);
        for (ChildRecord& c : local().children)
            if (c.pid == target.pid) c.reaped = true;
    }
    return {target.pid, w.exitcode.load(std::memory_order_relaxed)};
}

int kill_child(int pid, int sig, Loc loc) {
    const ChildRecord target = pid > 0 && sig != 0 ? unreaped_child(pid) : ChildRecord{};
    if (target.pid == 0) return ::kill(pid, sig);
    const uint32_t line = line_of(loc);
    WorkerSlot& w = arena()->worker(target.worker);
    checkpoint(OpKind::Terminate, w.object, line);
    const bool ends = sig == SIGTERM || sig == SIGKILL;
    if (ends) w.flags.fetch_or(sig == SIGTERM ? kWorkerTerminated : kWorkerKilled, std::memory_order_relaxed);
    const int r = ::kill(pid, sig);
    const int e = errno;
    if (r == 0 && ends) {
        await_exit_if_stepping(pid);
        emit(EventKind::Terminated, w.object, target.worker, line);
    }
    errno = e;
    return r;
}

namespace {

// os.fork() children outlive their parent: when it ends they become orphans,
// re-parented to the run process (a child subreaper), which reaps them.
void mark_orphans() {
    std::vector<ChildRecord> children;
    {
        std::lock_guard g(local().mu);
        children = local().children;
    }
    for (const ChildRecord& c : children) {
        if (!c.raw || c.reaped) continue;
        WorkerSlot& w = arena()->worker(c.worker);
        w.flags.fetch_or(kWorkerOrphan, std::memory_order_relaxed);
        emit(EventKind::Orphaned, w.object, c.worker, 0);
    }
}

}  // namespace

void exit_process(int code, Loc loc) {
    checkpoint(OpKind::Exit, kNoObject, line_of(loc));
    mark_orphans();
    finish_worker(code);
    _exit(code);
}

// ---------------------------------------------------------------- lifecycle

uint16_t register_main_worker(Loc loc) {
    {
        // A new run is a new interpreter: Python's Thread-N and Process-N count from 1.
        std::lock_guard g(local().mu);
        local().thread_counter = local().process_counter = local().fork_counter = 0;
        local().identity.clear();
    }
    const uint16_t w = register_worker(WorkerKind::Process, "MainThread", kNoWorker, 0, kWorkerMain, line_of(loc));
    set_self(w);
    mark_started(arena()->worker(w));
    emit(EventKind::WorkerStart, arena()->worker(w).object, ::getpid(), line_of(loc));
    return w;
}

int run_worker_body(const std::function<void()>& body, uint32_t line) {
    int code = 0;
    try {
        checkpoint(OpKind::Begin, kNoObject, line);
        body();
    } catch (const RunStopped&) {
        code = -SIGTERM;
    } catch (const ProgramExit& e) {
        code = e.code;
    } catch (const std::exception& e) {
        print_unchecked("Exception in " + current_thread_name() + ": " + e.what() + "\n", line);
        code = 1;
    }
    if (arena()->worker(self()).kind == WorkerKind::Process) {
        try {
            process_exit_cleanup();
        } catch (const RunStopped&) {
        }
    }
    finish_worker(code);
    return code;
}

void process_exit_cleanup() {
    ProcessLocal& p = local();
    std::vector<std::shared_ptr<Thread::State>> threads;
    std::vector<ChildRecord> children;
    {
        std::lock_guard g(p.mu);
        threads = p.threads;
        children = p.children;
    }
    for (auto& t : threads) {
        if (t->daemon) {
            // A daemon that has finished is joined: past `done` it still reads the
            // arena for a moment, and the arena may be gone once we return. One
            // still running is left behind, as Python leaves daemon threads.
            const bool finished = arena()->worker(t->worker).done.load(std::memory_order_acquire) != 0;
            if (t->thread.joinable()) {
                if (finished) t->thread.join();
                else t->thread.detach();
            }
            continue;
        }
        WorkerSlot& w = arena()->worker(t->worker);
        try {
            if (!w.done.load(std::memory_order_acquire)) {
                checkpoint(OpKind::Join, w.object, 0);
                wait_done(w, w.object, -1, 0);
            }
        } catch (const RunStopped&) {
            // Stopping: every checkpoint now throws, so the thread unwinds and ends.
        }
        if (t->thread.joinable()) t->thread.join();
    }
    mark_orphans();
    for (ChildRecord& c : children) {
        if (c.reaped) continue;
        WorkerSlot& w = arena()->worker(c.worker);
        if (c.raw) continue;  // see mark_orphans()
        if (c.daemon) {
            w.flags.fetch_or(kWorkerTerminated, std::memory_order_relaxed);
            ::kill(c.pid, SIGTERM);
            await_exit_if_stepping(c.pid);
        }
        checkpoint(OpKind::Join, w.object, 0);
        if (!stepping()) block_on(w.object, 0);
        const std::optional<int> st = wait_pid(c.pid, -1);
        if (!stepping()) unblock(true);
        record_reaped(c.worker, st.value_or(0));
    }
    std::lock_guard g(p.mu);
    p.threads.clear();
    for (ChildRecord& c : p.children) c.reaped = true;
}

}  // namespace il::core
