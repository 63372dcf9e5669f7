// demos/lock_file_counter.cpp — What this shows: processes share no memory,
// but they do share the file system. Several processes add 1 to a number
// stored in a file: open, read, write back. Without a lock, two processes can
// read the same number and one increment is lost, exactly like threads with a
// global. A multiprocessing.Lock, which works across processes, fixes it.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/observer/run.hpp"
#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 4, 2, 8, "processes adding to the file");
const auto kIncrements = param::Int("increments", 500, 1, 5000, "increments per process");
const auto kUseLock = param::Bool("use_lock", true, "hold file_lock around each read-and-write");

// A fresh, unique file in the run's own temporary directory, which the
// observer removes when the run ends: a run stopped or timed out before its
// unlink() below leaves nothing behind.
std::string make_counter_path() {
    std::random_device rd;
    return run_temp_dir() + "/interleave-counter-" + std::to_string(::getpid()) + "-" + std::to_string(rd()) + ".txt";
}

// The file holds a decimal number, always 12 digits wide so that writing a
// smaller number over a larger one leaves no stray digits behind. "r+": read
// it, then write over it from the start.
int64_t read_number(int fd) {
    char buf[32] = {};
    const ssize_t got = pread(fd, buf, sizeof buf - 1, 0);
    return got > 0 ? std::atoll(buf) : 0;
}

void write_number(int fd, int64_t value) {
    char text[24];
    std::snprintf(text, sizeof text, "%012lld", static_cast<long long>(value));
    if (pwrite(fd, text, 12, 0) != 12)
        throw RuntimeError("cannot write the counter file");
}

// [SECTION] Workers
void add_to_file(const std::string& path, Lock& file_lock, int increments, bool use_lock) {
    for (int i = 0; i < increments; ++i) {
        if (use_lock) file_lock.acquire();
        const int fd = open(path.c_str(), O_RDWR);
        if (fd < 0) throw RuntimeError("cannot open " + path);
        step_point("read the file");
        const int64_t seen = read_number(fd);
        step_point("write " + std::to_string(seen + 1));
        write_number(fd, seen + 1);
        close(fd);
        if (use_lock) file_lock.release();
    }
}

void run(RunContext& ctx) {
    const int workers = static_cast<int>(ctx[kProcesses]);
    const int increments = static_cast<int>(ctx[kIncrements]);
    const bool use_lock = ctx[kUseLock];

    // [SECTION] Setup
    const std::string path = make_counter_path();
    {
        const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd < 0) throw RuntimeError("cannot create " + path);
        write_number(fd, 0);
        close(fd);
    }
    Lock file_lock("file_lock");  // multiprocessing.Lock(): one lock seen by every process
    std::vector<std::unique_ptr<Process>> procs;
    for (int i = 0; i < workers; ++i)
        procs.push_back(std::make_unique<Process>([&] { add_to_file(path, file_lock, increments, use_lock); }));
    for (auto& p : procs) p->start();
    for (auto& p : procs) p->join();

    // [SECTION] Checks
    const int fd = open(path.c_str(), O_RDONLY);
    const int64_t total = fd >= 0 ? read_number(fd) : -1;
    if (fd >= 0) close(fd);
    unlink(path.c_str());
    const int64_t expected = static_cast<int64_t>(workers) * increments;
    print("the file says " + std::to_string(total) + " (expected " + std::to_string(expected) + ")\n");
    ctx.result(N_("expected"), expected);
    ctx.result(N_("file counter"), total);
    ctx.result(N_("lost updates"), expected - total);
    ctx.result(N_("file (removed)"), path);
}

}  // namespace

IL_DEMO({
    .id = "lock.file_counter",
    .title = "A Lock between processes guarding a counter in a file",
    .group = "Lock",
    .summary = "Processes add 1 to a number in a shared file; without a Lock some updates are lost.",
    .explanation =
        "Processes do not share variables (see fork.globals), but they all see the same files. So a file can "
        "serve as shared data, and then it has the same problem as a shared global: each increment is 'read the "
        "number from the file', then 'write number + 1 back'. If two processes read before either writes, both "
        "write the same number and one increment is lost. A multiprocessing.Lock is made to be shared by "
        "processes (here file_lock lives in shared memory and uses a process-shared futex): holding it around the "
        "read and the write makes each increment whole, and the file ends at processes x increments. The cost is "
        "the same as for threads: only one process at a time can touch the file. The file is created fresh in "
        "the run's own temporary directory, which Interleave removes when the run ends, even a stopped one; its "
        "name is in the results. (The course "
        "does this with a Pool of 5 and 10 tasks; here plain Processes keep the picture simple.)",
    .python =
        "from multiprocessing import Process, Lock\n"
        "def add_to_file(path, lock, increments):\n"
        "    for _ in range(increments):\n"
        "        with lock:\n"
        "            with open(path, 'r+') as f:\n"
        "                seen = int(f.read() or 0)\n"
        "                f.seek(0)\n"
        "                f.write(f'{seen + 1:012d}')\n"
        "if __name__ == '__main__':\n"
        "    path = '/tmp/counter.txt'\n"
        "    open(path, 'w').write(f'{0:012d}')\n"
        "    lock = Lock()\n"
        "    ps = [Process(target=add_to_file, args=(path, lock, 500)) for _ in range(4)]\n"
        "    for p in ps: p.start()\n"
        "    for p in ps: p.join()\n"
        "    print(int(open(path).read()))   # 2000\n",
    .try_this = {"Run it: the file says exactly processes x increments.",
                 "Turn use_lock off and run it a few times: the file often ends short (the processes must overlap "
                 "in time for it to happen; more increments make that likely).",
                 "Turn use_lock off and use step mode: grant Process-1 its 'read the file' step, then Process-2 "
                 "its 'read the file', then both their writes: both wrote the same number, one increment is lost.",
                 "With use_lock on, in step mode: while Process-1 holds file_lock, the other processes are blocked "
                 "on it in the wait-for graph, and cannot read the file at all."},
    .params = {kProcesses, kIncrements, kUseLock},
    .run = &run,
});
