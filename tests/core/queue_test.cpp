// Queue: Python's queue.Queue / multiprocessing.Queue rules, between threads
// and between processes, the observer's view of its contents, and step mode's
// "put is enabled while there is room, get while there is an item".
#include <doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>

#include "core/primitives/queue.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

namespace {

struct Point {
    int32_t x, y;
    bool operator==(const Point&) const = default;
};

std::vector<int64_t> values_of(const Arena& a, EventKind k, uint32_t object) {
    std::vector<int64_t> v;
    for (const TraceEvent& e : il::test::all_events(a))
        if (e.kind == k && e.object == object) v.push_back(e.value);
    return v;
}

}  // namespace

TEST_CASE("Queue: items come out in FIFO order") {
    InProcessRun run;
    Queue<int64_t> q(0, "q");
    for (int64_t i = 1; i <= 5; ++i) q.put(i * 10);
    for (int64_t i = 1; i <= 5; ++i) CHECK(q.get() == i * 10);
}

TEST_CASE("Queue: qsize, empty and full follow puts and gets") {
    InProcessRun run;
    Queue<int64_t> q(2, "q");
    CHECK(q.empty());
    CHECK_FALSE(q.full());
    q.put(1);
    CHECK(q.qsize() == 1);
    q.put(2);
    CHECK(q.full());
    CHECK(q.qsize() == 2);
    q.get();
    CHECK_FALSE(q.full());
    q.get();
    CHECK(q.empty());
    Queue<int64_t> unbounded(0, "u");
    unbounded.put(1);
    CHECK_FALSE(unbounded.full());  // Python: full() is False when maxsize <= 0
}

TEST_CASE("Queue: put_nowait on a full queue raises Full") {
    InProcessRun run;
    Queue<int64_t> q(1, "q");
    q.put_nowait(1);
    CHECK_THROWS_AS(q.put_nowait(2), Full);
    CHECK_THROWS_AS(q.put(2, false), Full);
    CHECK(q.qsize() == 1);
    CHECK(il::test::count_kind(il::test::all_events(run.arena), EventKind::QueueFull, q.id()) == 2);
}

TEST_CASE("Queue: get_nowait on an empty queue raises Empty") {
    InProcessRun run;
    Queue<int64_t> q(0, "q");
    CHECK_THROWS_AS(q.get_nowait(), Empty);
    CHECK_THROWS_AS(q.get(false), Empty);
    CHECK(il::test::count_kind(il::test::all_events(run.arena), EventKind::QueueEmpty, q.id()) == 2);
}

TEST_CASE("Queue: get on empty with timeout raises Empty after the timeout") {
    InProcessRun run;
    Queue<int64_t> q(0, "q");
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(q.get(true, 0.05), Empty);
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(50));
}

TEST_CASE("Queue: put on full with timeout raises Full after the timeout") {
    InProcessRun run;
    Queue<int64_t> q(1, "q");
    q.put(1);
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(q.put(2, true, 0.05), Full);
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(50));
    CHECK(q.get() == 1);
}

TEST_CASE("Queue: a blocked get is woken by a put from another thread") {
    InProcessRun run;
    Queue<int64_t> q(0, "q");
    int64_t got = 0;
    Thread consumer([&] { got = q.get(true, 10.0); });
    consumer.start();
    q.put(42);
    consumer.join();
    CHECK(got == 42);
}

TEST_CASE("Queue: a blocked put is woken by a get from another thread") {
    InProcessRun run;
    Queue<int64_t> q(1, "q");
    q.put(1);
    bool put_done = false;
    Thread producer([&] {
        q.put(2, true, 10.0);
        put_done = true;
    });
    producer.start();
    CHECK(q.get(true, 10.0) == 1);
    producer.join();
    CHECK(put_done);
    CHECK(q.get() == 2);
}

TEST_CASE("Queue: strings, doubles, bools and trivially copyable structs round-trip") {
    InProcessRun run;
    Queue<std::string> s(0, "s");
    s.put("hello");
    s.put("");
    s.put(std::string(64, 'x'));
    CHECK(s.get() == "hello");
    CHECK(s.get().empty());
    CHECK(s.get() == std::string(64, 'x'));
    Queue<double> d(0, "d");
    d.put(0.1);
    CHECK(d.get() == 0.1);
    Queue<bool> b(0, "b");
    b.put(true);
    b.put(false);
    CHECK(b.get());
    CHECK_FALSE(b.get());
    Queue<Point> p(0, "p", sizeof(Point));
    p.put({3, -4});
    CHECK(p.get() == Point{3, -4});
}

