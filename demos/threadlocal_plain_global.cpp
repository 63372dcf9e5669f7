// demos/threadlocal_plain_global.cpp — What this shows: the same program as
// threadlocal.per_thread with an ordinary global instead of threading.local.
// There is only one `student` for all threads: each thread stores its student,
// and by the time it reads the global back another thread has overwritten it,
// so it greets the wrong student. Compare threadlocal.per_thread.
#include <memory>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kThreads = param::Int("threads", 2, 2, 6, "threads (Thread-A, Thread-B, ...)");
const auto kHold = param::Double("hold", 0.3, 0, 5, "seconds each thread waits between storing and reading");

const char* const kStudents[] = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank"};

// [SECTION] Setup
void run(RunContext& ctx) {
    const int64_t n = ctx[kThreads];
    const double hold = ctx[kHold];
    // One global for everybody; it holds the student's index (a Shared value, so
    // each load and store is a step you can watch).
    Shared<int64_t> student("student", -1);

    auto process_student = [&] {
        const int64_t s = student.load();
        print(std::string("Hello, ") + (s >= 0 ? kStudents[s] : "nobody") + " (in " + current_thread_name() + ")\n");
        return s;
    };

    // [SECTION] Workers
    std::vector<int64_t> seen(static_cast<size_t>(n), -1);
    std::vector<std::unique_ptr<Thread>> threads;
    for (int64_t i = 0; i < n; ++i) {
        threads.push_back(std::make_unique<Thread>(
            [&, i] {
                student.store(i);  // everybody writes the same variable
                sleep(hold);
                seen[static_cast<size_t>(i)] = process_student();
            },
            std::string("Thread-") + static_cast<char>('A' + i)));
    }
    for (auto& t : threads) t->start();
    for (auto& t : threads) t->join();

    // [SECTION] Results
    int wrong = 0;
    for (int64_t i = 0; i < n; ++i) {
        const int64_t s = seen[static_cast<size_t>(i)];
        ctx.result(std::string("Thread-") + static_cast<char>('A' + i) + " read", s >= 0 ? kStudents[s] : N_("nobody"));
        wrong += s != i;
    }
    ctx.result(N_("threads that read someone else's student"), wrong);
    print(std::to_string(wrong) + " of " + std::to_string(n) + " threads greeted the wrong student\n");
}

}  // namespace

IL_DEMO({
    .id = "threadlocal.plain_global",
    .title = "What goes wrong with a plain global",
    .group = "ThreadLocal",
    .summary = "The threading.local program with an ordinary global: threads overwrite each other's student.",
    .explanation =
        "Threads share all global variables. Here every thread stores its student in the same global "
        "`student` and reads it back a moment later in process_student(). Between the store and the read, the "
        "other threads store theirs, so all of them find the last value written: every thread but the last "
        "writer greets the wrong student (the store and each load show on the timeline as steps on `student`). The usual fixes are to pass the "
        "student down as an argument through every function, which gets tedious, to keep a dict keyed by thread "
        "(threadlocal.dict_by_thread), or to use threading.local (threadlocal.per_thread), which gives the one "
        "global name a separate value in every thread.",
    .python =
        "import threading, time\n"
        "student = None                    # one global, shared by every thread\n"
        "def process_student():\n"
        "    print('Hello, %s (in %s)' % (student, threading.current_thread().name))\n"
        "def process_thread(name):\n"
        "    global student\n"
        "    student = name\n"
        "    time.sleep(0.3)\n"
        "    process_student()            # prints the last name written\n"
        "t1 = threading.Thread(target=process_thread, args=('Alice',), name='Thread-A')\n"
        "t2 = threading.Thread(target=process_thread, args=('Bob',), name='Thread-B')\n"
        "t1.start(); t2.start(); t1.join(); t2.join()\n",
    .try_this = {"Run it: Thread-A greets Bob, the student Thread-B stored after it.",
                 "Set hold=0: the window shrinks and on most runs each thread reads its own value back, but "
                 "nothing guarantees it; in step mode you can still make them trade.",
                 "In step mode, grant Thread-A until it has stored (and started its sleep), then Thread-B its "
                 "store, then Thread-A again: its load reads Bob."},
    .params = {kThreads, kHold},
    .run = &run,
    .visible_sharing = true,
});
