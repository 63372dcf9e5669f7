// tests/python/examples_test.cpp — every program in examples/python/ is a
// test: it runs unchanged in run mode and in step mode (stepped round-robin
// to its end), and what its comments claim holds in both.
#include <doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/python/program.hpp"
#include "tests/support/cli_capture.hpp"

using il::test::has;

using il::test::printed;
using il::test::run_example;

TEST_CASE("examples: start_join — both threads run, and the main thread's last line comes after both finished") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("start_join.py", mode);
        CHECK(r.code == 0);
        const auto lines = printed(r.out);
        REQUIRE(!lines.empty());
        CHECK(lines.back() == "both done; alive: False False");
        CHECK(has(r.out, "[MainThread] started: Thread-1 (sing) and dancer"));
        CHECK(has(r.out, "[dancer] dance 2"));
    }
}

TEST_CASE("examples: two_lock_deadlock — the deadlock is named with the program's own lock names") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("two_lock_deadlock.py", mode);
        CHECK(r.code == 1);
        CHECK(has(r.out, "deadlock: Thread-1 (task1) waits for mutexB held by Thread-2 (task2), which waits for "
                         "mutexA held by Thread-1 (task1)"));
    }
}

TEST_CASE("examples: mutex_fix — with the mutex no update is lost: g_num is 100 in every schedule tried") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("mutex_fix.py", mode);
        CHECK(r.code == 0);
        CHECK(has(r.out, "[MainThread] g_num = 100"));
    }
}

TEST_CASE("examples: timeout_fix — a timed acquire backs off, so the run ends without a deadlock") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("timeout_fix.py", mode);
        CHECK(r.code == 0);
        CHECK(has(r.out, "task1 got both locks"));
        CHECK(has(r.out, "task2 got both locks"));
        CHECK(has(r.out, "[MainThread] no deadlock"));
    }
}

TEST_CASE("examples: baton — three locks pass a baton, so the order is always Task1, Task2, Task3") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("baton.py", mode);
        CHECK(r.code == 0);
        const std::vector<std::string> want{"Task1", "Task2", "Task3", "Task1", "Task2", "Task3"};
        CHECK(printed(r.out) == want);
    }
}

TEST_CASE("examples: event_wait — the waiter and the poller go on only after the main thread sets the event — in run mode the poller asked more than once") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("event_wait.py", mode);
        CHECK(r.code == 0);
        const auto lines = printed(r.out);
        const auto at = [&](const std::string& s) { return std::find(lines.begin(), lines.end(), s) - lines.begin(); };
        REQUIRE(at("got the signal") < static_cast<long>(lines.size()));
        CHECK(at("setting the event") < at("got the signal"));
        const auto poll = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("poller saw it after "); });
        REQUIRE(poll != lines.end());
        CHECK(at("setting the event") < poll - lines.begin());
        // Run mode: the main thread sleeps 50 ms while the poller wakes every 10 ms.
        CHECK(std::stoi(poll->substr(20)) >= (std::string(mode) == "run" ? 2 : 1));
    }
}

TEST_CASE("examples: producer_consumer — every item reaches the consumer, in order, through a queue of at most 3") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("producer_consumer.py", mode);
        CHECK(r.code == 0);
        std::vector<std::string> got;
        for (const std::string& line : printed(r.out))
            if (line.starts_with("got ")) got.push_back(line.substr(4));
        CHECK(got == std::vector<std::string>{"item 0", "item 1", "item 2", "item 3", "item 4", "item 5"});
        CHECK_FALSE(has(r.out, "size 4"));
        CHECK(printed(r.out).back() == "done");
    }
}

