// thread.shared_globals: threads share a global (103); processes each have a copy (100).
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("thread.shared_globals: with threads work2 and main see 103 — with processes they see 100") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("thread.shared_globals"));
    runs.push_back(step_demo("thread.shared_globals"));
    for (uint64_t seed : {1, 2}) runs.push_back(random_demo("thread.shared_globals", {}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "threads: work2 saw") == 103);
        CHECK(result_int(o, "threads: main sees") == 103);
        CHECK(result_int(o, "processes: work2 saw") == 100);
        CHECK(result_int(o, "processes: main sees") == 100);
        CHECK(printed_by(o.store, "Process-1") == std::vector<std::string>{"in work1, g_num is 103"});
        CHECK(printed_by(o.store, "Process-2") == std::vector<std::string>{"in work2, g_num is 100"});
    }
}

TEST_CASE("thread.shared_globals: the threads print 103 in work1 and in work2, main prints 103 then 100, and t1 is done before t2 starts") {
    std::vector<Observation> runs;
    runs.push_back(step_demo("thread.shared_globals"));
    runs.push_back(prefer_demo("thread.shared_globals", {}, {"Thread-2", "Process-2", "Thread-1", "Process-1", "MainThread"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(printed_by(o.store, "Thread-1") == std::vector<std::string>{"in work1, g_num is 103"});
        CHECK(printed_by(o.store, "Thread-2") == std::vector<std::string>{"in work2, g_num is 103"});
        CHECK(contains(printed_by(o.store, "MainThread"), "with threads: main sees 103"));
        CHECK(contains(printed_by(o.store, "MainThread"), "with processes: main sees 100"));
        // The threads take turns: Thread-1 is done before Thread-2 leaves New.
        const auto t1 = find_worker(o.store, "Thread-1");
        const auto t2 = find_worker(o.store, "Thread-2");
        REQUIRE(t1);
        REQUIRE(t2);
        int64_t t1_done = -1, t2_begins = -1;
        for (const StateInterval& iv : o.store.intervals(*t1))
            if (iv.state == WorkerState::Done && t1_done < 0) t1_done = iv.s0;
        for (const StateInterval& iv : o.store.intervals(*t2))
            if (iv.state != WorkerState::New && t2_begins < 0) t2_begins = iv.s0;
        REQUIRE(t1_done >= 0);
        CHECK(t1_done <= t2_begins);
    }
}
