// deadlock.philosophers: everyone takes the left fork first; the ring of waits closes.
#include <doctest.h>

#include <algorithm>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.philosophers: in turn, every philosopher takes a left fork and the ring of N waits closes") {
    for (int n : {2, 3, 5}) {
        const std::vector<std::string> params{"philosophers=" + std::to_string(n), "meals=2"};
        const Observation o = step_demo("deadlock.philosophers", params);
        CHECK(o.status == StepStatus::Deadlock);
        REQUIRE(o.cycle.has_value());
        CHECK(o.cycle->workers.size() == static_cast<size_t>(n));
        std::vector<std::string> who, what;
        for (uint16_t w : o.cycle->workers) who.emplace_back(o.store.worker_name(w));
        for (uint32_t f : o.cycle->objects) what.emplace_back(o.store.object_name(f));
        std::sort(who.begin(), who.end());
        std::sort(what.begin(), what.end());
        for (int i = 1; i <= n; ++i) {
            CHECK(std::count(who.begin(), who.end(), "Philosopher-" + std::to_string(i)) == 1);
            CHECK(std::count(what.begin(), what.end(), "fork-" + std::to_string(i)) == 1);
        }
        // Each philosopher in the ring waits for the fork its right-hand neighbour holds.
        for (size_t i = 0; i < o.cycle->workers.size(); ++i) {
            const std::string me(o.store.worker_name(o.cycle->workers[i]));
            const int k = std::stoi(me.substr(me.find('-') + 1));
            CHECK(std::string(o.store.object_name(o.cycle->objects[i])) == "fork-" + std::to_string(k % n + 1));
        }
        CHECK(o.outcome == "deadlock: " + o.store.describe_cycle(*o.cycle));
        // The recorded schedule replays to the same ring.
        const Observation r = replay_demo("deadlock.philosophers", params, o.schedule);
        CHECK(r.outcome == o.outcome);
    }
}

TEST_CASE("deadlock.philosophers: a run picks up every left fork, nobody eats, and the ring through all five is named") {
    const Observation o = observe_demo("deadlock.philosophers", {"reach=0.2"});
    CHECK(o.failed);
    const auto lines = console_lines(o.store);
    CHECK(lines.size() == 5);
    for (int k = 1; k <= 5; ++k) {
        const std::string me = "Philosopher-" + std::to_string(k);
        CHECK(printed_by(o.store, me) == std::vector<std::string>{me + " picked up the left fork"});
        const std::string right = std::to_string(k % 5 + 1);
        CHECK(o.outcome.find("waits for fork-" + right + " held by Philosopher-" + right) != std::string::npos);
    }
}
