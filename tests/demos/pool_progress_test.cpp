// pool.progress: each finished file reaches the parent through the queue at
// once; the bar advances once per file, in finishing order, to 100%.
#include <doctest.h>

#include <algorithm>
#include <set>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

TEST_CASE("pool.progress: one progress line per finished file, in finishing order, ending at 100%") {
    const Observation o = run_demo("pool.progress", {"processes=4", "files=8", "us_per_kb=1000"});
    CHECK(result(o, "files copied") == "8");
    const TraceStore& s = o.store;
    std::vector<std::string> names;
    std::vector<double> percents;
    for (const std::string& line : printed(s, "MainThread")) {
        if (!line.starts_with("copy progress:")) continue;
        percents.push_back(std::stod(line.substr(line.find(']') + 1)));
        names.push_back(line.substr(line.rfind(' ') + 1));
    }
    REQUIRE(names.size() == 8);
    CHECK(std::is_sorted(percents.begin(), percents.end()));
    CHECK(percents.back() == doctest::Approx(100.0));
    CHECK(std::set<std::string>(names.begin(), names.end()).size() == 8);  // each file once
    // file_03 (31 KB) is the smallest of the first four submitted: it finishes first.
    CHECK(names.front() == "file_03.txt");
    CHECK_FALSE(std::is_sorted(names.begin(), names.end()));
    // The names came through the 'progress' queue: put by the workers, got by MainThread.
    const uint32_t q = object(s, "progress");
    const auto puts = of(s, EventKind::QueuePut, q);
    CHECK(puts.size() == 8);
    for (const TraceEvent& e : puts) CHECK(s.worker_name(e.worker).starts_with("ForkPoolWorker-"));
    CHECK(of(s, EventKind::QueueGet, q, worker(s, "MainThread")).size() == 8);
    CHECK(!s.samples(q).empty());  // the queue lane has its fill level
}
