// demos/threadlocal_dict_by_thread.cpp — What this shows: the way to keep
// per-thread values before threading.local: one global dict keyed by the
// thread's name. It works (each thread looks up its own key), but every access
// needs the key, the dict needs a lock here, any thread can read or overwrite
// another's entry, and the entries outlive their threads unless deleted.
#include <map>
#include <memory>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kThreads = param::Int("threads", 2, 1, 6, "threads (Thread-A, Thread-B, ...)");
const auto kHold = param::Double("hold", 0.3, 0, 5, "seconds each thread waits between storing and reading");

const char* const kStudents[] = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank"};

// [SECTION] Setup
void run(RunContext& ctx) {
    const int64_t n = ctx[kThreads];
    const double hold = ctx[kHold];
    std::map<std::string, std::string> students;  // global_dict = {}
    Lock dict_lock("dict_lock");

    auto process_student = [&] {
        std::string s;
        {
            Lock::Guard g(dict_lock);
            s = students[current_thread_name()];  // the key is needed on every access
        }
        print("Hello, " + s + " (in " + current_thread_name() + ")\n");
        return s;
    };

    // [SECTION] Workers
    std::vector<std::string> seen(static_cast<size_t>(n)), peeked(static_cast<size_t>(n));
    std::vector<std::unique_ptr<Thread>> threads;
    for (int64_t i = 0; i < n; ++i) {
        threads.push_back(std::make_unique<Thread>(
            [&, i] {
                {
                    Lock::Guard g(dict_lock);
                    students[current_thread_name()] = kStudents[i];
                }
                sleep(hold);
                seen[static_cast<size_t>(i)] = process_student();
                // Nothing stops a thread from looking at another thread's entry.
                const std::string other = std::string("Thread-") + static_cast<char>('A' + (i + 1) % n);
                Lock::Guard g(dict_lock);
                auto it = students.find(other);
                peeked[static_cast<size_t>(i)] = it == students.end() ? "" : it->second;
            },
            std::string("Thread-") + static_cast<char>('A' + i)));
    }
    for (auto& t : threads) t->start();
    for (auto& t : threads) t->join();

    // [SECTION] Results
    int right = 0;
    for (int64_t i = 0; i < n; ++i) right += seen[static_cast<size_t>(i)] == kStudents[i];
    ctx.result(N_("threads that read their own student"), right);
    if (n > 1)
        ctx.result(N_("Thread-A could read Thread-B's entry"),
                   peeked[0].empty() ? std::string(N_("no")) : il::i18n::trf("yes: {value}", {{"value", peeked[0]}}));
    std::string left = "{";
    for (const auto& [k, v] : students) left += (left.size() > 1 ? ", '" : "'") + k + "': '" + v + "'";
    left += "}";
    ctx.result(N_("dict after the threads ended"), left);
    print("after the threads ended the dict still holds " + left + "\n");
}

}  // namespace

IL_DEMO({
    .id = "threadlocal.dict_by_thread",
    .title = "A dict keyed by thread name",
    .group = "ThreadLocal",
    .summary = "Per-thread values in one global dict keyed by thread name: it works, at a price.",
    .explanation =
        "Before reaching for threading.local, the course shows a global dict with one entry per thread: each "
        "thread stores its student under its own name and process_student() looks up "
        "global_dict[current_thread().name]. Every thread does get its own student back. But compare it with "
        "threadlocal.per_thread: every function needs to build the key; the dict is shared, so here it is "
        "guarded by dict_lock (in CPython a single dict operation happens to be atomic, but a read-modify-write "
        "of an entry is not); any thread can read or overwrite another thread's entry (Thread-A reads "
        "Thread-B's); and the entries stay after their threads have ended, until someone deletes them. "
        "threading.local does the same job with none of that: one name, a private value per thread, gone "
        "with the thread.",
    .python =
        "import threading, time\n"
        "global_dict = {}\n"
        "def process_student():\n"
        "    std = global_dict[threading.current_thread().name]\n"
        "    print('Hello, %s (in %s)' % (std, threading.current_thread().name))\n"
        "def process_thread(name):\n"
        "    global_dict[threading.current_thread().name] = name\n"
        "    time.sleep(0.3)\n"
        "    process_student()\n"
        "t1 = threading.Thread(target=process_thread, args=('Alice',), name='Thread-A')\n"
        "t2 = threading.Thread(target=process_thread, args=('Bob',), name='Thread-B')\n"
        "t1.start(); t2.start(); t1.join(); t2.join()\n"
        "print(global_dict)   # both entries are still there\n",
    .try_this = {"Read the results: each thread got its own student, Thread-A could also read Thread-B's, and "
                 "the dict still holds every entry after the threads ended.",
                 "Look at dict_lock's lane: every access to the dict takes the lock, which threading.local "
                 "never needs.",
                 "Set threads=6 and compare with threadlocal.per_thread at threads=6."},
    .params = {kThreads, kHold},
    .run = &run,
    .visible_sharing = true,
});
