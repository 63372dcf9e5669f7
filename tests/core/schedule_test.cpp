// Schedules: the text format, replay, and divergence reports.
#include <doctest.h>

#include "core/director.hpp"
#include "core/lock.hpp"
#include "core/shared.hpp"
#include "core/worker.hpp"
#include "event_log.hpp"
#include "test_support.hpp"

using namespace il::core;

TEST_CASE("Schedule: text round trip keeps demo, params and steps") {
    Schedule s;
    s.demo = "builtin.counter";
    s.params = {"iterations=1", "use_lock=false"};
    s.steps = {{"MainThread", false}, {"Thread-1", false}, {"Thread-2", true}};
    const Schedule t = Schedule::parse(s.to_text());
    CHECK(t.demo == s.demo);
    CHECK(t.params == s.params);
    CHECK(t.steps == s.steps);
}

TEST_CASE("Schedule: a bad line is reported with its number") {
    CHECK_THROWS_WITH_AS(Schedule::parse("version 1\nstep\n"), "schedule line 2: expected 'step WORKER' or 'step WORKER timeout'",
                         ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 1\nstep A later\n"), "schedule line 2: unknown step option 'later'",
                         ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\n"),
                         "schedule line 1: version 2 is not supported (this build reads version 1)", ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("step A\n"), "schedule line 1: the first line must be 'version 1'",
                         ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("# only a comment\n"), "schedule: empty file (no 'version' line)",
                         ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 1\nfrobnicate\n"), "schedule line 2: unknown directive 'frobnicate'",
                         ScheduleError);
    CHECK_THROWS_AS(Schedule::load("/nonexistent/schedule.txt"), ScheduleError);
}

namespace {
void counter_demo(int n) {
    Shared<int64_t> counter("counter", 0);
    auto add = [&] {
        for (int i = 0; i < n; ++i) counter.store(counter.load() + 1);
    };
    Thread t1(add), t2(add);
    t1.start();
    t2.start();
    t1.join();
    t2.join();
}

struct Signature {
    EventKind kind;
    uint16_t worker;
    uint32_t object;
    int64_t value;
    bool operator==(const Signature&) const = default;
};

std::vector<Signature> signature(const Arena& a) {
    std::vector<Signature> out;
    for (const TraceEvent& e : il::test::all_events(a)) out.push_back({e.kind, e.worker, e.object, e.value});
    return out;
}
}  // namespace

TEST_CASE("Replay: a recorded random schedule replays to the identical event sequence") {
    for (uint64_t seed : {1u, 7u, 42u}) {
        auto random = make_random(seed);
        std::vector<Signature> first, second;
        const auto r1 = il::test::run_stepped([] { counter_demo(3); }, *random, [&](Arena& a) { first = signature(a); });
        REQUIRE(r1.status == StepStatus::Finished);
        auto replay = make_replay(r1.schedule);
        const auto r2 =
            il::test::run_stepped([] { counter_demo(3); }, *replay, [&](Arena& a) { second = signature(a); });
        CHECK_MESSAGE(r2.error.empty(), r2.error);
        REQUIRE(r2.status == StepStatus::Finished);
        CHECK(r2.schedule.steps == r1.schedule.steps);
        CHECK(first.size() > 20);
        CHECK(first == second);
    }
}

TEST_CASE("Step: load, load, store, store loses exactly one update") {
    Schedule s;
    for (const char* w : {"MainThread", "MainThread", "MainThread",  // begin, start, start (join then waits)
                          "Thread-1", "Thread-2",                                  // both begin
                          "Thread-1", "Thread-2",                                  // both load 0
                          "Thread-1", "Thread-2"})                                 // both store 1
        s.steps.push_back({w, false});
    auto replay = make_replay(s);
    int64_t final_value = -1;
    auto rest = make_round_robin();
    struct Then : Strategy {
        Strategy& a;
        Strategy& b;
        size_t n;
        Then(Strategy& x, Strategy& y, size_t k) : a(x), b(y), n(k) {}
        std::optional<Choice> next(const Arena& ar, const std::vector<Choice>& cs, std::string& err) override {
            if (n == 0) return b.next(ar, cs, err);
            --n;
            return a.next(ar, cs, err);
        }
    } then(*replay, *rest, s.steps.size());
    const auto r = il::test::run_stepped([] { counter_demo(1); }, then, [&](Arena& a) {
        for (uint32_t i = 0; i < a.object_count(); ++i)
            if (std::string_view(a.object(i).name) == "counter") final_value = a.object(i).value.load();
    });
    CHECK_MESSAGE(r.error.empty(), r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(final_value == 1);  // 2n - 1 with n = 1
}

TEST_CASE("Replay: a schedule that no longer fits says where it diverged and what was possible") {
    Schedule s;
    s.steps = {{"MainThread", false}, {"Thread-9", false}};
    auto replay = make_replay(s);
    const auto r = il::test::run_stepped([] { counter_demo(1); }, *replay);
    CHECK(r.error.find("step 2: the schedule says Thread-9 but the possible steps are: MainThread") == 0);
}
