// demos/threadlocal_per_thread.cpp — What this shows: threading.local gives
// one global name a separate value in every thread. Each thread stores its
// student in local_school.student, then calls a function that reads it back
// without being passed anything, and gets its own value; the inspector shows
// every thread's value side by side. A thread that never set a value (here the
// main thread) gets AttributeError, not somebody else's value.
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
    ThreadLocal<std::string> student("local_school.student");  // one global name

    // Reads the calling thread's student: no argument needed.
    auto process_student = [&] {
        const std::string s = student.get();
        print("Hello, " + s + " (in " + current_thread_name() + ")\n");
        return s;
    };

    // [SECTION] Workers
    std::vector<std::string> seen(static_cast<size_t>(n));
    std::vector<std::unique_ptr<Thread>> threads;
    for (int64_t i = 0; i < n; ++i) {
        threads.push_back(std::make_unique<Thread>(
            [&, i] {
                student.set(kStudents[i]);  // this thread's value only
                sleep(hold);                // meanwhile the others set theirs
                seen[static_cast<size_t>(i)] = process_student();
            },
            std::string("Thread-") + static_cast<char>('A' + i)));
    }
    for (auto& t : threads) t->start();
    for (auto& t : threads) t->join();

    // [SECTION] Results
    int right = 0;
    for (int64_t i = 0; i < n; ++i) {
        ctx.result(std::string("Thread-") + static_cast<char>('A' + i) + " read", seen[static_cast<size_t>(i)]);
        right += seen[static_cast<size_t>(i)] == kStudents[i];
    }
    ctx.result(N_("threads that read their own student"), right);
    try {
        process_student();
        ctx.result(N_("MainThread read"), N_("a value (unexpected)"));
    } catch (const RuntimeError& e) {
        print(std::string("MainThread: ") + e.what() + "\n");
        ctx.result(N_("MainThread read"), N_("AttributeError (it never set one)"));
    }
}

}  // namespace

IL_DEMO({
    .id = "threadlocal.per_thread",
    .title = "threading.local: one name, a value per thread",
    .group = "ThreadLocal",
    .summary = "Threads store their student in one global thread-local and each reads back its own.",
    .explanation =
        "local_school is a single global object, yet local_school.student holds a different value in every "
        "thread. Each thread stores its student there, sleeps a moment (so all the values exist at the same "
        "time: look at the inspector, which lists local_school.student once per thread), and then calls "
        "process_student(), which reads local_school.student without being passed anything. Each thread gets "
        "back exactly what it stored, never another thread's value, with no lock at all: no other thread can "
        "touch its copy. That is the use the course gives: bind per-thread state such as a database connection, "
        "a request or a user to the thread once, and let every function the thread calls find it. The main "
        "thread never stored a student, so reading it there raises AttributeError.",
    .python =
        "import threading, time\n"
        "local_school = threading.local()\n"
        "def process_student():\n"
        "    std = local_school.student\n"
        "    print('Hello, %s (in %s)' % (std, threading.current_thread().name))\n"
        "def process_thread(name):\n"
        "    local_school.student = name\n"
        "    time.sleep(0.3)\n"
        "    process_student()\n"
        "t1 = threading.Thread(target=process_thread, args=('Alice',), name='Thread-A')\n"
        "t2 = threading.Thread(target=process_thread, args=('Bob',), name='Thread-B')\n"
        "t1.start(); t2.start(); t1.join(); t2.join()\n",
    .try_this = {"Pause (or step) while the threads sleep and open the inspector: local_school.student has one "
                 "value per thread, all present at once.",
                 "Set threads=6: six threads, six values under one name, and each prints its own.",
                 "Compare threadlocal.plain_global, where the same program with an ordinary global prints the "
                 "wrong student."},
    .params = {kThreads, kHold},
    .run = &run,
    .visible_sharing = true,
});
