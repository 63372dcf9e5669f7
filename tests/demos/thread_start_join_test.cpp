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
