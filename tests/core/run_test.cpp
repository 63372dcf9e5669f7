// A run is a process: crashes are contained and reported, stop leaves nothing
// behind, orphans are re-parented to the run process and reaped.
#include <doctest.h>

#include <sys/mman.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/observer/director.hpp"
#include "core/primitives/pool.hpp"
#include "core/observer/run.hpp"
#include "core/runtime/runtime.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/processes.hpp"
#include "tests/support/wait.hpp"

using namespace il::core;
using il::test::group_members;

namespace {

// [SECTION] Test-only demos (registered in this binary, which hosts the runs)

void segv_child(RunContext&) {
    Process p([] {
        ::signal(SIGSEGV, SIG_DFL);  // under ASan its handler would catch the signal and exit(1)
        ::raise(SIGSEGV);
    });
    p.start();
    p.join();
    print("parent carries on\n");
}

void abort_main(RunContext&) { std::abort(); }

void throws(RunContext&) { throw RuntimeError("boom"); }

void forker(RunContext&) {
    Process a([] {
        Process b([] { sleep(30.0); });
        b.start();
        sleep(30.0);
        b.join();
    });
    a.start();
    if (fork_process() == 0) {
        sleep(30.0);
        exit_process(0);
    }
    sleep(30.0);
}

void orphan(RunContext&) {
    if (fork_process() == 0) {       // Child-1
        if (fork_process() == 0) {   // Child-1/Child-1
            sleep(0.3);              // outlives its parent
            exit_process(0);
        }
        exit_process(0);             // leaves without waiting: an orphan
    }
    wait_child();
}

int64_t twice(int64_t x) { return 2 * x; }

// A process makes a Pool, uses it, and dies by SIGKILL without closing it:
// nothing will ever bring its workers a task or a sentinel again.
void pool_owner_killed(RunContext&) {
    Process owner([] {
        Pool pool(2);
        if (pool.apply(twice, std::tuple{int64_t{21}}) != 42) exit_process(3);
        ::kill(::getpid(), SIGKILL);
    });
    owner.start();
    owner.join();
}

#define TEST_DEMO(ID, FN)                                                                                       \
    IL_DEMO({.id = ID, .title = ID, .group = "Test", .summary = {}, .explanation = {}, .python = {},         \
             .try_this = {}, .params = {}, .run = &FN, .source_file = {}})
TEST_DEMO("test.segv_child", segv_child);
TEST_DEMO("test.abort_main", abort_main);
TEST_DEMO("test.throws", throws);
TEST_DEMO("test.forker", forker);
TEST_DEMO("test.orphan", orphan);
TEST_DEMO("test.pool_owner_killed", pool_owner_killed);

RunHandle start(const std::string& id, DirectorMode mode = DirectorMode::Run) {
    RunOptions o;
    o.demo_id = id;
    o.mode = mode;
    return RunHandle::start(o);
}

const WorkerSlot* find(const Arena& a, std::string_view name) {
    const uint16_t w = a.find_worker(name);
    return w == kNoWorker ? nullptr : &a.worker(w);
}

}  // namespace

