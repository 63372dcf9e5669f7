// demos/pool_progress.cpp — What this shows: the course's folder copy. A pool
// of workers copies files (simulated: a file takes time in proportion to its
// size) and each worker, when it has finished a file, puts the file's name on
// a Queue shared with the parent. The parent does not wait for the pool's
// results at all: it reads names from the queue and redraws a progress bar
// after each one, so progress shows up live, whichever worker finished.
// Python passes a Manager().Queue(); here the queue lives in the shared arena
// and its handle travels to the workers as a task argument.
#include <cstdio>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 4, 1, 8, "worker processes");
const auto kFiles = param::Int("files", 16, 1, 60, "files in the folder");
const auto kUsPerKb = param::Int("us_per_kb", 1000, 0, 10000, "copy time per kilobyte, in microseconds");

// [SECTION] The task (runs in a worker process)
int64_t copy_file(std::string name, int64_t kilobytes, int64_t us_per_kb, Queue<std::string> progress) {
    sleep(static_cast<double>(kilobytes * us_per_kb) / 1e6);  // reading and writing the file
    progress.put(name);  // tell the parent this one is done
    return kilobytes;
}

std::string bar(int64_t done, int64_t total, int width = 30) {
    const auto filled = static_cast<int>(total ? done * width / total : width);
    const std::string s = "[" + std::string(static_cast<size_t>(filled), '#') +
                          std::string(static_cast<size_t>(width - filled), '.') + "]";
    char pct[16];
    const double percent = total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0;
    std::snprintf(pct, sizeof pct, " %6.2f%%", percent);
    return s + pct;
}

// [SECTION] Setup: the "folder"
void run(RunContext& ctx) {
    const auto workers = static_cast<int>(ctx[kProcesses]);
    const int64_t files = ctx[kFiles];
    const int64_t us_per_kb = ctx[kUsPerKb];
    std::vector<std::pair<std::string, int64_t>> folder;  // name, size in KB
    for (int64_t i = 1; i <= files; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "file_%02lld.txt", static_cast<long long>(i));
        folder.emplace_back(name, 20 + (i * 37) % 100);  // 20..119 KB, in no particular order
    }
    Queue<std::string> progress(0, "progress");

    // [SECTION] Copy: submit every file, then follow the queue
    Pool pool(workers);
    std::vector<AsyncResult<int64_t>> copied;
    for (const auto& [name, kb] : folder)
        copied.push_back(pool.apply_async(copy_file, std::tuple{name, kb, us_per_kb, progress}));
    pool.close();
    print("copying " + std::to_string(files) + " files with " + std::to_string(workers) + " workers\n");
    for (int64_t done = 1; done <= files; ++done) {
        const std::string name = progress.get();  // blocks until some worker finishes a file
        print("copy progress: " + bar(done, files) + "  " + name + "\n");
    }
    pool.join();

    // [SECTION] Results
    int64_t kb = 0;
    for (auto& r : copied) kb += r.get();
    ctx.result(N_("files copied"), files);
    ctx.result(N_("kilobytes copied"), kb);
    ctx.result(N_("progress updates"), files);
    ctx.result(N_("progress"), bar(files, files));
}

}  // namespace

IL_DEMO({
    .id = "pool.progress",
    .title = "A pool reporting progress through a queue",
    .group = "Pool",
    .summary = "Workers copy files and put each finished name on a queue; the parent draws a live progress bar.",
    .explanation =
        "The course copies a folder with a pool: one task per file. To show progress while the copy runs, every "
        "task, when its file is done, puts the file's name on a queue that the parent also holds. The parent "
        "submits all the tasks, closes the pool and then simply reads the queue: each get() returns as soon as "
        "any worker finishes a file, and the parent redraws the bar. It never has to ask the pool how far it is, "
        "and the bar advances in the order the files finish (small files first), not the order they were "
        "submitted. On the timeline the 'progress' queue lane rises by one at each finished file and falls back "
        "as the parent takes it; MainThread is blocked on the queue between updates. Python needs a "
        "Manager().Queue() for this (a plain multiprocessing.Queue cannot be passed to pool tasks); here the "
        "queue lives in memory every process shares, and its handle is passed to each task as an argument.",
    .python =
        "import os, time\n"
        "from multiprocessing import Pool, Manager\n"
        "def copy_file(name, old_dir, new_dir, queue):\n"
        "    with open(os.path.join(old_dir, name), 'rb') as fr, open(os.path.join(new_dir, name), 'wb') as fw:\n"
        "        fw.write(fr.read())\n"
        "    queue.put(name)\n"
        "if __name__ == '__main__':\n"
        "    names = os.listdir('old')\n"
        "    pool, queue = Pool(4), Manager().Queue()\n"
        "    for name in names:\n"
        "        pool.apply_async(copy_file, (name, 'old', 'new', queue))\n"
        "    pool.close()\n"
        "    for done in range(1, len(names) + 1):\n"
        "        name = queue.get()\n"
        "        print(f'\\rcopy progress: {done / len(names) * 100:.2f}%', end='')\n"
        "    pool.join()\n",
    .try_this = {"Watch the progress lines: file names arrive out of order — small files finish first.",
                 "Set processes=1: the bar moves in submission order, one file at a time, and takes about 3.4 "
                 "times longer (not quite four: the files differ in size, so four workers cannot share them out "
                 "evenly).",
                 "Find the 'progress' queue lane: one step up per finished file, one down per get().",
                 "Set us_per_kb=0: every copy is instant and the queue lane jumps up before the parent catches up."},
    .params = {kProcesses, kFiles, kUsPerKb},
    .run = &run,
    .visible_sharing = true,
});