TEST_CASE("Queue: a string longer than item_size raises ValueError") {
    InProcessRun run;
    Queue<std::string> q(0, "q", 8);
    CHECK_THROWS_AS(q.put("123456789"), ValueError);
    CHECK(q.qsize() == 0);
}

TEST_CASE("Queue: task_done called more times than items were put raises ValueError") {
    InProcessRun run;
    Queue<int64_t> q(0, "q");
    q.put(1);
    q.get();
    q.task_done();
    CHECK_THROWS_AS(q.task_done(), ValueError);
}

TEST_CASE("Queue: join returns once every item put has been task_done") {
    InProcessRun run;
    Queue<int64_t> q(0, "jobs");
    for (int64_t i = 0; i < 5; ++i) q.put(i);
    std::atomic<int> done{0};
    Thread worker([&] {
        for (int i = 0; i < 5; ++i) {
            q.get();
            ++done;
            q.task_done();
        }
    });
    worker.start();
    q.join();
    CHECK(done == 5);
    worker.join();
    CHECK(il::test::count_kind(il::test::all_events(run.arena), EventKind::QueueTaskDone, q.id()) == 5);
}

TEST_CASE("Queue: QueuePut and QueueGet events carry the size after the operation") {
    InProcessRun run;
    Queue<int64_t> q(3, "q");
    q.put(1);
    q.put(2);
    q.get();
    q.put(3);
    q.get();
    q.get();
    CHECK(values_of(run.arena, EventKind::QueuePut, q.id()) == std::vector<int64_t>{1, 2, 2});
    CHECK(values_of(run.arena, EventKind::QueueGet, q.id()) == std::vector<int64_t>{1, 1, 0});
}

TEST_CASE("Queue: an unbounded queue raises RuntimeError when its storage is exhausted") {
    InProcessRun run;
    Queue<bool> q(0, "q", 1);
    for (uint32_t i = 0; i < kUnboundedStorage; ++i) q.put_nowait(true);
    CHECK(q.qsize() == kUnboundedStorage);
    CHECK_THROWS_WITH_AS(q.put(true), doctest::Contains("out of storage"), RuntimeError);
    q.get();
    q.put(false);  // room again
    CHECK(q.qsize() == kUnboundedStorage);
}

TEST_CASE("Queue: items put by a forked child are got by the parent in FIFO order") {
    InProcessRun run;
    Queue<int64_t> q(4, "pipe");  // smaller than the item count: the child blocks on full
    Process child([&] {
        for (int64_t i = 1; i <= 20; ++i) q.put(i);
    });
    child.start();
    std::vector<int64_t> got;
    for (int i = 0; i < 20; ++i) got.push_back(q.get(true, 10.0));
    child.join();
    CHECK(child.exitcode() == 0);
    std::vector<int64_t> want;
    for (int64_t i = 1; i <= 20; ++i) want.push_back(i);
    CHECK(got == want);
}

TEST_CASE("Queue: a string put by the parent is got by a forked child") {
    InProcessRun run;
    Queue<std::string> in(0, "in"), out(0, "out");
    Process child([&] { out.put(in.get(true, 10.0) + " world"); });
    child.start();
    in.put("hello");
    CHECK(out.get(true, 10.0) == "hello world");
    child.join();
    CHECK(child.exitcode() == 0);
}

TEST_CASE("Queue: producers and consumers in several processes and threads lose and duplicate nothing") {
    InProcessRun run;
    Queue<int64_t> q(8, "work"), results(0, "results");
    constexpr int64_t per_producer = 300;
    auto produce = [&](int64_t base) {
        return [&, base] {
            for (int64_t i = 0; i < per_producer; ++i) q.put(base + i);
        };
    };
    auto consume = [&] {
        for (;;) {
            const int64_t v = q.get(true, 10.0);
            if (v < 0) return;
            results.put(v);
        }
    };
    Process p1(produce(0)), p2(produce(1000));
    Thread c1(consume), c2(consume);
    p1.start();
    p2.start();
    c1.start();
    c2.start();
    p1.join();
    p2.join();
    q.put(-1);
    q.put(-1);
    c1.join();
    c2.join();
    std::multiset<int64_t> seen;
    while (!results.empty()) seen.insert(results.get());
    CHECK(seen.size() == 2 * per_producer);
    CHECK(std::set<int64_t>(seen.begin(), seen.end()).size() == 2 * per_producer);
}