TEST_CASE("Run: a demo process killed by SIGSEGV is reported with its name and the run carries on") {
    RunHandle h = start("test.segv_child");
    const auto ex = h.wait(20'000'000'000);
    REQUIRE(ex.has_value());
    CHECK(ex->exited);
    CHECK(ex->code == 0);
    const WorkerSlot* p = find(h.arena(), "Process-1");
    REQUIRE(p != nullptr);
    CHECK(p->exitcode.load() == -SIGSEGV);
    CHECK((p->flags.load() & kWorkerCrashed) != 0);
    CHECK(std::string(p->name) + " killed by " + signal_name(-p->exitcode.load()) == "Process-1 killed by SIGSEGV");
}

TEST_CASE("Run: a demo that aborts ends its run with SIGABRT — the observer is unharmed") {
    RunHandle h = start("test.abort_main");
    const auto ex = h.wait(20'000'000'000);
    REQUIRE(ex.has_value());
    CHECK_FALSE(ex->exited);
    CHECK(ex->describe() == "killed by SIGABRT");
}

TEST_CASE("Run: a demo that throws ends with exit code 1 and says why on its console") {
    RunHandle h = start("test.throws");
    const auto ex = h.wait(20'000'000'000);
    REQUIRE(ex.has_value());
    CHECK(ex->code == 1);
    std::string text;
    const uint64_t written = h.arena().header().console_write.load();
    REQUIRE(h.arena().console_text(0, static_cast<uint32_t>(written), text));
    CHECK(text == "Exception in MainThread: boom\n");
}

TEST_CASE("Run: stop kills every process of the run, forked grandchildren included") {
    RunHandle h = start("test.forker");
    // Wait until all four processes exist: MainThread, Process-1, Process-1:1, Child-1.
    REQUIRE(il::test::wait_until([&] { return group_members(h.pid()) >= 4; }));
    REQUIRE(group_members(h.pid()) == 4);
    const RunExit ex = h.stop();
    CHECK(ex.describe() == "killed by SIGKILL");
    CHECK(il::test::wait_until([&] { return group_members(h.pid()) == 0; }));
}

std::string read_proc(int pid, const char* what) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/%s", pid, what);
    std::string text;
    if (FILE* f = std::fopen(path, "r")) {
        char buf[4096];
        const size_t n = std::fread(buf, 1, sizeof buf, f);
        text.assign(buf, n);
        std::fclose(f);
    }
    return text;
}

TEST_CASE("Run: run processes are called interleave-run in ps and top, not exe — signals start at their defaults") {
    // The observer ignores SIGPIPE (as the CLI does): the demo must not inherit that.
    struct sigaction ign {}, old {};
    ign.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ign, &old);
    RunHandle h = start("test.forker");
    sigaction(SIGPIPE, &old, nullptr);
    REQUIRE(il::test::wait_until([&] { return group_members(h.pid()) >= 4; }));
    REQUIRE(group_members(h.pid()) == 4);
    CHECK(read_proc(h.pid(), "comm") == "interleave-run\n");
    const std::string cmdline = read_proc(h.pid(), "cmdline");
    CHECK(cmdline.substr(0, cmdline.find('\0')) == "interleave-run test.forker");
    // Its forked demo processes keep the name.
    const WorkerSlot* p = find(h.arena(), "Process-1");
    REQUIRE(p != nullptr);
    CHECK(read_proc(p->pid.load(), "comm") == "interleave-run\n");
    const std::string status = read_proc(h.pid(), "status");
    const size_t at = status.find("SigIgn:");
    REQUIRE(at != std::string::npos);
    const unsigned long long ignored = std::strtoull(status.c_str() + at + 7, nullptr, 16);
    CHECK((ignored & (1ull << (SIGPIPE - 1))) == 0);
    h.stop();
}

TEST_CASE("Run: an orphan is re-parented to the run process and reaped by it") {
    RunHandle h = start("test.orphan");
    const auto ex = h.wait(20'000'000'000);
    REQUIRE(ex.has_value());
    CHECK(ex->code == 0);
    const WorkerSlot* g = find(h.arena(), "Child-1/Child-1");
    REQUIRE(g != nullptr);
    CHECK((g->flags.load() & kWorkerOrphan) != 0);
    CHECK((g->flags.load() & kWorkerReaped) != 0);
    CHECK(g->ppid.load() != 0);
}

TEST_CASE("Run: a Pool's worker processes end when the process that made the pool dies") {
    RunHandle h = start("test.pool_owner_killed");
    const auto ex = h.wait(20'000'000'000);  // the run ends only once every process of it has
    REQUIRE(ex.has_value());
    CHECK(ex->code == 0);
    const WorkerSlot* owner = find(h.arena(), "Process-1");
    REQUIRE(owner != nullptr);
    CHECK((owner->flags.load() & kWorkerCrashed) != 0);
    int workers = 0;
    for (uint32_t w = 0; w < h.arena().worker_count(); ++w) {
        const WorkerSlot& s = h.arena().worker(w);
        if (std::string_view(s.name).find("ForkPoolWorker") == std::string_view::npos) continue;
        ++workers;
        CHECK((s.flags.load() & kWorkerReaped) != 0);
    }
    CHECK(workers == 2);
    CHECK(group_members(h.pid()) == 0);
}

TEST_CASE("Run: a run starts even when the binary was deleted on disk since (a rebuild while the window is open)") {
    if (std::getenv("IL_TEST_SELF_DELETED")) {  // the copy: delete ourselves, then host a run
        REQUIRE(::unlink(self_executable().c_str()) == 0);
        REQUIRE(self_executable().find("(deleted)") != std::string::npos);
        RunHandle h = start("test.orphan");
        const auto ex = h.wait(20'000'000'000);
        REQUIRE(ex.has_value());
        CHECK(ex->code == 0);
        return;
    }
    char dir[] = "/tmp/il_self_XXXXXX";
    REQUIRE(::mkdtemp(dir) != nullptr);
    const std::string copy = std::string(dir) + "/il_core_tests";
    const std::string cmd = "cp '" + self_executable() + "' '" + copy + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setenv("IL_TEST_SELF_DELETED", "1", 1);
        ::execl(copy.c_str(), copy.c_str(), "--test-case=Run: a run starts even when the binary was deleted*",
                "--no-intro", static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    ::unlink(copy.c_str());  // if the copy failed before deleting itself
    ::rmdir(dir);
}

TEST_CASE("Run: unknown demo and bad parameters are refused before any process starts") {
    RunOptions o;
    o.demo_id = "no.such";
    CHECK_THROWS_WITH_AS(RunHandle::start(o), "unknown demo 'no.such' (see `interleave list`)", std::invalid_argument);
    o.demo_id = "builtin.counter";
    o.params = {"iterations=zero"};
    CHECK_THROWS_WITH_AS(RunHandle::start(o), "iterations: 'zero' is not a whole number", std::invalid_argument);
}

TEST_CASE("Run: in step mode a process that crashes between steps does not hang the director") {
    RunHandle h = start("test.segv_child", DirectorMode::Step);
    StepController ctl(h.arena());
    auto rr = make_round_robin();
    for (int i = 0; i < 200; ++i) {
        REQUIRE(ctl.wait_quiescent(20'000'000'000, [&] { return !h.poll(); }));
        const auto cs = ctl.refresh();
        if (ctl.status() != StepStatus::Running) break;
        std::string err;
        ctl.grant(*rr->next(h.arena(), cs, err));
    }
    CHECK(ctl.status() == StepStatus::Finished);
    const auto ex = h.wait(20'000'000'000);
    REQUIRE(ex.has_value());
    CHECK(ex->code == 0);
}

TEST_CASE("Arena: attaching to an fd that is not an arena is refused with a clear message") {
    CHECK_THROWS_WITH(Arena::attach(-1), "arena fd -1 is not open");
    const int fd = memfd_create("not-an-arena", 0);
    REQUIRE(ftruncate(fd, 1 << 20) == 0);
    CHECK_THROWS_WITH(Arena::attach(fd), "arena fd does not hold an Interleave arena");
}
