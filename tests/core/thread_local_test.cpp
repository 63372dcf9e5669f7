// ThreadLocal: one global name, a separate value per thread (Python's
// threading.local), the observer's view of every thread's value, and its steps.
#include <doctest.h>

#include <algorithm>
#include <bit>
#include <map>

#include "core/primitives/thread_local.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

TEST_CASE("ThreadLocal: each thread sees only its own value") {
    InProcessRun run;
    ThreadLocal<std::string> name("name");
    name.set("main");
    std::string seen_a, seen_b;
    Thread a([&] {
        name.set("alice");
        seen_a = name.get();
    });
    Thread b([&] {
        name.set("bob");
        seen_b = name.get();
    });
    a.start();
    b.start();
    a.join();
    b.join();
    CHECK(seen_a == "alice");
    CHECK(seen_b == "bob");
    CHECK(name.get() == "main");  // the threads' sets did not touch MainThread's value
}

TEST_CASE("ThreadLocal: get before this thread set a value raises RuntimeError naming AttributeError") {
    InProcessRun run;
    ThreadLocal<int64_t> x("x");
    x.set(1);
    bool raised = false;
    std::string message;
    Thread t([&] {
        try {
            x.get();
        } catch (const RuntimeError& e) {
            raised = true;
            message = e.what();
        }
    });
    t.start();
    t.join();
    CHECK(raised);
    CHECK(message.rfind("AttributeError:", 0) == 0);
    CHECK(message.find("'x'") != std::string::npos);
}

TEST_CASE("ThreadLocal: get_or returns the default until this thread sets a value") {
    InProcessRun run;
    ThreadLocal<double> x("x");
    CHECK(x.get_or(-1.5) == -1.5);
    x.set(2.5);
    CHECK(x.get_or(-1.5) == 2.5);
    ThreadLocal<bool> flag("flag");
    CHECK_FALSE(flag.get_or(false));
    flag.set(true);
    CHECK(flag.get());
}

TEST_CASE("ThreadLocal: strings up to 56 bytes are kept — longer ones raise ValueError") {
    InProcessRun run;
    ThreadLocal<std::string> s("s");
    s.set(std::string(kLocalValueBytes, 'a'));
    CHECK(s.get() == std::string(kLocalValueBytes, 'a'));
    CHECK_THROWS_AS(s.set(std::string(kLocalValueBytes + 1, 'b')), ValueError);
    CHECK(s.get() == std::string(kLocalValueBytes, 'a'));
}

TEST_CASE("thread_local_values: the observer sees every thread's value") {
    InProcessRun run;
    ThreadLocal<int64_t> counter("counter");
    counter.set(100);
    uint16_t wa = kNoWorker, wb = kNoWorker;
    Thread a([&] { counter.set(1); });
    Thread b([&] { counter.set(2); });
    Thread c([&] {});  // never sets: not shown
    wa = a.worker();
    wb = b.worker();
    a.start();
    b.start();
    c.start();
    a.join();
    b.join();
    c.join();
    const auto values = thread_local_values(run.arena, counter.id());
    const std::map<uint16_t, std::string> got(values.begin(), values.end());
    CHECK(got == std::map<uint16_t, std::string>{{self(), "100"}, {wa, "1"}, {wb, "2"}});
    ThreadLocal<std::string> text("text");
    text.set("hi");
    CHECK(thread_local_values(run.arena, text.id()) == std::vector<std::pair<uint16_t, std::string>>{{self(), "'hi'"}});
}

TEST_CASE("ThreadLocal: LocalSet and LocalGet events carry the value (or the length of a string)") {
    InProcessRun run;
    ThreadLocal<int64_t> n("n");
    ThreadLocal<double> d("d");
    ThreadLocal<std::string> s("s");
    n.set(7);
    CHECK(n.get() == 7);
    d.set(0.25);
    s.set("four");
    std::vector<std::pair<EventKind, int64_t>> seen;
    for (const TraceEvent& e : il::test::all_events(run.arena))
        if (e.kind == EventKind::LocalSet || e.kind == EventKind::LocalGet) seen.emplace_back(e.kind, e.value);
    CHECK(seen == std::vector<std::pair<EventKind, int64_t>>{{EventKind::LocalSet, 7},
                                                             {EventKind::LocalGet, 7},
                                                             {EventKind::LocalSet, std::bit_cast<int64_t>(0.25)},
                                                             {EventKind::LocalSet, 4}});
}

TEST_CASE("ThreadLocal: a fork()ed child is a worker of its own: it starts without a value") {
    InProcessRun run;
    ThreadLocal<int64_t> x("x");
    x.set(5);
    Process p([&] {
        if (x.get_or(-1) != -1) throw std::runtime_error("the child saw a value it never set");
        x.set(9);
        if (x.get() != 9) throw std::runtime_error("the child lost its own value");
    });
    p.start();
    p.join();
    CHECK(p.exitcode() == 0);
    CHECK(x.get() == 5);
    const auto values = thread_local_values(run.arena, x.id());
    CHECK(values.size() == 2);  // the parent's and the child's, both visible to the observer
}

TEST_CASE("ThreadLocal: in step mode get and set are steps of the thread that calls them") {
    std::vector<std::pair<std::string, OpKind>> granted;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        const Choice c = il::test::prefer(a, cs, "worker");
        granted.emplace_back(std::string(a.worker_name(c.worker)),
                             static_cast<OpKind>(a.worker(c.worker).pending_op.load()));
        return c;
    });
    int64_t seen = 0;
    const auto r = il::test::run_stepped(
        [&] {
            ThreadLocal<int64_t> x("x");
            Thread t(
                [&] {
                    x.set(3);
                    seen = x.get();
                },
                "worker");
            t.start();
            t.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(seen == 3);
    const auto has = [&](OpKind k) {
        return std::find(granted.begin(), granted.end(), std::pair<std::string, OpKind>{"worker", k}) != granted.end();
    };
    CHECK(has(OpKind::LocalSet));
    CHECK(has(OpKind::LocalGet));
}
