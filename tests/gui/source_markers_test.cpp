// tests/gui/source_markers_test.cpp — the source view's markers: stacking by
// line, and the markers of a real stepped run of the two-lock deadlock (the
// pending call, which clicks grant a step, why the others cannot). The panel:
// run_panels_test.cpp and source_click_test.cpp.
#include <doctest.h>

#include <algorithm>
#include <string>

#include "app/gui/source/source_markers.hpp"
#include "run_panels_support.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::gui;
using il::core::Arena;
using il::core::Choice;

namespace {

SourceMarker marker(uint16_t worker, uint32_t line) {
    SourceMarker m;
    m.worker = worker;
    m.name = "W" + std::to_string(worker);
    m.line = line;
    return m;
}

const SourceMarker* find(const std::vector<SourceMarker>& ms, const std::string& name) {
    for (const SourceMarker& m : ms)
        if (m.name == name) return &m;
    return nullptr;
}

}  // namespace

TEST_CASE("source markers: markers on one line stack in worker order — lines come in ascending order") {
    const std::vector<SourceMarker> ms{marker(3, 20), marker(1, 20), marker(2, 7), marker(0, 42), marker(4, 20)};
    const std::vector<MarkerLine> stacks = stack_by_line(ms);
    REQUIRE(stacks.size() == 3);
    CHECK(stacks[0].line == 7);
    CHECK(stacks[1].line == 20);
    CHECK(stacks[2].line == 42);
    CHECK(stacks[1].markers == std::vector<size_t>{1, 0, 4});  // workers 1, 3, 4
    CHECK(stack_by_line({}).empty());
}

TEST_CASE("source markers: in step mode a worker that may move is grantable — a blocked one says why") {
    std::vector<SourceMarker> before_second_lock;
    std::vector<SourceMarker> at_deadlock;
    il::core::TraceStore store;
    StepView step;
    step.stepping = step.quiescent = true;
    auto replay = il::core::make_replay(il::test::two_lock_deadlock_schedule());
    int calls = 0;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) {
        // The 7th grant: Thread-1 holds mutexA and waits at mutexB, which is free; Thread-2 is about to take mutexB.
        if (++calls == 7) {
            step.choices = cs;
            RunView v = il::test::arena_view(a, store, &step);
            v.grant = [](uint16_t, bool) {};
            before_second_lock = source_markers(v);
        }
        std::string err;
        return replay->next(a, cs, err);
    });
    const auto r = il::test::run_stepped(il::test::two_lock_demo, strategy, [&](Arena& a) {
        step.choices.clear();
        step.status = il::core::StepStatus::Deadlock;
        RunView v = il::test::arena_view(a, store, &step);
        v.grant = [](uint16_t, bool) {};
        at_deadlock = source_markers(v);
    });
    REQUIRE(r.status == il::core::StepStatus::Deadlock);

    const SourceMarker* t1 = find(before_second_lock, "Thread-1");
    const SourceMarker* t2 = find(before_second_lock, "Thread-2");
    const SourceMarker* main = find(before_second_lock, "MainThread");
    REQUIRE(t1);
    REQUIRE(t2);
    REQUIRE(main);
    CHECK(t1->op == "mutexB.acquire()");
    CHECK(t2->op == "mutexB.acquire()");
    CHECK(t1->grantable);
    CHECK(t2->grantable);
    CHECK_FALSE(main->grantable);
    CHECK(main->op == "Thread-1.join()");
    CHECK(main->why == "blocked: Thread-1 has not finished");

    // At the deadlock both threads wait on the same line (task's second acquire): their markers stack.
    const SourceMarker* d1 = find(at_deadlock, "Thread-1");
    const SourceMarker* d2 = find(at_deadlock, "Thread-2");
    REQUIRE(d1);
    REQUIRE(d2);
    CHECK(d1->why == "blocked: mutexB is held by Thread-2");
    CHECK(d2->why == "blocked: mutexA is held by Thread-1");
    CHECK(d1->blocked == "held by Thread-2");  // the source row: its op already names mutexB
    CHECK(d2->op == "mutexA.acquire()");
    CHECK(d1->line == d2->line);
    const auto stacks = stack_by_line(at_deadlock);
    const auto shared = std::find_if(stacks.begin(), stacks.end(), [&](const MarkerLine& l) { return l.line == d1->line; });
    REQUIRE(shared != stacks.end());
    CHECK(shared->markers.size() == 2);
    CHECK(source_markers(RunView{}).empty());  // no run, no markers
}

TEST_CASE("source markers: without step mode nothing is grantable and no reason is invented") {
    il::core::TraceStore store;
    std::vector<SourceMarker> ms;
    auto replay = il::core::make_replay(il::test::two_lock_deadlock_schedule());
    il::test::run_stepped(il::test::two_lock_demo, *replay, [&](Arena& a) {
        ms = source_markers(il::test::arena_view(a, store, nullptr));
    });
    REQUIRE_FALSE(ms.empty());
    for (const SourceMarker& m : ms) {
        CHECK_FALSE(m.grantable);
        CHECK(m.why.empty());
        if (m.name != "MainThread") CHECK(m.blocked.rfind("held by Thread-", 0) == 0);
    }
}
