#include "core/observer/run.hpp"

#include "core/common/i18n.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <utility>

#include "core/common/deadlock.hpp"
#include "core/common/futex.hpp"
#include "core/runtime/registry.hpp"
#include "core/runtime/runtime.hpp"
#include "core/runtime/worker.hpp"

namespace il::core {

namespace {

constexpr int kArenaFd = 3;  // where the run process finds the arena

std::string validate(const RunOptions& o) {
    std::string why;
    const DemoInfo* d = Registry::find(o.demo_id, &why);
    if (!d) return why.empty() ? "unknown demo '" + o.demo_id + "' (see `interleave list`)" : why;
    Params p(d->params);
    for (const std::string& a : o.params)
        if (std::string e = p.set(d->params, a); !e.empty()) return e;
    return {};
}

RunExit to_exit(int status) {
    RunExit e;
    if (WIFEXITED(status)) {
        e.exited = true;
        e.code = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        e.signal = WTERMSIG(status);
    }
    return e;
}

// SIGTERM in the run process (sent by the kernel when the observer dies, via
// PR_SET_PDEATHSIG): take the whole process group down. kill() is async-signal-safe.
void on_observer_death(int) { ::kill(0, SIGKILL); }

constexpr const char* kRunDirVariable = "INTERLEAVE_RUN_DIR";

std::string env_tmpdir() {
    const char* t = std::getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

// The observer's environment, with TMPDIR and INTERLEAVE_RUN_DIR set to the run's directory.
std::vector<std::string> run_environment(const std::string& dir) {
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const std::string_view v = *e;
        if (v.starts_with("TMPDIR=") || v.starts_with(std::string(kRunDirVariable) + "=")) continue;
        env.emplace_back(v);
    }
    env.push_back("TMPDIR=" + dir);
    env.push_back(std::string(kRunDirVariable) + "=" + dir);
    return env;
}

}  // namespace

std::string run_temp_dir() {
    const char* d = std::getenv(kRunDirVariable);
    return d && *d ? d : env_tmpdir();
}

int32_t python_exitcode(int wait_status) {
    if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
    if (WIFSIGNALED(wait_status)) return -WTERMSIG(wait_status);
    return 0;
}

std::string signal_name(int sig) {
    const char* abbrev = sigabbrev_np(sig);
    return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
}

std::string RunExit::describe() const {
    return exited ? i18n::trf("exit code {code}", {{"code", std::to_string(code)}})
                  : i18n::trf("killed by {signal}", {{"signal", signal_name(signal)}});
}

namespace {
int g_run_host_fd = -1;  // use_run_host(); -1: /proc/self/exe
}  // namespace

bool use_run_host(const std::string& path) {
    const int opened = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (opened < 0) return false;
    // Above the run's fixed descriptors (the arena goes to fd 3 before exec).
    const int fd = ::fcntl(opened, F_DUPFD_CLOEXEC, 10);
    ::close(opened);
    if (fd < 0) return false;
    if (::access(path.c_str(), X_OK) != 0) {
        ::close(fd);
        return false;
    }
    if (g_run_host_fd >= 0) ::close(g_run_host_fd);
    g_run_host_fd = fd;
    return true;
}

std::string self_executable() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return {};
    return std::string(buf, static_cast<size_t>(n));
}

