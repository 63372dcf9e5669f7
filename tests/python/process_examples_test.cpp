// tests/python/process_examples_test.cpp — the process examples of
// examples/python/ (fork, Process, Pool, multiprocessing Queue and Lock,
// executors): each runs unchanged in run mode and in step mode (stepped
// round-robin to its end), and what its comments claim holds in both.
#include <doctest.h>

#include <string>

#include "tests/python/program.hpp"

using il::test::has;
using il::test::run_example;

namespace {

// Runs `name` in run and step mode; `check` gets each run's output.
template <typename Check>
void in_both_modes(const char* name, Check check, int code = 0) {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example(name, mode);
        CHECK(r.code == code);
        CHECK(has(r.out, "outcome:   completed"));
        check(r.out);
    }
}

}  // namespace

TEST_CASE("process examples: fork_returns_twice — fork returns the pid in the parent and 0 in the child worker") {
    in_both_modes("fork_returns_twice.py", [](const std::string& out) {
        CHECK(has(out, "[MainThread] parent: fork() returned the child's pid True"));
        CHECK(has(out, "[Child-1] child: fork() returned 0"));
        CHECK(has(out, "[MainThread] parent: the child has ended"));
    });
}

TEST_CASE("process examples: fork_getpid — the child's getppid is the parent's getpid") {
    in_both_modes("fork_getpid.py", [](const std::string& out) {
        CHECK(has(out, "[Child-1] child: my parent is the process that forked me: True"));
        CHECK(has(out, "[Child-1] child: my pid is new: True"));
        CHECK(has(out, "[MainThread] parent: the pid fork() gave me is the child's: True"));
    });
}

TEST_CASE("process examples: fork_who_first — parent and child each print three lines, then the parent ends last") {
    in_both_modes("fork_who_first.py", [](const std::string& out) {
        for (const char* line : {"[MainThread] parent 2", "[Child-1] child 0", "[Child-1] child 2"}) CHECK(has(out, line));
        CHECK(il::test::printed(out).back() == "both done");
    });
}

TEST_CASE("process examples: fork_globals — the child's change to the globals stays in the child") {
    in_both_modes("fork_globals.py", [](const std::string& out) {
        CHECK(has(out, "[Child-1] child: g_num = 101 g_list = [1, 2, 3]"));
        CHECK(has(out, "[MainThread] parent: g_num = 100 g_list = [1, 2]"));
    });
}

TEST_CASE("process examples: fork_two_forks — four processes print, one of them the first child's own child") {
    in_both_modes("fork_two_forks.py", [](const std::string& out) {
        CHECK(has(out, "two forks: a is child False and b is child False"));
        CHECK(has(out, "two forks: a is child True and b is child False"));
        CHECK(has(out, "two forks: a is child False and b is child True"));
        CHECK(has(out, "[Child-1/Child-1] two forks: a is child True and b is child True"));
        CHECK(has(out, "[MainThread] four processes have printed"));
    });
}

TEST_CASE("process examples: fork_orphan_zombie — an ended child is a zombie until wait, an orphan is re-parented") {
    in_both_modes("fork_orphan_zombie.py", [](const std::string& out) {
        CHECK(has(out, "[MainThread] zombie: the ended child is in state Z"));
        CHECK(has(out, "[MainThread] reaped by wait(): True exit status 7"));
        CHECK(has(out, "orphan: my parent was the middle process: True - now it is another: True"));
    });
}

TEST_CASE("process examples: process_start_join — names, own pids, alive while running, exit code 0 once joined") {
    in_both_modes("process_start_join.py", [](const std::string& out) {
        CHECK(has(out, "[MainThread] started: Process-1 second alive: True own pids: True"));
        CHECK(has(out, "[Process-1] a 1 in Process-1"));
        CHECK(has(out, "[second] b 1 in second"));
        CHECK(has(out, "[MainThread] joined: alive False False exit codes 0 0"));
    });
}

TEST_CASE("process examples: process_subclass — run() of the subclass runs in the child, with what __init__ set") {
    in_both_modes("process_subclass.py", [](const std::string& out) {
        CHECK(has(out, "[Timed-1] Timed-1 slept 0.5 s"));
        CHECK(has(out, "[MainThread] child exit code 0"));
    });
}

TEST_CASE("process examples: process_terminate — a terminated process is not alive and its exitcode is -15") {
    in_both_modes("process_terminate.py", [](const std::string& out) {
        CHECK(has(out, "[MainThread] alive before terminate: True"));
        CHECK(has(out, "[MainThread] alive after: False exitcode -15"));
    });
}

TEST_CASE("process examples: pool_reuse — map keeps the input order and three workers do all twelve tasks") {
    in_both_modes("pool_reuse.py", [](const std::string& out) {
        CHECK(has(out, "results in order: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121]"));
        CHECK(has(out, "worker processes used: True"));
    });
}

