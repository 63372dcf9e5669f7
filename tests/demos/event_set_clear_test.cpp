// event.set_clear: the flag's rules — is_set/set/clear, wait(timeout) on a
// clear flag returns False after the timeout, wait() on a set flag returns at
// once, and a waiter already waiting is released by a set() cleared at once.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("event.set_clear: is_set, set, clear and wait behave as Python's Event") {
    const Observation o = run_demo("event.set_clear", {"timeout=0.2"});
    CHECK(result(o, "is_set() at first") == "False");
    CHECK(result(o, "wait(timeout) while clear") == "False");
    CHECK(result(o, "is_set() after set()") == "True");
    CHECK(result(o, "wait() while set") == "True");
    CHECK(result(o, "is_set() after clear()") == "False");
    CHECK(result(o, "waiter released by set(); clear()") == "True");
    CHECK(result(o, "is_set() at the end") == "False");
    const TraceStore& s = o.store;
    const uint16_t main = worker(s, "MainThread"), waiter = worker(s, "waiter");
    const uint32_t flag = object(s, "flag");
    // MainThread blocked on the flag once: the timed wait, for the whole timeout, then timed out.
    const auto main_blocked = spans(s, main, WorkerState::Blocked, flag);
    REQUIRE(main_blocked.size() == 1);
    CHECK(main_blocked[0].t1 - main_blocked[0].t0 >= 200'000'000);
    const auto main_done = of(s, EventKind::EventWaitDone, flag, main);
    REQUIRE(main_done.size() == 2);
    CHECK(main_done[0].value == 0);
    CHECK(main_done[1].value == 1);  // the wait after set(): no Block in between
    const auto sets = of(s, EventKind::EventSet, flag), clears = of(s, EventKind::EventClear, flag);
    REQUIRE(sets.size() == 2);
    REQUIRE(clears.size() == 2);
    CHECK(main_done[1].seq > sets[0].seq);
    CHECK(main_done[1].seq < clears[0].seq);
    // The waiter was waiting when the second set() came, and was released although clear() followed at once.
    const auto waiter_blocked = spans(s, waiter, WorkerState::Blocked, flag);
    REQUIRE(waiter_blocked.size() == 1);
    CHECK(waiter_blocked[0].t0 < event_ns(sets[1]));
    const auto waiter_done = of(s, EventKind::EventWaitDone, flag, waiter);
    REQUIRE(waiter_done.size() == 1);
    CHECK(waiter_done[0].value == 1);
    CHECK(clears[1].seq > sets[1].seq);
    const auto main_flag_ops = events(s, [&](const TraceEvent& e) {
        return e.worker == main && e.object == flag && (e.kind == EventKind::EventSet || e.kind == EventKind::EventClear);
    });
    REQUIRE(main_flag_ops.size() == 4);
    CHECK(main_flag_ops[3].kind == EventKind::EventClear);  // set() then clear() back to back
    CHECK(main_flag_ops[2].kind == EventKind::EventSet);
}

namespace {

// MainThread whenever it can proceed; then anyone who can; then a time-out.
class MainFirst final : public Strategy {
public:
    std::optional<Choice> next(const Arena& a, const std::vector<Choice>& cs, std::string&) override {
        for (const Choice& c : cs)
            if (a.worker_name(c.worker) == "MainThread" && c.grant == Grant::Proceed) return c;
        for (const Choice& c : cs)
            if (c.grant == Grant::Proceed) return c;
        return cs.front();
    }
};

}  // namespace

TEST_CASE("event.set_clear: in step mode a set() and clear() before the waiter's wait() leave it stuck") {
    MainFirst main_first;
    ObserveOptions opt;
    opt.run.demo_id = "event.set_clear";
    opt.run.params = {"timeout=0.2"};
    opt.run.mode = DirectorMode::Step;
    opt.strategy = &main_first;
    opt.timeout_s = 30;
    const Observation o = observe_run(opt);
    CHECK(o.status == StepStatus::Stuck);
    CHECK(o.outcome.find("waiter waits for flag") != std::string::npos);
    // The waiter reached wait() only after MainThread's last set() and clear().
    const TraceStore& s = o.store;
    const uint32_t flag = object(s, "flag");
    const auto clears = of(s, EventKind::EventClear, flag);
    REQUIRE(clears.size() == 2);
    const auto waiter_blocked = of(s, EventKind::Block, flag, worker(s, "waiter"));
    REQUIRE(!waiter_blocked.empty());
    CHECK(waiter_blocked.front().seq > clears[1].seq);
}

TEST_CASE("event.set_clear: in step mode (round-robin) the waiter is released by the set()") {
    const Observation o = step_demo("event.set_clear", {"timeout=0.2"});
    CHECK(result(o, "waiter released by set(); clear()") == "True");
    CHECK(result(o, "wait(timeout) while clear") == "False");
    CHECK(o.schedule.steps.size() > 10);
}

TEST_CASE("event.set_clear: in step mode the waiter at wait() gets no step while the flag is clear, and is enabled by the set()") {
    const Observation o = step_demo("event.set_clear", {"timeout=0.2"});
    const TraceStore& s = o.store;
    const uint16_t waiter = worker(s, "waiter");
    const uint32_t flag = object(s, "flag");
    const auto sets = of(s, EventKind::EventSet, flag);
    REQUIRE(sets.size() == 2);
    const auto blocked = of(s, EventKind::Block, flag, waiter);
    REQUIRE(!blocked.empty());
    CHECK(blocked.front().seq < sets[1].seq);
    for (const TraceEvent& st : of(s, EventKind::Step, kNoObject, waiter))
        if (st.seq > blocked.front().seq) CHECK(st.seq > sets[1].seq);
    const auto done = of(s, EventKind::EventWaitDone, flag, waiter);
    REQUIRE(done.size() == 1);
    CHECK(done[0].value == 1);
}