// Bursts of 1 to 4 items into a queue with four getters asleep: a put wakes
// a getter only when those already woken or spinning are too few, so a lost
// wake would leave an item behind with every getter asleep. Three getters
// give up after 0.2 ms and try again, taking up wakes meant for others, for
// the first half; the second half has only the one that sleeps until woken.
TEST_CASE("Queue: bursts to sleeping getters, some timing out, are all delivered and none is left behind") {
    InProcessRun run;
    Queue<int64_t> q(0, "q");
    std::atomic<int64_t> consumed{0}, sum{0};
    std::atomic<bool> second_half{false};
    auto getter = [&](double timeout) {
        return [&, timeout] {
            for (;;) {
                int64_t v = 0;
                try {
                    v = q.get(true, timeout);
                } catch (const Empty&) {
                    if (second_half.load()) return;
                    continue;
                }
                if (v < 0) return;
                sum.fetch_add(v);
                consumed.fetch_add(1);
            }
        };
    };
    Thread g1(getter(60.0)), g2(getter(0.0002)), g3(getter(0.0002)), g4(getter(0.0002));
    for (Thread* t : {&g1, &g2, &g3, &g4}) t->start();
    int64_t put = 0, expected_sum = 0;
    bool stuck = false;
    for (int round = 0; round < 1500 && !stuck; ++round) {
        if (round == 750) second_half.store(true);
        if (round % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(100));  // let them fall asleep
        for (int k = 0; k <= round % 4; ++k) {
            q.put(++put);
            expected_sum += put;
        }
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (consumed.load() < put) {
            if (std::chrono::steady_clock::now() > give_up) {
                stuck = true;
                break;
            }
            std::this_thread::yield();
        }
    }
    CHECK_FALSE(stuck);
    CHECK(consumed.load() == put);
    CHECK(sum.load() == expected_sum);
    q.put(-1);  // g2, g3 and g4 left when they first timed out in the second half
    for (Thread* t : {&g1, &g2, &g3, &g4}) t->join();
}

TEST_CASE("queue_contents: shows the items oldest first as Python shows them") {
    InProcessRun run;
    Queue<int64_t> ints(0, "ints");
    ints.put(1);
    ints.put(2);
    ints.put(3);
    ints.get();
    CHECK(queue_contents(run.arena, ints.id()) == std::vector<std::string>{"2", "3"});
    CHECK(queue_contents(run.arena, ints.id(), 1) == std::vector<std::string>{"2"});
    Queue<std::string> texts(2, "texts");
    texts.put("it's");
    texts.put("a\nb");
    CHECK(queue_contents(run.arena, texts.id()) == std::vector<std::string>{"'it\\'s'", "'a\\nb'"});
    Queue<double> ds(0, "ds");
    ds.put(2.0);
    ds.put(0.5);
    CHECK(queue_contents(run.arena, ds.id()) == std::vector<std::string>{"2.0", "0.5"});
    Queue<bool> bs(0, "bs");
    bs.put(true);
    CHECK(queue_contents(run.arena, bs.id()) == std::vector<std::string>{"True"});
    CHECK(queue_contents(run.arena, kNoObject).empty());
}

TEST_CASE("queue_contents: wraps around the ring correctly") {
    InProcessRun run;
    Queue<int64_t> q(3, "q");
    for (int64_t i = 0; i < 10; ++i) {
        q.put(i);
        if (q.full()) q.get();
    }
    CHECK(queue_contents(run.arena, q.id()) == std::vector<std::string>{"8", "9"});
}

