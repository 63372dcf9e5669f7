// core/runtime/worker.hpp — Thread and Process: real OS threads and real fork()ed
// processes, each a worker of the run with a Python-style name.
//
// Names follow Python: threads are Thread-1, Thread-2 … in the order they are
// created; processes started by the main process are Process-1, Process-2 …,
// and a process started by Process-1 is Process-1:1. A thread that lives in a
// child process is shown as "Process-1/Thread-1" so names are unique in a run.
//
// Lifetimes: the handle is a small value; the OS thread is owned by the
// runtime, which joins every non-daemon thread (and waits for every non-daemon
// child process) when a process's main function returns, as Python does at
// interpreter exit. Thread rules: a handle may be used from any worker of the
// process that created it; join/is_alive of a Process only from its parent.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/runtime/runtime.hpp"

namespace il::core {

class Thread {
public:
    // An unnamed thread is "Thread-N" (N counts unnamed threads, as in Python),
    // or "Thread-N (target_name)" when target_name is given (Python 3.10+
    // shows the target function's name, e.g. a pool's "Thread-4 (worker)").
    explicit Thread(std::function<void()> target, std::string_view name = {}, bool daemon = false,
                    Loc loc = Loc::current(), std::string_view target_name = {});
    void start(Loc loc = Loc::current());
    // join(timeout=None): waits for the thread to finish; false when the timeout
    // elapsed first (is_alive() then still says true).
    bool join(double timeout = -1, Loc loc = Loc::current());
    bool is_alive() const;
    std::string name() const;
    uint16_t worker() const;
    // Marks it as a pool's or an executor's own machinery (kWorkerInternal);
    // call before start().
    void set_internal();
    // The kernel's thread id; 0 until the new thread has begun (a moment after start()).
    int native_id() const;
    // The pthread_t (Python's threading.get_ident()); known once start() returned, 0 before.
    uint64_t ident() const;

    struct State;

private:
    std::shared_ptr<State> s_;
};

class Process {
public:
    // An unnamed process is "<stem>-N" ("Process-2"; "ForkPoolWorker-2" for a
    // pool's worker, as multiprocessing names them), "<stem>-1:N" inside
    // Process-1. N counts every process this process creates, named or not.
    explicit Process(std::function<void()> target = {}, std::string_view name = {}, bool daemon = false,
                     Loc loc = Loc::current(), std::string_view stem = "Process");
    virtual ~Process() = default;
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    // Forks. The child runs run() (a subclass may override it; by default it
    // calls the target), then exits with 0, or 1 if run() threw.
    void start(Loc loc = Loc::current());
    // join(timeout=None): waits for the child and reaps it (it stops being a
    // zombie); false when the timeout elapsed first.
    bool join(double timeout = -1, Loc loc = Loc::current());
    bool is_alive();
    // terminate(): SIGTERM; exitcode becomes -15 once joined.
    void terminate(Loc loc = Loc::current());
    int pid() const { return pid_; }
    // None while running; the exit code, or -N when killed by signal N.
    std::optional<int> exitcode();
    std::string name() const;
    uint16_t worker() const { return worker_; }

protected:
    virtual void run();

private:
    bool reap(bool block, int64_t timeout_ns);
    std::function<void()> target_;
    uint16_t worker_ = kNoWorker;
    int pid_ = 0;
    bool daemon_ = false;
    bool reaped_ = false;
    int exitcode_ = 0;
};

// Called in a process when its main function is done: joins non-daemon threads,
// waits for non-daemon child processes, terminates daemon ones (Python's exit).
void process_exit_cleanup();

// Run-process bootstrap: registers the calling thread as MainThread of
// MainProcess (worker 0). Used by the run process and by in-process tests.
uint16_t register_main_worker(Loc loc = Loc::current());

// Runs `body` as a worker's whole life: Begin checkpoint, body, finish_worker.
// Exceptions are reported on the console the way Python prints a traceback
// headline; returns the exit code (0, or 1 when body threw).
int run_worker_body(const std::function<void()>& body, uint32_t line);

}  // namespace il::core

namespace il::core {

// os.fork(): returns 0 in the child and the child's pid in the parent. The child
// is a new worker ("Child-N") that continues from the same line. It ends with
// exit_process() or when the demo's run function returns in it.
int fork_process(Loc loc = Loc::current());
namespace detail {
// os.fork() in two halves, for a front end that must not hold a lock of its
// own across a checkpoint (the Python GIL): fork_announce() names ("Child-N",
// or `name` when given: multiprocessing's "Process-1") and registers the child
// worker and makes the StartProcess checkpoint; fork_now() forks — 0 in the
// child, which is that worker from then on and must make its Begin checkpoint
// next; the child's pid in the parent. A `waited` child is a Process's: when
// this process ends it is waited for (or, `daemon`, terminated), as
// multiprocessing does at exit; otherwise it is os.fork's, left to be orphaned.
uint16_t fork_announce(uint32_t line, std::string_view name = {});
int fork_now(uint16_t child, uint32_t line, bool waited = false, bool daemon = false);

// What a front end with a process-wide lock of its own (CPython: the GIL and
// its fork handlers) must do around every fork() of the run, whichever
// thread makes it: `before` in the forking thread, then `parent` or `child`
// right after, in the same thread. Set once, before the first fork.
struct ForkHooks {
    void (*before)() = nullptr;
    void (*parent)() = nullptr;
    void (*child)() = nullptr;
};
void set_fork_hooks(ForkHooks hooks);
}  // namespace detail
// os.waitpid(pid, 0) (pid -1: any child): reaps a child, returns {pid, exit code
// or -signal}; {-1, 0} when there is no child to wait for.
// With block false (WNOHANG): {0, 0} at once when the child has not ended yet;
// a step that never waits. With a timeout (seconds, >= 0): {0, 0} when it
// elapsed first (multiprocessing's Popen.wait(timeout)).
std::pair<int, int> wait_child(int pid = -1, bool block = true, Loc loc = Loc::current(), double timeout = -1);
// os.kill(pid, sig): to a child of this process, a Terminate step on its
// worker (SIGTERM or SIGKILL mark it terminated; in step mode the call
// returns once it has died); to any other pid, the plain kill(). Returns
// kill()'s result (errno set on -1).
int kill_child(int pid, int sig, Loc loc = Loc::current());
// os._exit(code) for the calling process: ends this process's worker(s).
[[noreturn]] void exit_process(int code, Loc loc = Loc::current());

}  // namespace il::core
