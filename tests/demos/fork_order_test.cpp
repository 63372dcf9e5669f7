// fork.order: who prints first after fork() is up to the scheduler.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

bool in_own_order(const std::vector<std::string>& lines, const std::string& who) {
    int next = 1;
    for (const std::string& l : lines)
        if (l.rfind(who, 0) == 0 && l != who + " line " + std::to_string(next++)) return false;
    return next == 4;
}

}  // namespace

TEST_CASE("fork.order: two schedules give two different print orders, and each replays exactly") {
    const std::vector<std::string> params{"lines=3", "pause=0"};
    // Scheduler A favours the parent, scheduler B the child.
    const Observation a = prefer_demo("fork.order", params, {"MainThread", "Child-1"});
    const Observation b = prefer_demo("fork.order", params, {"Child-1", "MainThread"});
    REQUIRE_MESSAGE(!a.failed, a.outcome);
    REQUIRE_MESSAGE(!b.failed, b.outcome);
    const auto la = console_lines(a.store), lb = console_lines(b.store);
    CHECK(la.front() == "MainThread: parent line 1");
    CHECK(lb.front() == "Child-1: child  line 1");
    CHECK(la != lb);
    CHECK(a.schedule.steps != b.schedule.steps);

    // Each recorded schedule, replayed, reproduces its own order.
    const Observation ra = replay_demo("fork.order", params, a.schedule);
    const Observation rb = replay_demo("fork.order", params, b.schedule);
    REQUIRE_MESSAGE(!ra.failed, ra.outcome);
    REQUIRE_MESSAGE(!rb.failed, rb.outcome);
    CHECK(console_lines(ra.store) == la);
    CHECK(console_lines(rb.store) == lb);
}

TEST_CASE("fork.order: whatever the schedule, each process's own lines stay in order") {
    for (uint64_t seed : {1, 2, 3, 4}) {
        const Observation o = random_demo("fork.order", {"lines=3", "pause=0"}, seed);
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        const auto lines = console_lines(o.store);
        CHECK(lines.size() == 6);
        CHECK(in_own_order(lines, "MainThread: parent"));
        CHECK(in_own_order(lines, "Child-1: child "));
    }
}

TEST_CASE("fork.order: granting Child-1 until it is done puts all child lines first, and alternating alternates them") {
    const std::vector<std::string> params{"lines=3", "pause=0.05"};
    const Observation child_first = prefer_demo("fork.order", params, {"Child-1", "MainThread"});
    REQUIRE_MESSAGE(!child_first.failed, child_first.outcome);
    CHECK(console_lines(child_first.store) ==
          std::vector<std::string>{"Child-1: child  line 1", "Child-1: child  line 2", "Child-1: child  line 3",
                                   "MainThread: parent line 1", "MainThread: parent line 2",
                                   "MainThread: parent line 3"});
    // Round-robin grants MainThread and Child-1 in turn.
    const Observation alternating = step_demo("fork.order", params);
    REQUIRE_MESSAGE(!alternating.failed, alternating.outcome);
    CHECK(console_lines(alternating.store) ==
          std::vector<std::string>{"MainThread: parent line 1", "Child-1: child  line 1", "MainThread: parent line 2",
                                   "Child-1: child  line 2", "MainThread: parent line 3",
                                   "Child-1: child  line 3"});
}

TEST_CASE("fork.order: a free run with pause=0 keeps each process's own lines in order") {
    const Observation o = observe_demo("fork.order", {"lines=3", "pause=0"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = console_lines(o.store);
    CHECK(lines.size() == 6);
    CHECK(in_own_order(lines, "MainThread: parent"));
    CHECK(in_own_order(lines, "Child-1: child "));
}
