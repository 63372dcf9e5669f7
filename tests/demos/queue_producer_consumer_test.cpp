// queue.producer_consumer: the queue decouples the two speeds. A slow
// consumer lets the queue fill to maxsize and blocks the producer in put();
// a slow producer keeps it empty and blocks the consumer in get(). Items come
// out in order either way.
#include <doctest.h>

#include <algorithm>

#include "demo_trace.hpp"

using namespace il::demo_test;

namespace {

int64_t max_level_after_put(const TraceStore& s, uint32_t q) {
    int64_t m = 0;
    for (const TraceEvent& e : of(s, EventKind::QueuePut, q)) m = std::max(m, e.value);
    return m;
}

}  // namespace

TEST_CASE("queue.producer_consumer: a slow consumer fills the queue to maxsize and blocks the producer") {
    const Observation o =
        run_demo("queue.producer_consumer", {"items=10", "maxsize=3", "produce_ms=1", "consume_ms=15"});
    CHECK(result(o, "items consumed") == "10");
    CHECK(result(o, "in order") == "yes");
    const TraceStore& s = o.store;
    const uint32_t q = object(s, "q");
    const uint16_t producer = worker(s, "producer"), consumer = worker(s, "consumer");
    CHECK(max_level_after_put(s, q) == 3);  // full, and never more than maxsize
    CHECK(of(s, EventKind::QueuePut, q, producer).size() == 11);  // 10 items and the sentinel
    CHECK(of(s, EventKind::QueueGet, q, consumer).size() == 11);
    // The producer waited for room several times: blocked on q, woken by a get.
    CHECK(spans(s, producer, WorkerState::Blocked, q).size() >= 3);
    // The consumer's got items in the order they were put.
    const auto got = printed(s, "consumer");
    REQUIRE(got.size() == 10);
    for (size_t i = 0; i < got.size(); ++i) CHECK(got[i] == "got " + std::to_string(i + 1));
}

TEST_CASE("queue.producer_consumer: a slow producer keeps the queue empty and blocks the consumer") {
    const Observation o =
        run_demo("queue.producer_consumer", {"items=6", "maxsize=3", "produce_ms=30", "consume_ms=0"});
    CHECK(result(o, "items consumed") == "6");
    CHECK(result(o, "in order") == "yes");
    const TraceStore& s = o.store;
    const uint32_t q = object(s, "q");
    const uint16_t producer = worker(s, "producer"), consumer = worker(s, "consumer");
    CHECK(max_level_after_put(s, q) <= 2);                          // hardly ever more than one item waiting
    CHECK(spans(s, consumer, WorkerState::Blocked, q).size() >= 5);  // it waited for (nearly) every item
    CHECK(spans(s, producer, WorkerState::Blocked, q).empty());      // the producer never waited for room
}

TEST_CASE("queue.producer_consumer: a consumer three times slower keeps the producer mostly blocked on q") {
    // The defaults' ratio (20 ms against 60 ms), scaled down.
    const Observation o =
        run_demo("queue.producer_consumer", {"items=20", "maxsize=3", "produce_ms=5", "consume_ms=15"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const TraceStore& s = o.store;
    const uint32_t q = object(s, "q");
    const uint16_t producer = worker(s, "producer");
    CHECK(max_level_after_put(s, q) == 3);
    const int64_t blocked = length(spans(s, producer, WorkerState::Blocked, q));
    const int64_t making = length(spans(s, producer, WorkerState::Sleeping));
    MESSAGE("producer blocked ", blocked / 1'000'000, " ms, making items ", making / 1'000'000, " ms");
    CHECK(blocked > making);
}

TEST_CASE("queue.producer_consumer: with maxsize=1 the two threads move in lockstep, put and get alternating") {
    const Observation o =
        run_demo("queue.producer_consumer", {"items=6", "maxsize=1", "produce_ms=2", "consume_ms=4"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const uint32_t q = object(o.store, "q");
    std::string order;
    for (const TraceEvent& e : o.store.events())
        if (e.object == q && (e.kind == EventKind::QueuePut || e.kind == EventKind::QueueGet))
            order += e.kind == EventKind::QueuePut ? 'P' : 'G';
    CHECK(order == "PGPGPGPGPGPGPG");  // 6 items and the sentinel
}

TEST_CASE("queue.producer_consumer: maxsize=20 with a slow consumer — the producer finishes long before it") {
    const Observation o =
        run_demo("queue.producer_consumer", {"items=10", "maxsize=20", "produce_ms=1", "consume_ms=15"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const TraceStore& s = o.store;
    const uint32_t q = object(s, "q");
    const uint16_t producer = worker(s, "producer"), consumer = worker(s, "consumer");
    CHECK(spans(s, producer, WorkerState::Blocked, q).empty());  // the queue soaked up the difference
    const auto puts = of(s, EventKind::QueuePut, q, producer);
    const auto gets = of(s, EventKind::QueueGet, q, consumer);
    REQUIRE(puts.size() == 11);
    REQUIRE(gets.size() == 11);
    CHECK(puts.back().seq < gets[3].seq);  // all put before the consumer has got its fourth
}
