// demos/thread_start_join.cpp — What this shows: the life of a Thread object
// from the main thread's side. Creating it starts nothing; start() starts it;
// every thread has a name (Thread-1, Thread-2 … unless you pass name=); join()
// waits until it has finished. is_alive() is False before start() and after
// join(), True in between.
#include <memory>
#include <string>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kThreads = param::Int("threads", 3, 1, 8, "unnamed threads to start (plus one named 'downloader')");
const auto kWork = param::Double("work", 0.1, 0.0, 2.0, "seconds each thread sleeps between its two lines");

const char* py_bool(bool b) { return b ? "True" : "False"; }

// [SECTION] Workers
void greet(double work) {
    print("hello from " + current_thread_name() + "\n");
    sleep(work);
    print(current_thread_name() + " is done\n");
}

void run(RunContext& ctx) {
    const int count = static_cast<int>(ctx[kThreads]);
    const double work = ctx[kWork];

    // [SECTION] Setup
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < count; ++i) threads.push_back(std::make_unique<Thread>([work] { greet(work); }));
    threads.push_back(std::make_unique<Thread>([work] { greet(work); }, "downloader"));  // name='downloader'
    print("created " + std::to_string(threads.size()) + " threads; is_alive() before start(): " +
          py_bool(threads[0]->is_alive()) + "\n");

    for (auto& t : threads) t->start();
    print("all started; " + threads[0]->name() + ".is_alive() = " + py_bool(threads[0]->is_alive()) + "\n");

    for (auto& t : threads) t->join();  // wait for each one to finish

    // [SECTION] Checks
    std::string names;
    bool any_alive = false;
    for (auto& t : threads) {
        names += (names.empty() ? "" : ", ") + t->name();
        any_alive = any_alive || t->is_alive();
    }
    print("all joined; any thread alive? " + std::string(py_bool(any_alive)) + "\n");
    ctx.result(N_("thread names"), names);
    ctx.result(N_("alive after join"), py_bool(any_alive));
}

}  // namespace

IL_DEMO({
    .id = "thread.start_join",
    .title = "Thread: start(), name and join()",
    .group = "Thread",
    .summary = "Create threads, start them, read their names, and join() them so main waits for all.",
    .explanation =
        "A Thread object is only a plan until you call start(): then a real operating-system thread begins "
        "running its target. Each thread gets a name: Thread-1, Thread-2 … in creation order, or the name you "
        "pass (here one is called 'downloader'); current_thread().name tells a thread its own name. join() makes "
        "the caller wait until that thread has finished, which is how the main thread knows the work is done "
        "before it reports. is_alive() is False before start(), True while the thread runs, and False again "
        "after join(). On the timeline, each thread's lane starts at its start() and ends before MainThread's "
        "join returns; MainThread is blocked on each join until that thread is done. (Python would also wait "
        "for non-daemon threads at exit even without join(); join() makes the waiting explicit and lets you "
        "do something after it.)",
    .python =
        "import threading, time\n"
        "def greet():\n"
        "    print('hello from', threading.current_thread().name)\n"
        "    time.sleep(0.1)\n"
        "    print(threading.current_thread().name, 'is done')\n"
        "threads = [threading.Thread(target=greet) for _ in range(3)]\n"
        "threads.append(threading.Thread(target=greet, name='downloader'))\n"
        "print(threads[0].is_alive())          # False\n"
        "for t in threads: t.start()\n"
        "for t in threads: t.join()\n"
        "print(any(t.is_alive() for t in threads))   # False\n",
    .try_this = {"Run it: the names are Thread-1, Thread-2, Thread-3 and downloader, and 'all joined' is always "
                 "the last line.",
                 "In step mode, grant MainThread until it reaches its first join: it is blocked there until you "
                 "have granted Thread-1 all the way to its end.",
                 "Set threads=8: the timeline gets a lane per thread, all overlapping during their sleep."},
    .params = {kThreads, kWork},
    .run = &run,
});
