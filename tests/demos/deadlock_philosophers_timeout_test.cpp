// deadlock.philosophers_timeout: the ring forms, a timeout opens it, everyone eats.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.philosophers_timeout: the ring closes, a time-out opens it, and every meal is eaten") {
    const Observation o = step_demo("deadlock.philosophers_timeout", {"meals=2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    REQUIRE(o.cycle.has_value());  // the naive ring formed …
    CHECK(o.cycle->workers.size() == 5);
    CHECK(contains(o.notes, "a deadlock formed and was broken by a timeout: " + o.store.describe_cycle(*o.cycle)));
    CHECK(result_int(o, "forks put back") >= 1);  // … and a philosopher who timed out put a fork back
    CHECK(result_int(o, "meals eaten") == result_int(o, "meals wanted"));
}

TEST_CASE("deadlock.philosophers_timeout: other schedules and run mode finish too") {
    std::vector<Observation> runs;
    for (uint64_t seed : {1, 2, 3}) runs.push_back(random_demo("deadlock.philosophers_timeout", {"meals=2"}, seed));
    runs.push_back(observe_demo("deadlock.philosophers_timeout", {"meals=2", "think=0", "reach=0.02", "patience=0.02"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "meals eaten") == result_int(o, "meals wanted"));
    }
}

TEST_CASE("deadlock.philosophers_timeout: round-robin, once every left fork is held only time-outs are offered, and the one timed out lets its neighbour eat") {
    const Observation o = step_demo("deadlock.philosophers_timeout", {"meals=1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    REQUIRE(o.cycle.has_value());
    bool timed_out = false;
    for (const ScheduleStep& st : o.schedule.steps) timed_out = timed_out || st.timeout;
    REQUIRE(timed_out);
    // Whoever put its left fork back first, the neighbour waiting for that fork eats next.
    const auto lines = console_lines(o.store);
    size_t put_back = lines.size();
    for (size_t i = 0; i < lines.size() && put_back == lines.size(); ++i)
        if (lines[i].find(" puts the left fork back") != std::string::npos) put_back = i;
    REQUIRE(put_back < lines.size());
    const std::string who = lines[put_back].substr(0, lines[put_back].find(':'));
    const int k = std::stoi(who.substr(who.find('-') + 1));
    const std::string neighbour = "Philosopher-" + std::to_string(k == 1 ? 5 : k - 1);  // its right fork is fork-k
    std::string next_eater;
    for (size_t i = put_back; i < lines.size() && next_eater.empty(); ++i)
        if (lines[i].find(" eats meal ") != std::string::npos) next_eater = lines[i].substr(0, lines[i].find(':'));
    CHECK(next_eater == neighbour);
}

TEST_CASE("deadlock.philosophers_timeout: stepped, granting a plain step once all five wait is refused") {
    const Observation rr = step_demo("deadlock.philosophers_timeout", {"meals=1"});
    REQUIRE_MESSAGE(!rr.failed, rr.outcome);
    std::vector<std::string> s;
    for (const ScheduleStep& st : rr.schedule.steps) {
        if (st.timeout) break;
        s.push_back(st.worker);
    }
    s.push_back("Philosopher-1");
    const Observation o = replay_demo("deadlock.philosophers_timeout", {"meals=1"}, s);
    CHECK(o.failed);
    CHECK_MESSAGE(o.outcome.find("the possible steps are: Philosopher-1 (time out)") != std::string::npos, o.outcome);
}

TEST_CASE("deadlock.philosophers_timeout: each time the ring is broken, the philosopher who put its fork back had waited the whole patience") {
    // patience=2 scaled down to 0.2 s: a wait that times out lasts at least that long (a lower bound only).
    const Observation o = observe_demo("deadlock.philosophers_timeout", {"meals=1", "think=0", "reach=0.1", "patience=0.2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "meals eaten") == result_int(o, "meals wanted"));
    int failed = 0;
    for (const TraceEvent& e : o.store.events()) {
        if (e.kind != EventKind::AcquireFailed) continue;
        ++failed;
        const StateInterval* last = nullptr;
        for (const StateInterval& iv : o.store.intervals(e.worker))
            if (iv.state == WorkerState::Blocked && iv.object == e.object && (!last || iv.t0 > last->t0) &&
                iv.t0 <= static_cast<int64_t>(e.tsc))
                last = &iv;
        REQUIRE(last);
        CHECK(last->t1 - last->t0 >= 190'000'000);
    }
    CHECK(failed == result_int(o, "forks put back"));
    CHECK(failed >= 1);  // with reach=0.1 every philosopher holds a left fork before anyone reaches right
}