TEST_CASE("examples: lost_update — stepping bytecode turn about loses updates — run mode on 3.11 loses none") {
    const auto stepped = il::test::run_cli({"run", std::string(IL_EXAMPLES_DIR) + "/lost_update.py", "--mode", "step",
                                            "--granularity", "bytecode"});
    CHECK(stepped.code == 0);
    const auto lines = printed(stepped.out);
    REQUIRE(!lines.empty());
    CHECK(lines.back().starts_with("g_num = "));
    CHECK(lines.back() != "g_num = 10 expected 10");  // turn about, reads and writes interleave: updates are lost
    const auto whole_lines = il::test::run_cli({"run", std::string(IL_EXAMPLES_DIR) + "/lost_update.py", "--mode",
                                                "step", "--granularity", "lines"});
    CHECK(printed(whole_lines.out).back() == "g_num = 10 expected 10");  // a whole line never splits its read and write
    const auto real = run_example("lost_update.py", "run");
    CHECK(real.code == 0);
    CHECK(printed(real.out).back() == "g_num = 10 expected 10");
}

TEST_CASE("examples: run_order — every line is printed, and different schedules print them in different orders") {
    const auto real = run_example("run_order.py", "run");
    CHECK(real.code == 0);
    CHECK(printed(real.out).size() == 10);
    std::vector<std::vector<std::string>> orders;
    for (int seed = 1; seed <= 6; ++seed) {
        const auto r = il::test::run_cli({"run", std::string(IL_EXAMPLES_DIR) + "/run_order.py", "--mode", "step",
                                          "--policy", "random", "--seed", std::to_string(seed)});
        CHECK(r.code == 0);
        auto lines = printed(r.out);
        CHECK(lines.size() == 10);
        if (std::find(orders.begin(), orders.end(), lines) == orders.end()) orders.push_back(lines);
    }
    CHECK(orders.size() >= 2);
}

TEST_CASE("examples: shared_globals — a thread's change to a global is seen by the next thread and by main") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("shared_globals.py", mode);
        CHECK(r.code == 0);
        CHECK(has(r.out, "[Thread-2 (work2)] work2: g_num = 103 g_nums = [11, 22, 33]"));
        CHECK(has(r.out, "[MainThread] main: g_num = 103"));
    }
}

TEST_CASE("examples: busy_wait — the spinning waiter sees the flag, also stepped by operations (it gets a step every 1000 lines) and by lines") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = il::test::run_cli(
            {"run", std::string(IL_EXAMPLES_DIR) + "/busy_wait.py", "--mode", mode, "--timeout", "30"});
        CHECK(r.code == 0);
        CHECK(has(r.out, "waiter saw the flag"));
    }
    const auto lines = il::test::run_cli({"run", std::string(IL_EXAMPLES_DIR) + "/busy_wait.py", "--mode", "step",
                                          "--granularity", "lines", "--timeout", "30"});
    CHECK(lines.code == 0);
    CHECK(has(lines.out, "[Thread-1 (waiter)] waiter saw the flag after some spins"));
}

TEST_CASE("examples: lock_order — one global lock order never deadlocks, whatever the schedule") {
    for (int seed = 1; seed <= 8; ++seed) {
        CAPTURE(seed);
        const auto r = il::test::run_cli({"run", std::string(IL_EXAMPLES_DIR) + "/lock_order.py", "--mode", "step",
                                          "--policy", "random", "--seed", std::to_string(seed)});
        CHECK(r.code == 0);
        CHECK(has(r.out, "[MainThread] no deadlock"));
        CHECK_FALSE(has(r.out, "deadlock:"));
    }
    CHECK(run_example("lock_order.py", "run").code == 0);
}

TEST_CASE("examples: thread_local — each thread reads back its own local.name — main has none") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("thread_local.py", mode);
        CHECK(r.code == 0);
        CHECK(has(r.out, "[Ann] hello from Ann - dict says Ann"));
        CHECK(has(r.out, "[Bo] hello from Bo - dict says Bo"));
        CHECK(has(r.out, "[MainThread] main has no local.name: True"));
    }
}

TEST_CASE("examples: pool_callback — every task's callback runs once, in a pool thread or the caller") {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = run_example("pool_callback.py", mode);
        CHECK(r.code == 0);
        CHECK(has(r.out, "[MainThread] sorted results: [0, 1, 4, 9]"));
        int callbacks = 0;
        for (const std::string& line : printed(r.out))
            if (line.starts_with("callback in ")) {
                ++callbacks;
                CHECK((line.starts_with("callback in ThreadPoolExecutor-0_") || line.starts_with("callback in MainThread")));
            }
        CHECK(callbacks == 4);
    }
}