RunHandle RunHandle::start(const RunOptions& options) {
    if (std::string err = validate(options); !err.empty()) throw std::invalid_argument(err);
    // Orphans of a killed run come back to the observer to be reaped (reap_group).
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    RunHandle h;
    h.arena_ = Arena::create(options.arena, options.demo_id);
    ArenaHeader& hd = h.arena_.header();
    hd.mode.store(static_cast<uint32_t>(options.mode), std::memory_order_relaxed);
    hd.slow_delay_us.store(options.slow_delay_us, std::memory_order_relaxed);
    // Step/replay: the main worker counts as in flight until it parks at Begin.
    hd.in_flight.store(1, std::memory_order_release);

    // Our own binary is executed through /proc/self/exe, which still names the
    // running file after a rebuild has replaced or deleted it on disk (the run
    // must be hosted by the same build as its observer, whose arena it shares).
    const bool self = options.executable.empty();
    const std::string exe = !self                ? options.executable
                            : g_run_host_fd >= 0 ? "/proc/self/fd/" + std::to_string(g_run_host_fd)
                                                 : "/proc/self/exe";
    // argv[0] names the run for ps and top: `interleave-run lock.lost_update __run-child …`
    // (the comm is set by the run process itself, see run_child_main).
    std::vector<std::string> args{std::string(kRunProcessName) + " " + options.demo_id, "__run-child", "--arena-fd",
                                  std::to_string(kArenaFd), "--demo", options.demo_id};
    for (const std::string& p : options.params) {
        args.push_back("--param");
        args.push_back(p);
    }
    for (const std::string& p : options.program_args) {
        args.push_back("--program-arg");
        args.push_back(p);
    }
    args.push_back("--observer");
    args.push_back(std::to_string(::getpid()));
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    // In $TMPDIR, or in /tmp when $TMPDIR is unusable (a run should not fail
    // for a stale variable; the run process's TMPDIR then names a real place).
    std::string dir = env_tmpdir() + "/interleave-run-XXXXXX";
    if (!::mkdtemp(dir.data())) {
        const int err = errno;
        dir = "/tmp/interleave-run-XXXXXX";
        if (!::mkdtemp(dir.data()))
            throw std::runtime_error("cannot create the run's temporary directory in " + env_tmpdir() + ": " +
                                     std::strerror(err));
    }
    h.temp_dir_ = dir;  // from here on, ~RunHandle removes it
    std::vector<std::string> env = run_environment(dir);
    std::vector<char*> envp;
    for (std::string& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);

    // posix_spawn (a vfork under the hood) is safe from a multi-threaded
    // observer and does not copy its page tables. The arena fd is handed over as
    // fd 3 (dup2 onto itself clears FD_CLOEXEC, glibc >= 2.29); the run gets its
    // own process group so stop() can kill all of it at once.
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, h.arena_.fd(), kArenaFd);
    posix_spawnattr_init(&attr);
    // The observer may ignore SIGPIPE (the CLI does, to see EPIPE) or handle
    // SIGINT; an ignored disposition survives exec, and a demo must start with
    // the defaults a plain program has.
    sigset_t defaults;
    sigemptyset(&defaults);
    for (const int sig : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&defaults, sig);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    posix_spawnattr_setpgroup(&attr, 0);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, exe.c_str(), &fa, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        std::filesystem::remove_all(h.temp_dir_);
        h.temp_dir_.clear();
        throw std::runtime_error("cannot start the run process '" + exe + "': " + std::strerror(rc));
    }
    h.pid_ = pid;
    return h;
}

RunHandle::RunHandle(RunHandle&& o) noexcept
    : arena_(std::move(o.arena_)),
      pid_(std::exchange(o.pid_, -1)),
      temp_dir_(std::exchange(o.temp_dir_, {})),
      exit_(std::move(o.exit_)) {}

RunHandle& RunHandle::operator=(RunHandle&& o) noexcept {
    if (this != &o) {
        if (pid_ > 0 && !exit_) stop();
        arena_ = std::move(o.arena_);
        pid_ = std::exchange(o.pid_, -1);
        temp_dir_ = std::exchange(o.temp_dir_, {});
        exit_ = std::move(o.exit_);
    }
    return *this;
}

RunHandle::~RunHandle() {
    if (pid_ > 0 && !exit_) stop();
    if (!temp_dir_.empty()) {  // a run that never started
        std::error_code ec;
        std::filesystem::remove_all(temp_dir_, ec);
    }
}

void RunHandle::ended(int status) {
    exit_ = to_exit(status);
    reap_group();  // anything of the run still around goes with it
    // Nothing of the run is left to use its files: they go too.
    if (!temp_dir_.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(temp_dir_, ec);
        temp_dir_.clear();
    }
}

std::optional<RunExit> RunHandle::poll() {
    if (exit_ || pid_ <= 0) return exit_;
    int status = 0;
    const pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) ended(status);
    return exit_;
}