TEST_CASE("Queue: in step mode a get on an empty queue is not enabled until a put") {
    std::atomic<uint32_t> qid{kNoObject};
    int64_t got = 0;
    bool offered_empty = false, seen_disabled = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (qid != kNoObject && il::test::pending_op(a, "consumer") == OpKind::QueueGet) {
            const bool empty = a.object(qid).count.load() == 0;
            const bool offered = il::test::find_choice(a, cs, "consumer").has_value();
            offered_empty |= empty && offered;
            seen_disabled |= empty && !offered;
        }
        return il::test::prefer(a, cs, "consumer");
    });
    const auto r = il::test::run_stepped(
        [&] {
            Queue<int64_t> q(0, "q");
            qid = q.id();
            Thread t([&] { got = q.get(); }, "consumer");
            t.start();
            q.put(7);
            t.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(got == 7);
    CHECK(seen_disabled);
    CHECK_FALSE(offered_empty);
}

TEST_CASE("Queue: in step mode a put on a full queue is not enabled until a get") {
    std::atomic<uint32_t> qid{kNoObject};
    bool offered_full = false, seen_disabled = false;
    std::vector<std::string> contents_when_full;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (qid != kNoObject && il::test::pending_op(a, "producer") == OpKind::QueuePut) {
            const bool full = a.object(qid).count.load() >= a.object(qid).capacity;
            const bool offered = il::test::find_choice(a, cs, "producer").has_value();
            offered_full |= full && offered;
            if (full && !offered && !seen_disabled) contents_when_full = queue_contents(a, qid);
            seen_disabled |= full && !offered;
        }
        return il::test::prefer(a, cs, "producer");
    });
    int64_t first = 0;
    const auto r = il::test::run_stepped(
        [&] {
            Queue<int64_t> q(2, "q");
            qid = q.id();
            Thread t(
                [&] {
                    for (int64_t i = 1; i <= 3; ++i) q.put(i);
                },
                "producer");
            t.start();
            first = q.get();
            t.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(first == 1);
    CHECK(seen_disabled);
    CHECK_FALSE(offered_full);
    CHECK(contents_when_full == std::vector<std::string>{"1", "2"});
}

TEST_CASE("Queue: in step mode a timed get can be granted 'time out' and raises Empty") {
    bool raised = false, timed_out = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (auto c = il::test::find_choice(a, cs, "MainThread", Grant::TimeOut)) {
            timed_out = true;
            return c;
        }
        return cs.front();
    });
    const auto r = il::test::run_stepped(
        [&] {
            Queue<int64_t> q(0, "q");
            try {
                q.get(true, 1.0);
            } catch (const Empty&) {
                raised = true;
            }
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(timed_out);
    CHECK(raised);
}

TEST_CASE("Queue: in step mode qsize is a step of its own and join waits for task_done") {
    std::vector<OpKind> ops;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        ops.push_back(il::test::pending_op(a, "MainThread"));
        return il::test::prefer(a, cs, "MainThread");
    });
    uint32_t size = 0;
    const auto r = il::test::run_stepped(
        [&] {
            Queue<int64_t> q(0, "q");
            q.put(1);
            size = q.qsize();
            Thread t(
                [&] {
                    q.get();
                    q.task_done();
                },
                "worker");
            t.start();
            q.join();
            t.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(size == 1);
    CHECK(std::count(ops.begin(), ops.end(), OpKind::QueueInspect) >= 1);
    CHECK(std::count(ops.begin(), ops.end(), OpKind::QueueJoin) >= 1);
}

// put_now/get_now: the Python front's calls while it holds the GIL — done at
// once in run mode when there is room or an item, else nothing done or recorded.
TEST_CASE("Queue: put_now and get_now act at once in run mode, and do nothing when they would wait or outside run mode") {
    InProcessRun run;
    QueueCore q(1, "q", 16, ValueType::Text, 0);
    std::string out;
    CHECK_FALSE(q.get_now(out, true, -1, 0));  // empty
    CHECK(q.put_now("a", true, -1, 0));
    CHECK_FALSE(q.put_now("b", true, -1, 0));  // full
    CHECK(q.peek_size() == 1);
    run.arena.header().mode.store(static_cast<uint32_t>(DirectorMode::Slow));
    CHECK_FALSE(q.get_now(out, true, -1, 0));
    CHECK(q.peek_size() == 1);
    run.arena.header().mode.store(static_cast<uint32_t>(DirectorMode::Run));
    CHECK(q.get_now(out, true, -1, 0));
    CHECK(out == "a");
    CHECK(values_of(run.arena, EventKind::QueuePut, q.id()) == std::vector<int64_t>{1});
    CHECK(values_of(run.arena, EventKind::QueueGet, q.id()) == std::vector<int64_t>{0});
    CHECK(values_of(run.arena, EventKind::QueueFull, q.id()).empty());
    CHECK(values_of(run.arena, EventKind::QueueEmpty, q.id()).empty());
}
