// queue.processes: a Queue carries items between two fork()ed processes, in
// order; each process has its own pid, and a plain variable changed in a child
// stays unchanged in the parent.
#include <doctest.h>

#include <algorithm>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("queue.processes: items cross from the producer process to the consumer process, in order") {
    const Observation o = run_demo("queue.processes", {"items=6", "produce_ms=1", "consume_ms=5"});
    CHECK(result(o, "items received") == "6");
    CHECK(result(o, "in order") == "yes");
    CHECK(result(o, "parent's local_count") == "0");  // the producer counted in its own copy
    const TraceStore& s = o.store;
    const uint16_t producer = worker(s, "producer"), consumer = worker(s, "consumer");
    CHECK(s.worker(producer).kind == WorkerKind::Process);
    CHECK(s.worker(consumer).kind == WorkerKind::Process);
    // Three different processes.
    const int32_t parent_pid = s.worker(worker(s, "MainThread")).pid;
    CHECK(s.worker(producer).pid != parent_pid);
    CHECK(s.worker(consumer).pid != parent_pid);
    CHECK(s.worker(producer).pid != s.worker(consumer).pid);
    CHECK(result(o, "producer pid") == std::to_string(s.worker(producer).pid));
    CHECK(result(o, "consumer pid") == std::to_string(s.worker(consumer).pid));
    // Every put was made by the producer process, every get by the consumer process.
    const uint32_t q = object(s, "q");
    CHECK(of(s, EventKind::QueuePut, q).size() == 7);
    CHECK(of(s, EventKind::QueuePut, q, producer).size() == 7);
    CHECK(of(s, EventKind::QueueGet, q).size() == 7);
    CHECK(of(s, EventKind::QueueGet, q, consumer).size() == 7);
    // The messages name the producer's pid and arrive in order.
    const auto lines = printed(s, "consumer");
    REQUIRE(lines.size() == 6);
    const std::string pids = "pid " + std::to_string(s.worker(consumer).pid) + " got 'item ";
    for (size_t i = 0; i < lines.size(); ++i)
        CHECK(lines[i] == pids + std::to_string(i + 1) + " from pid " + std::to_string(s.worker(producer).pid) + "'");
}

TEST_CASE("queue.processes: a slow consumer keeps q at maxsize and the producer process blocked on it") {
    const Observation o = run_demo("queue.processes", {"items=8", "maxsize=3", "produce_ms=1", "consume_ms=30"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const TraceStore& s = o.store;
    const uint32_t q = object(s, "q");
    int64_t most = 0;
    for (const LevelSample& l : s.samples(q)) most = std::max(most, l.max);
    CHECK(most == 3);
    CHECK(!spans(s, worker(s, "producer"), WorkerState::Blocked, q).empty());
    CHECK(result(o, "items received") == "8");
}

TEST_CASE("queue.processes: a slow producer leaves the consumer process blocked on the empty q") {
    const Observation o = run_demo("queue.processes", {"items=4", "produce_ms=15", "consume_ms=0"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(!spans(o.store, worker(o.store, "consumer"), WorkerState::Blocked, object(o.store, "q")).empty());
}

TEST_CASE("queue.processes: both children hang under the run's main process and are reaped when it joins them") {
    const Observation o = run_demo("queue.processes", {"items=2", "produce_ms=0", "consume_ms=0"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const TraceStore& s = o.store;
    const uint16_t main = worker(s, "MainThread");
    for (const char* name : {"producer", "consumer"}) {
        const uint16_t w = worker(s, name);
        CHECK(s.worker(w).parent == main);
        CHECK(s.worker(w).ppid == s.worker(main).pid);
        CHECK((s.worker(w).flags & kWorkerReaped) != 0);
        CHECK(s.worker(w).exitcode == 0);
    }
}
