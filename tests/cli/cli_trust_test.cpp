// The CLI as a user's shell sees it: a stdout that fails (/dev/full, a closed
// pipe, a closed descriptor) is an error and exit code 1, never a silent 0;
// Ctrl+C / SIGTERM / SIGHUP stop the run cleanly, print the summary, write
// the files asked for and exit 128+signal; and nothing of the run remains.
//
// Each case forks this test process and runs cli_main in the child, with its
// standard descriptors set up as the shell would, so that signals and exit
// codes are the real ones. The child's run processes are this binary too
// (tests/test_main.cpp handles __run-child).
#include <doctest.h>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "app/cli/cli.hpp"
#include "core/observer/schedule.hpp"
#include "core/trace/trace_file.hpp"
#include "tests/support/processes.hpp"
#include "tests/support/wait.hpp"

namespace fs = std::filesystem;

namespace {

using il::test::all_processes;
using il::test::group_members;
using il::test::ProcStat;

std::string slurp(const fs::path& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// The run process the CLI child started (its child, in a group of its own).
int run_process_of(int cli_pid) {
    for (const ProcStat& p : all_processes())
        if (p.ppid == cli_pid && p.pgrp == p.pid) return p.pid;
    return 0;
}

struct Child {
    int pid = -1;
    fs::path dir;  // out, err and any files the run writes
    std::string out() const { return slurp(dir / "out"); }
    std::string err() const { return slurp(dir / "err"); }
    // Waits up to 30 s; the wait status, or -1 (the child is killed) if it hangs.
    int wait() {
        int status = 0;
        if (il::test::wait_until([&] { return ::waitpid(pid, &status, WNOHANG) == pid; }, std::chrono::seconds(30),
                                 std::chrono::milliseconds(10)))
            return status;
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        return -1;
    }
};

// Forks; the child points stdout/stderr at dir/out and dir/err, lets `setup`
// change them, runs `interleave ARGS` and exits with its code.
Child start_cli(std::vector<std::string> args, const std::function<void()>& setup = {}) {
    Child c;
    c.dir = fs::temp_directory_path() / ("il_cli_trust_" + std::to_string(::getpid()));
    fs::create_directories(c.dir);
    // Orphans of the child's runs come back to us, so that a run left behind
    // is seen (and reaped) here rather than lost to init.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    std::fflush(stdout);
    std::fflush(stderr);
    c.pid = ::fork();
    if (c.pid == 0) {
        const int out = ::open((c.dir / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open((c.dir / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::close(out);
        ::close(err);
        if (setup) setup();
        args.insert(args.begin(), "interleave");
        std::vector<char*> argv;
        for (std::string& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        const int code = il::app::cli_main(static_cast<int>(args.size()), argv.data());
        // As main() returning does: stdio flushed at exit (a write there to a
        // closed pipe would be a SIGPIPE death), then the process ends.
        std::exit(code);
    }
    return c;
}

// Processes of ours (direct children) still around: leftovers of a run.
int children_left() {
    int n = 0;
    for (const ProcStat& p : all_processes()) n += p.ppid == ::getpid();
    return n;
}

// Removes a scratch directory when the test case ends, failed REQUIREs included.
struct RemoveAtEnd {
    fs::path path;
    ~RemoveAtEnd() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

// A demo that prints early and runs for about 8 s: 8 threads, 8 lines each, 1 s apart.
const std::vector<std::string> kLongDemo = {"run",     "thread.order", "--param", "threads=8",
                                            "--param", "rounds=8",     "--param", "pause=1"};

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& more) {
    a.insert(a.end(), more.begin(), more.end());
    return a;
}

}  // namespace

TEST_CASE("CLI trust: stdout on /dev/full stops the run and exits 1 with a message, leaving nothing") {
    if (::access("/dev/full", W_OK) != 0) return;
    const auto t0 = std::chrono::steady_clock::now();
    Child c = start_cli(kLongDemo, [] {
        const int fd = ::open("/dev/full", O_WRONLY);
        ::dup2(fd, 1);
        ::close(fd);
    });
    RemoveAtEnd remove_out{c.dir};
    const int status = c.wait();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(c.err().find("interleave: cannot write to standard output: No space left on device") != std::string::npos);
    CHECK_MESSAGE(s < 6, "the run went on for " << s << " s with nobody reading it");
    CHECK(children_left() == 0);
}

TEST_CASE("CLI trust: a closed pipe on stdout is EPIPE, an error (exit 1), not a silent SIGPIPE death") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ::close(fds[0]);  // nobody will ever read
    Child c = start_cli({"run", "thread.order", "--param", "pause=0.2"}, [&] {
        ::dup2(fds[1], 1);
        ::close(fds[1]);
    });
    RemoveAtEnd remove_out{c.dir};
    ::close(fds[1]);
    const int status = c.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(c.err().find("interleave: cannot write to standard output: Broken pipe") != std::string::npos);
    CHECK(children_left() == 0);
}

TEST_CASE("CLI trust: a closed stdout (>&-) is refused with a message before any run starts") {
    Child c = start_cli({"run", "builtin.counter", "--param", "iterations=1000"}, [] { ::close(1); });
    RemoveAtEnd remove_out{c.dir};
    const int status = c.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(c.err().find("standard output is closed") != std::string::npos);
    CHECK(children_left() == 0);
    Child l = start_cli({"list"}, [] { ::close(1); });
    const int ls = l.wait();
    REQUIRE(WIFEXITED(ls));
    CHECK(WEXITSTATUS(ls) == 1);
}

TEST_CASE("CLI trust: Ctrl+C stops the run, prints the summary, writes --trace and --save, exits 130") {
    const fs::path dir = fs::temp_directory_path() / ("il_cli_int_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    RemoveAtEnd remove_dir{dir};
    const fs::path trace = dir / "t.json", saved = dir / "s.iltrace";
    Child c = start_cli(with(kLongDemo, {"--trace", trace.string(), "--save", saved.string()}));
    RemoveAtEnd remove_out{c.dir};
    // Interrupt once the run is under way and has printed something.
    int run = 0;
    il::test::wait_until([&] {
        if (run == 0) run = run_process_of(c.pid);
        return run != 0 && c.out().find("[Thread-") != std::string::npos;
    });
    REQUIRE(run != 0);
    REQUIRE(c.out().find("[Thread-") != std::string::npos);
    ::kill(c.pid, SIGINT);
    const int status = c.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 130);
    const std::string out = c.out();
    CHECK_MESSAGE(out.find("outcome:   interrupted by SIGINT") != std::string::npos, out);
    CHECK(out.find("run:       stopped by interleave") != std::string::npos);
    CHECK(out.find("trace:     " + trace.string()) != std::string::npos);
    CHECK(out.find("saved:     " + saved.string()) != std::string::npos);
    CHECK(slurp(trace).find("traceEvents") != std::string::npos);
    const il::core::TraceStore st = il::core::load_trace(saved.string());
    CHECK(st.counts().events > 0);
    CHECK(group_members(run) == 0);
    CHECK(children_left() == 0);
}

TEST_CASE("CLI trust: SIGTERM in step mode writes the schedule stepped so far and exits 143") {
    const fs::path dir = fs::temp_directory_path() / ("il_cli_term_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    RemoveAtEnd remove_dir{dir};
    const fs::path sched = dir / "s.sched";
    Child c = start_cli({"run", "builtin.counter", "--mode", "step", "--param", "iterations=10000000",
                         "--save-schedule", sched.string(), "--quiet"});
    RemoveAtEnd remove_out{c.dir};
    int run = 0;
    il::test::wait_until([&] { return (run = run_process_of(c.pid)) != 0; });
    REQUIRE(run != 0);
    // Some steps: MainThread was granted the starts of both counting threads.
    REQUIRE(il::test::wait_until([&] { return il::test::threads_of(run) >= 3; }));
    ::kill(c.pid, SIGTERM);
    const int status = c.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 143);
    CHECK(c.out().find("outcome:   interrupted by SIGTERM") != std::string::npos);
    const il::core::Schedule s = il::core::Schedule::load(sched.string());
    CHECK(s.steps.size() > 0);
    CHECK(group_members(run) == 0);
    CHECK(children_left() == 0);
}

TEST_CASE("CLI trust: --trace and --save through a symlink to /dev/full fail with a clear message — the link stays") {
    if (::access("/dev/full", W_OK) != 0) return;
    const fs::path dir = fs::temp_directory_path() / ("il_cli_full_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    RemoveAtEnd remove_dir{dir};
    fs::create_symlink("/dev/full", dir / "full");
    const std::string link = (dir / "full").string();
    Child c = start_cli({"run", "builtin.counter", "--param", "iterations=1000", "--trace", link, "--save", link});
    RemoveAtEnd remove_out{c.dir};
    const int status = c.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(c.err().find("cannot write Chrome trace file " + link + ": No space left on device") != std::string::npos);
    CHECK(c.err().find("cannot write trace file " + link + ": No space left on device") != std::string::npos);
    CHECK(fs::is_symlink(dir / "full"));
    CHECK(c.out().find("outcome:   completed") != std::string::npos);
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    CHECK(names == std::vector<std::string>{"full"});  // no temporary left
}
