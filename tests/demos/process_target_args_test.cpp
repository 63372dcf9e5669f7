// process.target_args: target/args/name, pid, is_alive, join, exitcode.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("process.target_args: names Process-1 and alogy, pids of real children, exitcode 0 after join") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("process.target_args", {"interval1=0.05", "interval2=0.02"}));
    runs.push_back(step_demo("process.target_args"));
    runs.push_back(random_demo("process.target_args", {}, 4));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result(o, "p1.name") == "Process-1");
        CHECK(result(o, "p2.name") == "alogy");
        CHECK(result(o, "p1.is_alive after join") == "False");
        CHECK(result_int(o, "p1.exitcode") == 0);
        CHECK(result_int(o, "p2.exitcode") == 0);
        const auto main = find_worker(o.store, "MainThread");
        const auto p1 = find_worker(o.store, "Process-1");
        const auto p2 = find_worker(o.store, "alogy");
        REQUIRE(main);
        REQUIRE(p1);
        REQUIRE(p2);
        CHECK(o.store.worker(*p1).pid == result_int(o, "p1.pid"));
        CHECK(o.store.worker(*p2).pid == result_int(o, "p2.pid"));
        CHECK(o.store.worker(*p1).ppid == o.store.worker(*main).pid);
        CHECK(o.store.worker(*p1).parent == *main);
        // The child ran target(*args): its lines carry the label passed in args.
        CHECK(printed_by(o.store, "Process-1").front().rfind("worker_1: parent pid ", 0) == 0);
        CHECK(printed_by(o.store, "alogy").front().rfind("worker_2: parent pid ", 0) == 0);
    }
}

TEST_CASE("process.target_args: worker_1 ends long before worker_2, and the parent goes on after p1.join() while alogy sleeps") {
    // interval1=0.1 and interval2=1, scaled down.
    const Observation o = observe_demo("process.target_args", {"interval1=0.02", "interval2=0.3"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = console_lines(o.store);
    const auto index_of = [&](const std::string& prefix) {
        for (size_t i = 0; i < lines.size(); ++i)
            if (lines[i].rfind(prefix, 0) == 0) return i;
        return lines.size();
    };
    const size_t p1_ran = index_of("Process-1: worker_1: ran for ");
    const size_t after_join = index_of("MainThread: p1.is_alive = False, p1.exitcode = 0");
    const size_t p2_ran = index_of("alogy: worker_2: ran for ");
    REQUIRE(p2_ran < lines.size());
    CHECK(p1_ran < after_join);
    CHECK(after_join < p2_ran);
    // Right after start(), p2 is alive; and both children print the main process's pid as their parent.
    CHECK(contains(printed_by(o.store, "MainThread"), "p2.is_alive = True"));
    const auto main = find_worker(o.store, "MainThread");
    REQUIRE(main);
    const std::string parent = "parent pid " + std::to_string(o.store.worker(*main).pid) + ",";
    CHECK(printed_by(o.store, "Process-1").front().find(parent) != std::string::npos);
    CHECK(printed_by(o.store, "alogy").front().find(parent) != std::string::npos);
}

TEST_CASE("process.target_args: stepped, MainThread cannot pass p1.join() before Process-1 has ended") {
    const Observation o = prefer_demo("process.target_args", {}, {"MainThread", "alogy", "Process-1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto main = find_worker(o.store, "MainThread");
    const auto p1 = find_worker(o.store, "Process-1");
    REQUIRE(main);
    REQUIRE(p1);
    const StateInterval* join = nullptr;
    for (const StateInterval& iv : o.store.intervals(*main))
        if (iv.state == WorkerState::Blocked && iv.object == o.store.worker(*p1).object && !join) join = &iv;
    REQUIRE(join);
    int64_t p1_ended = -1;
    for (const StateInterval& iv : o.store.intervals(*p1))
        if ((iv.state == WorkerState::Zombie || iv.state == WorkerState::Done) && p1_ended < 0) p1_ended = iv.s0;
    REQUIRE(p1_ended >= 0);
    CHECK(join->s0 < p1_ended);
    CHECK(p1_ended <= join->s1);
    // Even favoured, MainThread's line after the join follows Process-1's last line.
    const auto lines = console_lines(o.store);
    size_t p1_last = 0, after_join = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind("Process-1: ", 0) == 0) p1_last = i;
        if (lines[i].rfind("MainThread: p1.is_alive = ", 0) == 0) after_join = i;
    }
    CHECK(p1_last < after_join);
}
