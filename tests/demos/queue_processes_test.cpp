// queue.processes: a Queue carries items between two fork()ed processes, in
// order; each process has its own pid, and a plain variable changed in a child
// stays unchanged in the parent.
#include <doctest.h>

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