std::optional<RunExit> RunHandle::wait(int64_t timeout_ns) {
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    while (!poll()) {
        if (deadline >= 0 && monotonic_ns() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return exit_;
}

RunExit RunHandle::stop() {
    if (pid_ <= 0) return {};
    if (exit_) return *exit_;
    ::kill(-pid_, SIGKILL);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    ended(status);
    return *exit_;
}

void RunHandle::reap_group() {
    // Demo processes left in the run's group (possible when the run process
    // died first) are killed. The observer is a child subreaper, so as their
    // parents die they are re-parented to us, and we wait for every one of
    // them: SIGKILL cannot be ignored, so this loop ends.
    ::kill(-pid_, SIGKILL);
    int status = 0;
    while (waitpid(-pid_, &status, 0) > 0 || errno == EINTR) {
    }
}

// ---------------------------------------------------------------- run process

namespace {

struct ChildArgs {
    int observer = 0;  // the observer's pid: when it dies, so does the run
    int fd = -1;
    std::string demo;
    std::vector<std::string> params;
    std::vector<std::string> program_args;
};

bool parse_child_args(int argc, char** argv, ChildArgs& out, std::string& err) {
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (i + 1 >= argc) {
            err = "missing value after " + std::string(a);
            return false;
        }
        const std::string v = argv[++i];
        if (a == "--arena-fd") out.fd = std::atoi(v.c_str());
        else if (a == "--demo") out.demo = v;
        else if (a == "--param") out.params.push_back(v);
        else if (a == "--program-arg") out.program_args.push_back(v);
        else if (a == "--observer") out.observer = std::atoi(v.c_str());
        else {
            err = "unknown argument " + std::string(a);
            return false;
        }
    }
    if (out.fd < 0 || out.demo.empty()) err = "needs --arena-fd and --demo";
    return err.empty();
}

// How long an os.fork() child may go on once the program has ended (run
// mode): long enough for the course's orphan, which sleeps a moment to see
// its new parent; a child that would run on for ever is then ended. The
// tests shorten it (INTERLEAVE_ORPHAN_GRACE_MS) rather than wait 5 s.
int64_t orphan_grace_ns() {
    const char* ms = std::getenv("INTERLEAVE_ORPHAN_GRACE_MS");
    return ms != nullptr ? std::atoll(ms) * 1'000'000 : 5'000'000'000;
}

// Orphans still running after the grace: `sig`, marked as sent on purpose,
// so the summary says "Child-1 was still running after the program ended".
void end_orphans(Arena& a, int sig) {
    for (uint32_t i = 1; i < a.worker_count(); ++i) {
        WorkerSlot& w = a.worker(i);
        if (w.kind != WorkerKind::Process || w.done.load() || w.pid.load() <= 0) continue;
        w.flags.fetch_or(kWorkerTerminated);  // with kWorkerOrphan: "still running … ended" (run_watch.cpp)
        ::kill(w.pid.load(), sig);
    }
}

// The subreaper's last duty: reap every orphan re-parented to us; in run
// mode, end those still running orphan_grace_ns() after the program ended.
void reap_orphans(Arena& a) {
    int status = 0;
    pid_t pid;
    int64_t deadline = stepping() ? -1 : monotonic_ns() + orphan_grace_ns();
    int next_signal = SIGTERM;
    for (;;) {
        pid = waitpid(-1, &status, deadline < 0 ? 0 : WNOHANG);
        if (pid < 0 && errno == EINTR) continue;
        if (pid < 0) break;  // no child left
        if (pid == 0) {      // some still running
            if (monotonic_ns() < deadline) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                continue;
            }
            end_orphans(a, next_signal);
            // A second, shorter grace for SIGTERM (a program may catch it); SIGKILL then waits.
            deadline = next_signal == SIGTERM ? monotonic_ns() + 1'000'000'000 : -1;
            next_signal = SIGKILL;
            continue;
        }
        for (uint32_t i = 0; i < a.worker_count(); ++i) {
            WorkerSlot& w = a.worker(i);
            if (w.kind != WorkerKind::Process || w.pid.load() != pid) continue;
            const int32_t code = python_exitcode(status);
            if (!w.done.load()) w.flags.fetch_or(kWorkerCrashed);
            w.exitcode.store(code);
            w.flags.fetch_or(kWorkerReaped);
            publish_wait(w, WorkerState::Done);
            w.done.store(1);
            emit(EventKind::Reaped, w.object, i, 0);
        }
    }
}

}  // namespace

int run_child_main(int argc, char** argv) {
    ChildArgs args;
    std::string err;
    if (!parse_child_args(argc, argv, args, err)) {
        std::fprintf(stderr, "interleave __run-child: %s\n", err.c_str());
        return 2;
    }
    // What ps and top show (the comm): `exe` otherwise, as we are started
    // through /proc/self/exe. Threads and forked children inherit it.
    prctl(PR_SET_NAME, kRunProcessName);
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    struct sigaction sa{};
    sa.sa_handler = on_observer_death;
    sigaction(SIGTERM, &sa, nullptr);
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (args.observer > 0 && ::getppid() != args.observer) return 2;  // the observer is already gone
    static Arena arena;  // lives until _exit: forked children keep using it
    try {
        arena = Arena::attach(args.fd);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "interleave __run-child: %s\n", e.what());
        return 2;
    }
    std::string why;
    const DemoInfo* demo = Registry::find(args.demo, &why);
    if (!demo) {
        if (why.empty()) std::fprintf(stderr, "interleave __run-child: unknown demo '%s'\n", args.demo.c_str());
        else std::fprintf(stderr, "interleave __run-child: %s\n", why.c_str());
        return 2;
    }
    Params params(demo->params);
    for (const std::string& p : args.params)
        if (std::string e = params.set(demo->params, p); !e.empty()) {
            std::fprintf(stderr, "interleave __run-child: %s\n", e.c_str());
            return 2;
        }
    attach(&arena);
    ArenaHeader& h = arena.header();
    h.run_pid.store(::getpid());
    h.run_state.store(static_cast<uint32_t>(RunState::Running), std::memory_order_release);
    const uint16_t main_worker = register_main_worker();
    RunContext ctx(params, args.demo, args.program_args);
    const int code = run_worker_body([&] { demo->run(ctx); }, 0);
    if (self() != main_worker) _exit(code);  // an os.fork() child whose copy of run() returned
    reap_orphans(arena);
    h.run_state.store(static_cast<uint32_t>(code == 0 ? RunState::Finished : RunState::Failed),
                      std::memory_order_release);
    // A program's own exit status (sys.exit(3)) is the run's; anything else that failed is 1.
    return code == 0 ? 0 : (code > 0 && code < 256 ? code : 1);
}

}  // namespace il::core