TEST_CASE("process examples: pool_apply_vs_async — both give the results in order, apply_async sooner") {
    in_both_modes("pool_apply_vs_async.py", [](const std::string& out) {
        CHECK(has(out, "apply: [0, 1, 2, 3, 4, 5, 6, 7]"));
        CHECK(has(out, "apply_async: [0, 1, 2, 3, 4, 5, 6, 7]"));
        CHECK(has(out, "apply_async was faster: True"));
    });
}

TEST_CASE("process examples: pool_get_in_loop — get() after the loop gives the same results sooner") {
    in_both_modes("pool_get_in_loop.py", [](const std::string& out) {
        CHECK(has(out, "get() in the loop: [0, 10, 20, 30] - after the loop: [0, 10, 20, 30]"));
        CHECK(has(out, "get() after the loop was faster: True"));
    });
}

TEST_CASE("process examples: pool_callbacks — callbacks run in the main process on the result handler, errors in error_callback") {
    in_both_modes("pool_callbacks.py", [](const std::string& out) {
        CHECK(has(out, "[Thread-3 (_handle_results)] callback got 16 in the main process: True on Thread-3 (_handle_results)"));
        CHECK(has(out, "[Thread-3 (_handle_results)] error_callback got ValueError('no squares of 3 today')"));
        CHECK(has(out, "successful: [True, True, True, False, True]"));
    });
}

TEST_CASE("process examples: pool_map — map and starmap in order, map_async's callback and error_callback") {
    in_both_modes("pool_map.py", [](const std::string& out) {
        CHECK(has(out, "map: [0, 1, 4, 9, 16, 25, 36, 49]"));
        CHECK(has(out, "starmap: [8, 9, 1]"));
        CHECK(has(out, "(_handle_results)] map_async callback: [16, 25, 36]"));
        CHECK(has(out, "(_handle_results)] error_callback: ZeroDivisionError('division by zero')"));
        CHECK(has(out, "map_async with a 0 failed: True"));
    });
}

TEST_CASE("process examples: pool_stop_early — the pool is terminated at the first True, after eight results") {
    in_both_modes("pool_stop_early.py", [](const std::string& out) {
        CHECK(has(out, "found it at 7 - terminating the pool"));
        CHECK(has(out, "results looked at: 8 of 100"));
    });
}

TEST_CASE("process examples: pool_stop_early_threads — the checker thread finds it and the submitter stops") {
    in_both_modes("pool_stop_early_threads.py", [](const std::string& out) {
        CHECK(has(out, "[Thread-2 (checker)] checker: found it at 7"));
        CHECK(has(out, "[MainThread] both threads done"));
    });
}

TEST_CASE("process examples: pool_copy_progress — every file is copied and reported through the Manager's queue") {
    in_both_modes("pool_copy_progress.py", [](const std::string& out) {
        CHECK(has(out, "copied 1 of 6 (17%)"));
        CHECK(has(out, "copied 6 of 6 (100%)"));
        CHECK(has(out, "all copied: True"));
        CHECK_FALSE(has(out, "socket"));  // the Manager's queue is the runtime's: no server, no socket
    });
}

TEST_CASE("process examples: process_lock_file — with the process Lock the file counter reaches 40") {
    in_both_modes("process_lock_file.py", [](const std::string& out) {
        CHECK(has(out, "[MainThread] counter in the file: 40"));
    });
}

TEST_CASE("process examples: mp_queue_full_empty — Full on a full Queue(3), Empty on an empty one") {
    in_both_modes("mp_queue_full_empty.py", [](const std::string& out) {
        CHECK(has(out, "full: True size: 3"));
        CHECK(has(out, "put('d', timeout=0.1) raised queue.Full"));
        CHECK(has(out, "put_nowait('d') raised queue.Full"));
        CHECK(has(out, "got: ['a', 'b', 'c'] empty: True"));
        CHECK(has(out, "get(timeout=0.1) raised queue.Empty"));
    });
}

TEST_CASE("process examples: mp_producer_consumer — the consumer process gets every message in order") {
    in_both_modes("mp_producer_consumer.py", [](const std::string& out) {
        std::string got;
        for (const std::string& line : il::test::printed(out))
            if (line.starts_with("consumer got")) got += line.back();
        CHECK(got == "01234");
        CHECK(has(out, "[Process-2] consumer got message 0"));
        CHECK(has(out, "[MainThread] producer and consumer are done"));
    });
}

TEST_CASE("process examples: executors_callbacks — thread and process futures call back, process work elsewhere") {
    in_both_modes("executors_callbacks.py", [](const std::string& out) {
        CHECK(has(out, "thread callback: 4 computed in another process: False callback in the main process: True"));
        CHECK(has(out, "process callback: 4 computed in another process: True callback in the main process: True"));
        CHECK(has(out, "[MainThread] as_completed: [0, 1, 4]"));
    });
}
