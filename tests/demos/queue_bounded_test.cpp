// queue.bounded: qsize/full after each put; the blocking put and get raise
// Full/Empty only after their timeout (the trace shows Block, a timed-out
// Wake, then QueueFull/QueueEmpty); put_nowait/get_nowait raise at once.
#include <doctest.h>

#include <algorithm>

#include "demo_trace.hpp"

using namespace il::demo_test;

namespace {

// MainThread's story on q: puts, gets, raises, blocks and wakes, in seq order.
std::vector<std::string> story(const TraceStore& s, uint16_t main, uint32_t q) {
    std::vector<std::string> out;
    for (const TraceEvent& e : s.events()) {
        if (e.worker != main || e.object != q) continue;
        switch (e.kind) {
            case EventKind::QueuePut: case EventKind::QueueGet: case EventKind::QueueFull:
            case EventKind::QueueEmpty: case EventKind::Wake:
                out.push_back(std::string(to_string(e.kind)) + " " + std::to_string(e.value));
                break;
            case EventKind::Block: out.emplace_back("Block"); break;
            default: break;
        }
    }
    return out;
}

// "raised Full after 203 ms" -> 203
double ms_after(const std::string& text) {
    const size_t at = text.find("after ");
    REQUIRE(at != std::string::npos);
    return std::strtod(text.c_str() + at + 6, nullptr);
}

}  // namespace

TEST_CASE("queue.bounded: Full and Empty are raised after the timeout when blocking, at once when not") {
    const Observation o = run_demo("queue.bounded", {"timeout=0.2"});
    CHECK(result(o, "qsize after each put") == "1,2,3");
    CHECK(result(o, "full after each put") == "False,False,True");
    CHECK(result(o, "got") == "message 1,message 2,message 3");
    const TraceStore& s = o.store;
    const uint16_t main = worker(s, "MainThread");
    const uint32_t q = object(s, "q");
    const std::vector<std::string> expected = {
        "QueuePut 1", "QueuePut 2", "QueuePut 3",
        "Block", "Wake 0", "QueueFull 3",  // put(block, timeout): waited, timed out, raised
        "QueueFull 3",                     // put_nowait: raised with no wait at all
        "QueueGet 2", "QueueGet 1", "QueueGet 0",
        "Block", "Wake 0", "QueueEmpty 0",  // get(block, timeout)
        "QueueEmpty 0"};                    // get_nowait
    CHECK(story(s, main, q) == expected);
    // The blocking calls took the whole timeout; the non-blocking ones did not wait.
    const auto blocked = spans(s, main, WorkerState::Blocked, q);
    REQUIRE(blocked.size() == 2);
    for (const Span& b : blocked) {
        CHECK(b.t1 - b.t0 >= 200'000'000);
    }
    const auto full = of(s, EventKind::QueueFull, q), empty = of(s, EventKind::QueueEmpty, q);
    REQUIRE(full.size() == 2);
    REQUIRE(empty.size() == 2);
    CHECK(event_ns(full[0]) - blocked[0].t0 >= 200'000'000);
    // What the demo reports: which exception, and after how long.
    CHECK(result(o, "put(block, timeout)").rfind("raised Full after", 0) == 0);
    CHECK(result(o, "put_nowait").rfind("raised Full after", 0) == 0);
    CHECK(result(o, "get(block, timeout)").rfind("raised Empty after", 0) == 0);
    CHECK(result(o, "get_nowait").rfind("raised Empty after", 0) == 0);
    CHECK(ms_after(result(o, "put(block, timeout)")) >= 200);
    CHECK(ms_after(result(o, "get(block, timeout)")) >= 200);
    CHECK(ms_after(result(o, "put_nowait")) < 100);
    CHECK(ms_after(result(o, "get_nowait")) < 100);
    // The queue lane's fill level rises to 3 and falls back to 0.
    const auto levels = s.samples(q);
    REQUIRE(!levels.empty());
    int64_t most = 0;
    for (const LevelSample& l : levels) most = std::max(most, l.max);
    CHECK(most == 3);
    CHECK(levels.back().value == 0);
}

TEST_CASE("queue.bounded: with maxsize=1 full() is True after the first put") {
    const Observation o = run_demo("queue.bounded", {"maxsize=1", "timeout=0.05"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "qsize after each put") == "1");
    CHECK(result(o, "full after each put") == "True");
    CHECK(printed(o.store, "MainThread")[1] == "put 'message 1': qsize()=1 full()=True empty()=False");
}

TEST_CASE("queue.bounded: in step mode the blocked put and get are timed out by a step, and nothing else is") {
    const Observation o = step_demo("queue.bounded", {"timeout=5"});
    // Round-robin grants a time-out only when nothing can proceed: exactly the full put and the empty get.
    std::vector<size_t> timeouts;
    for (size_t i = 0; i < o.schedule.steps.size(); ++i)
        if (o.schedule.steps[i].timeout) timeouts.push_back(i);
    CHECK(timeouts.size() == 2);
    const TraceStore& s = o.store;
    const uint32_t q = object(s, "q");
    // Each time-out step (a Step event with a negative value) is followed by the raise.
    std::vector<std::string> after_timeout;
    const auto evs = s.events();
    for (size_t i = 0; i < evs.size(); ++i) {
        if (evs[i].kind != EventKind::Step || evs[i].value >= 0) continue;
        for (size_t j = i + 1; j < evs.size(); ++j)
            if (evs[j].object == q && evs[j].worker == evs[i].worker && evs[j].kind != EventKind::Block) {
                after_timeout.emplace_back(to_string(evs[j].kind));
                break;
            }
    }
    CHECK(after_timeout == std::vector<std::string>{"QueueFull", "QueueEmpty"});
    CHECK(of(s, EventKind::QueueFull, q).size() == 2);
    CHECK(of(s, EventKind::QueueEmpty, q).size() == 2);
    CHECK(result(o, "qsize after each put") == "1,2,3");
}
