// thread.states: Thread-1 goes new -> running -> blocked (gate) -> running -> sleeping -> done.
#include <doctest.h>

#include <algorithm>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

// True when `want` appears in `states` in this order (other states may come between).
bool in_order(const std::vector<WorkerState>& states, const std::vector<WorkerState>& want) {
    size_t i = 0;
    for (WorkerState s : states)
        if (i < want.size() && s == want[i]) ++i;
    return i == want.size();
}

}  // namespace

TEST_CASE("thread.states: Thread-1's lane shows new, blocked on the gate, sleeping and done, in that order") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("thread.states", {"hold=0.05", "nap=0.01"}));
    runs.push_back(step_demo("thread.states"));
    runs.push_back(random_demo("thread.states", {}, 3));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        const auto t = find_worker(o.store, "Thread-1");
        const auto gate = find_object(o.store, "gate");
        REQUIRE(t);
        REQUIRE(gate);
        const auto states = states_of(o.store, *t);
        CHECK(states.front() == WorkerState::New);
        CHECK(states.back() == WorkerState::Done);
        CHECK(in_order(states, {WorkerState::New, WorkerState::Running, WorkerState::Blocked, WorkerState::Running,
                                WorkerState::Sleeping, WorkerState::Running, WorkerState::Done}));
        // The blocked stretch is on the gate, which MainThread held then.
        const auto ivs = o.store.intervals(*t);
        const auto blocked = std::find_if(ivs.begin(), ivs.end(),
                                          [](const StateInterval& iv) { return iv.state == WorkerState::Blocked; });
        REQUIRE(blocked != ivs.end());
        CHECK(blocked->object == *gate);
        const auto main = find_worker(o.store, "MainThread");
        REQUIRE(main);
        const bool stepped = o.store.run_info().mode != "run";
        const Axis axis = stepped ? Axis::Step : Axis::Ns;
        CHECK(o.store.holders_at(*gate, stepped ? blocked->s0 : blocked->t0, axis) == std::vector<uint16_t>{*main});
        CHECK(result(o, "is_alive before start()") == "False");
        CHECK(result(o, "is_alive while blocked") == "True");
        CHECK(result(o, "is_alive after join()") == "False");
    }
}

TEST_CASE("thread.states: stepped, Thread-1 granted as soon as it is started prints once, blocks at gate.acquire() and goes on only after MainThread's release") {
    const Observation o = prefer_demo("thread.states", {}, {"Thread-1", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = console_lines(o.store);
    const auto index_of = [&](const std::string& part) {
        for (size_t i = 0; i < lines.size(); ++i)
            if (lines[i].find(part) != std::string::npos) return i;
        return lines.size();
    };
    const size_t first = index_of("Thread-1: running; now I need the gate");
    const size_t release = index_of("releasing the gate");
    const size_t got = index_of("Thread-1: got the gate");
    REQUIRE(got < lines.size());
    CHECK(first < release);
    CHECK(release < got);
    // Its blocked stretch on the gate ends no earlier than MainThread's hold of the gate.
    const auto t = find_worker(o.store, "Thread-1");
    const auto main = find_worker(o.store, "MainThread");
    const auto gate = find_object(o.store, "gate");
    REQUIRE(t);
    REQUIRE(main);
    REQUIRE(gate);
    const auto ivs = o.store.intervals(*t);
    const auto blocked = std::find_if(ivs.begin(), ivs.end(),
                                      [](const StateInterval& iv) { return iv.state == WorkerState::Blocked; });
    REQUIRE(blocked != ivs.end());
    CHECK(blocked->object == *gate);
    const auto holds = o.store.holds(*gate);
    REQUIRE(!holds.empty());
    CHECK(holds.front().holder == *main);
    CHECK(holds.front().s1 <= blocked->s1);
}

TEST_CASE("thread.states: hold sets the blocked stretch and nap the sleeping stretch (lower bounds)") {
    const Observation o = observe_demo("thread.states", {"hold=0.3", "nap=0.3"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto t = find_worker(o.store, "Thread-1");
    REQUIRE(t);
    int64_t blocked = 0, sleeping = 0;
    for (const StateInterval& iv : o.store.intervals(*t)) {
        if (iv.state == WorkerState::Blocked) blocked += iv.t1 - iv.t0;
        if (iv.state == WorkerState::Sleeping) sleeping += iv.t1 - iv.t0;
    }
    CHECK(blocked >= 200'000'000);   // most of hold=0.3: Thread-1 blocks just after MainThread starts its sleep
    CHECK(sleeping >= 290'000'000);  // nap=0.3
}
