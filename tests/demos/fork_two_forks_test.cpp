// fork.two_forks: two forks in a row give four processes, in a tree.
#include <doctest.h>

#include <algorithm>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

size_t count_prefix(const std::vector<std::string>& lines, const std::string& prefix) {
    return static_cast<size_t>(
        std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(prefix) != std::string::npos; }));
}

}  // namespace

TEST_CASE("fork.two_forks: four processes — the second fork runs in both, so Child-1 has a child of its own") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("fork.two_forks"));
    runs.push_back(step_demo("fork.two_forks"));
    runs.push_back(random_demo("fork.two_forks", {}, 7));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "processes") == 4);
        const auto main = find_worker(o.store, "MainThread");
        const auto c1 = find_worker(o.store, "Child-1");
        const auto c2 = find_worker(o.store, "Child-2");
        const auto g = find_worker(o.store, "Child-1/Child-1");
        REQUIRE(main);
        REQUIRE(c1);
        REQUIRE(c2);
        REQUIRE(g);
        CHECK(o.store.worker(*c1).parent == *main);
        CHECK(o.store.worker(*c2).parent == *main);
        CHECK(o.store.worker(*g).parent == *c1);
        CHECK(o.store.worker(*g).ppid == o.store.worker(*c1).pid);
        size_t processes = 0;
        for (size_t i = 0; i < o.store.worker_count(); ++i)
            if (o.store.worker(static_cast<uint16_t>(i)).known &&
                o.store.worker(static_cast<uint16_t>(i)).kind == WorkerKind::Process)
                ++processes;
        CHECK(processes == 4);
        const auto lines = console_lines(o.store);
        CHECK(count_prefix(lines, ": 1  (") == 1);
        CHECK(count_prefix(lines, ": 2  (") == 1);
        CHECK(count_prefix(lines, ": 11 (") == 2);
        CHECK(count_prefix(lines, ": 22 (") == 2);
    }
}

TEST_CASE("fork.two_forks: granting only MainThread, it prints 2, 22 and its pid, then waits before Child-1's second fork") {
    const Observation o = prefer_demo("fork.two_forks", {}, {"MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto main = find_worker(o.store, "MainThread");
    const auto c2 = find_worker(o.store, "Child-2");
    const auto g = find_worker(o.store, "Child-1/Child-1");
    REQUIRE(main);
    REQUIRE(c2);
    REQUIRE(g);
    const auto lines = console_lines(o.store);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0] == "MainThread: 2  (parent at the first fork)");
    CHECK(lines[1] == "MainThread: 22 (parent at the second fork)");
    CHECK(lines[2].rfind("MainThread: I am pid ", 0) == 0);
    // MainThread blocks in its wait before Child-1 has made its own child.
    int64_t blocked_at = -1;
    for (const StateInterval& iv : o.store.intervals(*main))
        if (iv.state == WorkerState::Blocked && blocked_at < 0) blocked_at = iv.s0;
    REQUIRE(blocked_at >= 0);
    CHECK(o.store.intervals(*c2).front().s0 < blocked_at);
    CHECK(blocked_at < o.store.intervals(*g).front().s0);
}
