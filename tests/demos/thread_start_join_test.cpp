// thread.start_join: names, start, join; nothing of a thread runs after its join returned.
#include <doctest.h>

#include <algorithm>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("thread.start_join: default names Thread-N plus a given name — join waits for every thread") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("thread.start_join", {"work=0.01"}));
    runs.push_back(step_demo("thread.start_join", {"work=0"}));
    for (uint64_t seed : {1, 2, 3}) runs.push_back(random_demo("thread.start_join", {"work=0"}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result(o, "thread names") == "Thread-1, Thread-2, Thread-3, downloader");
        CHECK(result(o, "alive after join") == "False");
        const auto lines = console_lines(o.store);
        REQUIRE(!lines.empty());
        CHECK(lines.front() == "MainThread: created 4 threads; is_alive() before start(): False");
        CHECK(lines.back() == "MainThread: all joined; any thread alive? False");
        for (const char* who : {"Thread-1", "Thread-2", "Thread-3", "downloader"}) {
            const auto mine = printed_by(o.store, who);
            CHECK(mine == std::vector<std::string>{std::string("hello from ") + who, std::string(who) + " is done"});
        }
    }
}

TEST_CASE("thread.start_join: stepped, MainThread is blocked on its first join until Thread-1 has ended, and is_alive() is True after start()") {
    const Observation o = prefer_demo("thread.start_join", {"threads=2", "work=0"}, {"MainThread", "Thread-2", "Thread-1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(contains(printed_by(o.store, "MainThread"), "all started; Thread-1.is_alive() = True"));
    const auto main = find_worker(o.store, "MainThread");
    const auto t1 = find_worker(o.store, "Thread-1");
    REQUIRE(main);
    REQUIRE(t1);
    const StateInterval* join = nullptr;
    for (const StateInterval& iv : o.store.intervals(*main))
        if (iv.state == WorkerState::Blocked && iv.object == o.store.worker(*t1).object && !join) join = &iv;
    REQUIRE(join);
    int64_t t1_ended = -1;
    for (const StateInterval& iv : o.store.intervals(*t1))
        if (iv.state == WorkerState::Done && t1_ended < 0) t1_ended = iv.s0;
    REQUIRE(t1_ended >= 0);
    CHECK(join->s0 < t1_ended);
    CHECK(t1_ended <= join->s1);
    // Favoured over Thread-1, MainThread still cannot get past the join: Thread-1 is done before 'all joined'.
    const auto lines = console_lines(o.store);
    size_t t1_last = 0, joined = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind("Thread-1: ", 0) == 0) t1_last = i;
        if (lines[i].rfind("MainThread: all joined", 0) == 0) joined = i;
    }
    CHECK(t1_last < joined);
}

TEST_CASE("thread.start_join: threads=8 gives a lane per thread, all overlapping during their sleep") {
    // A free run (the claim is about the timeline of a run); work=0.3 leaves ample time to start all nine.
    const Observation o = observe_demo("thread.start_join", {"threads=8", "work=0.3"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(o.store.worker_count() == 10);  // MainThread, Thread-1..8, downloader
    // Every thread said hello (its lane began) before any thread finished its sleep.
    const auto lines = console_lines(o.store);
    size_t last_hello = 0, first_done = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find(": hello from ") != std::string::npos) last_hello = i;
        if (lines[i].find(" is done") != std::string::npos && first_done == lines.size()) first_done = i;
    }
    CHECK(last_hello < first_done);
    // The sleeping stretches of all nine threads share a moment.
    int64_t latest_start = 0, earliest_end = INT64_MAX;
    for (uint16_t w = 0; w < o.store.worker_count(); ++w)
        for (const StateInterval& iv : o.store.intervals(w))
            if (iv.state == WorkerState::Sleeping) {
                latest_start = std::max(latest_start, iv.t0);
                earliest_end = std::min(earliest_end, iv.t1);
            }
    CHECK(latest_start < earliest_end);
}
