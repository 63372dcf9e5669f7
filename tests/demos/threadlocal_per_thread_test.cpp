// threadlocal.per_thread: one global threading.local, a separate value per
// thread: each thread reads back its own student even in the interleaving that
// breaks a plain global, the inspector lists every thread's value, and a
// thread that never set one gets AttributeError.
#include <doctest.h>

#include "core/runtime/registry.hpp"
#include "core/primitives/thread_local.hpp"
#include "demo_trace.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::demo_test;

TEST_CASE("threadlocal.per_thread: the interleaving that breaks a plain global leaves each thread its own value") {
    // The same interleaving as threadlocal.plain_global's pinned test: A sets, B sets, A reads.
    const Observation o = replay_steps("threadlocal.per_thread", {},
                                       {"MainThread", "MainThread", "MainThread",            // begin, start A, start B
                                        "Thread-A", "Thread-A", "Thread-A",                  // begin, set Alice, sleep
                                        "Thread-B", "Thread-B",                              // begin, set Bob
                                        "Thread-A", "Thread-A",                              // get -> Alice, print
                                        "Thread-B", "MainThread", "Thread-B", "Thread-B",    // sleep, join A, get, print
                                        "MainThread", "MainThread", "MainThread"});          // join B, get (raises), print
    CHECK(result(o, "Thread-A read") == "Alice");
    CHECK(result(o, "Thread-B read") == "Bob");
    CHECK(result(o, "threads that read their own student") == "2");
    CHECK(result(o, "MainThread read") == "AttributeError (it never set one)");
    const TraceStore& s = o.store;
    const uint32_t local = object(s, "local_school.student");
    const auto sets = of(s, EventKind::LocalSet, local), gets = of(s, EventKind::LocalGet, local);
    REQUIRE(sets.size() == 2);
    REQUIRE(gets.size() == 2);  // MainThread's read raised before it got anything
    CHECK(gets[0].worker == worker(s, "Thread-A"));
    CHECK(gets[0].seq > sets[1].seq);  // Thread-A read after Thread-B had set: still Alice
    CHECK(printed(s, "Thread-A") == std::vector<std::string>{"Hello, Alice (in Thread-A)"});
    const auto main_lines = printed(s, "MainThread");
    REQUIRE(main_lines.size() == 1);
    CHECK(main_lines[0].find("AttributeError") != std::string::npos);
}

TEST_CASE("threadlocal.per_thread: the inspector shows every thread's value at once") {
    // The demo, stepped in this process so the test can read the arena as the inspector does.
    const DemoInfo* info = Registry::find("threadlocal.per_thread");
    REQUIRE(info != nullptr);
    Params params(info->params);
    REQUIRE(params.set(info->params, "threads=3").empty());
    size_t most_at_once = 0;
    std::vector<std::pair<std::string, std::string>> shown;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        for (uint32_t i = 0; i < a.object_count(); ++i)
            if (a.object_name(i) == "local_school.student" && a.object(i).kind == ObjectKind::ThreadLocal) {
                const auto values = thread_local_values(a, i);
                if (values.size() > most_at_once) {
                    most_at_once = values.size();
                    shown.clear();
                    for (const auto& [w, v] : values) shown.emplace_back(std::string(a.worker_name(w)), v);
                }
            }
        for (const Choice& c : cs)
            if (c.grant == Grant::Proceed) return c;
        return cs.front();
    });
    const auto r = il::test::run_stepped([&] {
        RunContext ctx(params);
        info->run(ctx);
    }, strategy);
    CHECK(r.status == StepStatus::Finished);
    CHECK(most_at_once == 3);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"Thread-A", "'Alice'"}, {"Thread-B", "'Bob'"}, {"Thread-C", "'Carol'"}};
    CHECK(shown == expected);
}

TEST_CASE("threadlocal.per_thread: threads=6 gives six values under one name and each thread prints its own") {
    const char* const names[] = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank"};
    for (const Observation& o : {step_demo("threadlocal.per_thread", {"threads=6"}),
                                 run_demo("threadlocal.per_thread", {"threads=6", "hold=0.05"})}) {
        CHECK(result(o, "threads that read their own student") == "6");
        const TraceStore& s = o.store;
        const uint32_t local = object(s, "local_school.student");
        CHECK(of(s, EventKind::LocalSet, local).size() == 6);
        for (int i = 0; i < 6; ++i) {
            const std::string t = std::string("Thread-") + static_cast<char>('A' + i);
            CHECK(result(o, t + " read") == names[i]);
            CHECK(printed(s, t) == std::vector<std::string>{std::string("Hello, ") + names[i] + " (in " + t + ")"});
        }
    }
}
