// tests/gui/inspector_test.cpp — the Inspector's model over real primitives
// in an in-process run (a lock's holder and waiter, an RLock's count, a
// queue's items, an event's flag, a semaphore's value, a shared value, each
// thread's ThreadLocal value, a condition's lock), and the same objects as a
// store knows them at its end. The panel itself: run_panels_test.cpp.
#include <doctest.h>

#include <bit>
#include <string>

#include "app/gui/inspector/inspector_model.hpp"
#include "core/runtime/worker.hpp"
#include "run_panels_support.hpp"
#include "tests/support/in_process_run.hpp"
#include "tests/support/wait.hpp"

using namespace il::gui;
using namespace il::core;

namespace {

const InspectorEntry& entry(const std::vector<InspectorEntry>& es, const std::string& name) {
    for (const InspectorEntry& e : es)
        if (e.name == name) return e;
    FAIL("no entry for " << name);
    throw std::logic_error("unreachable");
}

std::string field(const InspectorEntry& e, const std::string& label) {
    for (const InspectorField& f : e.fields)
        if (f.label == label) return f.value;
    return "(no field " + label + ")";
}

}  // namespace

TEST_CASE("inspector: every object's live state from the arena, and who waits for it") {
    il::test::InProcessRun run;
    il::test::ObjectScene s;
    Thread waiter([&] {
        s.lock.acquire();
        s.lock.release();
    });
    waiter.start();
    REQUIRE(il::test::wait_worker(run.arena, "Thread-3", WorkerState::Blocked));
    TraceStore store;
    store.drain(run.arena);
    const std::vector<InspectorEntry> es = inspect(snapshot_live(run.arena, store));

    CHECK(entry(es, "lock").summary == "held by MainThread");
    CHECK(field(entry(es, "lock"), "waiting") == "Thread-3");
    CHECK(entry(es, "lock").contended);
    CHECK(entry(es, "rlock").summary == "held by MainThread, count 2");
    CHECK(entry(es, "q").summary == "2/3 items");
    CHECK(field(entry(es, "q"), "contents") == "[1, 2]");
    CHECK(entry(es, "ready").summary == "set");
    CHECK(entry(es, "seats").summary == "value 1");
    CHECK(field(entry(es, "seats"), "initial value") == "2");
    CHECK(entry(es, "counter").summary == "42");
    CHECK(field(entry(es, "local.x"), "Thread-1") == "10");
    CHECK(field(entry(es, "local.x"), "Thread-2") == "20");
    CHECK(entry(es, "local.x").summary == "a value in 2 threads");
    CHECK(field(entry(es, "cond"), "lock") == "lock (held by MainThread)");
    for (const InspectorEntry& e : es) CHECK(e.kind != ObjectKind::Worker);  // joins are the process tree's business

    s.release();
    waiter.join();
}

TEST_CASE("inspector: a store at its end knows holders, levels, values and each thread's last value") {
    TraceStore store;
    {
        il::test::InProcessRun run;
        il::test::ObjectScene s;
        store.drain(run.arena);
        store.drain(run.arena);
        store.finish();
        s.release();
    }
    const std::vector<InspectorEntry> es = inspect(snapshot_saved(store));
    CHECK(entry(es, "lock").summary == "held by MainThread");
    CHECK(entry(es, "rlock").summary == "held by MainThread");
    CHECK(entry(es, "q").summary == "2/3 items");
    CHECK(entry(es, "ready").summary == "set");
    CHECK(entry(es, "seats").summary == "value 1");
    CHECK(entry(es, "counter").summary == "42");
    CHECK(field(entry(es, "local.x"), "Thread-2") == "20");
}

TEST_CASE("inspector: format_bits prints values the way Python does") {
    CHECK(format_bits(ValueType::Int, -7) == "-7");
    CHECK(format_bits(ValueType::Bool, 1) == "True");
    CHECK(format_bits(ValueType::Double, std::bit_cast<int64_t>(0.5)) == "0.5");
    CHECK(format_bits(ValueType::Text, 5) == "a text of 5 bytes");
}
