// Schedules: the text format, replay, and divergence reports.
#include <doctest.h>

#include "core/observer/director.hpp"
#include "core/primitives/lock.hpp"
#include "core/observer/observe.hpp"
#include "core/primitives/shared.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/in_process_run.hpp"

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
    CHECK_THROWS_WITH_AS(Schedule::parse("version 3\n"),
                         "schedule line 1: version '3' is not supported (this build reads versions 1 and 2)",
                         ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("step A\n"),
                         "schedule line 1: the first line must be 'version 2', not 'step A'", ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("# only a comment\n"), "schedule: empty file (no 'version' line)",
                         ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 1\nfrobnicate\n"), "schedule line 2: unknown directive 'frobnicate'",
                         ScheduleError);
    CHECK_THROWS_AS(Schedule::load("/nonexistent/schedule.txt"), ScheduleError);
}

TEST_CASE("Schedule: worker names with spaces, quotes and control bytes survive the round trip") {
    Schedule s;
    s.demo = "pool.map";
    s.params = {"mode=a b"};
    std::string every_byte;
    for (int c = 1; c < 256; ++c) every_byte += static_cast<char>(c);
    s.steps = {{"Thread-1 (_handle_workers)", false}, {"io (alone)", true}, {"say \"hi\"\\", false},
               {"tab\there\nnewline", false}, {"timeout", true}, {"#not-a-comment", false}};
    for (size_t at = 0; at < every_byte.size(); at += 39) s.steps.push_back({every_byte.substr(at, 39), false});
    const std::string text = s.to_text();
    CHECK(text.find("version 2\n") != std::string::npos);
    CHECK(text.find("step \"Thread-1 (_handle_workers)\"\n") != std::string::npos);
    CHECK(text.find("step \"io (alone)\" timeout\n") != std::string::npos);
    CHECK(text.find("step Thread") == std::string::npos);  // never written bare when it holds a space
    const Schedule t = Schedule::parse(text);
    CHECK(t.demo == s.demo);
    CHECK(t.params == std::vector<std::string>{"mode=a b"});
    CHECK(t.steps == s.steps);
}

TEST_CASE("Schedule: version 1 files read as before — quotes mean something only from version 2") {
    const Schedule v1 = Schedule::parse("version 1\ndemo builtin.counter\nstep MainThread\nstep \"odd\" timeout\n");
    CHECK(v1.demo == "builtin.counter");
    CHECK(v1.steps == std::vector<ScheduleStep>{{"MainThread", false}, {"\"odd\"", true}});
    const Schedule v2 = Schedule::parse("version 2\nstep \"a b\"  timeout\nstep \"\\x41\\t\"\nstep plain\n");
    CHECK(v2.steps == std::vector<ScheduleStep>{{"a b", true}, {"A\t", false}, {"plain", false}});
}

TEST_CASE("Schedule: bad quoting is refused with the line number") {
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\nstep \"open\n"),
                         "schedule line 2: a quoted word has no closing quote: '\"open'", ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\nstep \"a\\q\"\n"),
                         "schedule line 2: unknown escape '\\\\q' in a quoted word", ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\nstep \"a\\x4\"\n"),
                         doctest::Contains("\\x needs two hex digits"), ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\nstep \"a\"b\n"),
                         "schedule line 2: a quoted word must be followed by a space: 'b'", ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\nstep \"\"\n"), "schedule line 2: a step names no worker",
                         ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\ndemo \"a\\x1b\"\n"),
                         "schedule line 2: the demo id 'a\\x1b' holds control characters", ScheduleError);
    CHECK_THROWS_WITH_AS(Schedule::parse("version 1\nversion 1\n"), "schedule line 2: a second 'version' line",
                         ScheduleError);
    // Longer than any worker's name can be: refused, and quoted short.
    const std::string too_long = "schedule line 2: the worker name '" + std::string(40, 'w') +
                                 "' is 40 bytes; at most 39 are possible";
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\nstep " + std::string(40, 'w') + "\n"), too_long.c_str(),
                         ScheduleError);
    CHECK_NOTHROW(Schedule::parse("version 2\nstep " + std::string(39, 'w') + "\n"));
    CHECK_THROWS_WITH_AS(Schedule::parse("version 2\ndemo " + std::string(100000, 'd') + "\n"),
                         doctest::Contains("(99940 more bytes)' is 100000 bytes; at most 63"), ScheduleError);
}

TEST_CASE("Schedule: errors quote the file's bytes escaped and cut short, never raw") {
    // An escape sequence that would turn a terminal red, and a very long word.
    try {
        Schedule::parse("version 2\n\x1b[31mred\x07\n");
        FAIL("parsed");
    } catch (const ScheduleError& e) {
        CHECK(std::string(e.what()) == "schedule line 2: unknown directive '\\x1b[31mred\\x07'");
    }
    try {
        Schedule::parse("version 2\nstep A " + std::string(5000, 'x') + "\n");
        FAIL("parsed");
    } catch (const ScheduleError& e) {
        const std::string m = e.what();
        CHECK(m.size() < 200);
        CHECK(m.find("(4940 more bytes)") != std::string::npos);
    }
    for (int c = 0; c < 256; ++c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') continue;
        try {
            Schedule::parse(std::string("version 2\nstep A b") + static_cast<char>(c) + "\n");
        } catch (const ScheduleError& e) {
            for (const char ch : std::string(e.what())) CHECK((static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7f));
        }
    }
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

TEST_CASE("Replay: a divergence names the schedule's worker escaped, never with its raw bytes") {
    Schedule s;
    s.steps = {{"MainThread", false}, {"\x1b[2J\x07", false}};
    auto replay = make_replay(s);
    const auto r = il::test::run_stepped([] { counter_demo(1); }, *replay);
    CHECK(r.error.find("step 2: the schedule says \\x1b[2J\\x07 but") == 0);
    CHECK(r.error.find('\x1b') == std::string::npos);
}

TEST_CASE("Replay: steps left over when the run ends fail the replay, saying how many") {
    ObserveOptions o;
    o.run.demo_id = "builtin.counter";
    o.run.params = {"iterations=2"};
    o.run.mode = DirectorMode::Step;
    o.timeout_s = 20;
    auto rr = make_round_robin();
    o.strategy = rr.get();
    const Observation recorded = observe_run(o);
    REQUIRE_MESSAGE(!recorded.failed, recorded.outcome);
    // The case: ~17,000 steps too many were accepted as "completed".
    Schedule s = recorded.schedule;
    const size_t used = s.steps.size();
    for (int i = 0; i < 17000; ++i) s.steps.push_back(s.steps.back());
    auto replay = make_replay(s);
    o.run.mode = DirectorMode::Replay;
    o.strategy = replay.get();
    const Observation r = observe_run(o);
    CHECK(r.failed);
    CHECK(r.outcome == describe_unused_steps(17000, used + 17000));
    CHECK(r.outcome.find("replay incomplete: the run ended with 17000 of ") == 0);
    // The exact schedule still replays cleanly.
    auto exact = make_replay(recorded.schedule);
    o.strategy = exact.get();
    const Observation ok = observe_run(o);
    CHECK_MESSAGE(!ok.failed, ok.outcome);
    CHECK(ok.schedule.steps == recorded.schedule.steps);
}
