// print(): a program's output is never lost to a full event ring. A worker
// that outran the observer (its ring full of lock events) waits at its next
// print for the drain to make room, rather than dropping the text; a stop
// ends that wait at once.
#include <doctest.h>

#include <chrono>
#include <string>
#include <thread>

#include "core/common/futex.hpp"
#include "core/primitives/lock.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

namespace {

// Fills the calling worker's ring with lock events, to within one event of
// full: no room for a print, nothing dropped yet.
void fill_ring(InProcessRun& run, Lock& l) {
    const WorkerSlot& s = run.arena.worker(self());
    const uint64_t cap = run.arena.header().ring_capacity;
    while (s.ring_head.load() - s.ring_tail.load() + 2 <= cap) {
        l.acquire();
        l.release();
    }
}

}  // namespace

TEST_CASE("print: a worker whose ring is full waits for the observer's drain, and its text is recorded, not dropped") {
    InProcessRun run;
    Lock l("l");
    fill_ring(run, l);
    WorkerSlot& s = run.arena.worker(self());
    std::thread observer([&] {  // drains the lot after a moment, as the observer's next drain would
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        s.ring_tail.store(s.ring_head.load());
    });
    print("after the loop");
    observer.join();
    const auto evs = il::test::all_events(run.arena);
    REQUIRE(il::test::count_kind(evs, EventKind::Print) == 1);
    CHECK(s.dropped.load() == 0);
    std::string text;
    const auto& p = evs.back();
    REQUIRE(p.kind == EventKind::Print);
    // A text event's value: the text's console offset << 16 | its length (core/runtime/runtime.cpp).
    CHECK(run.arena.console_text(static_cast<uint64_t>(p.value) >> 16, static_cast<uint32_t>(p.value & 0xffff), text));
    CHECK(text == "after the loop");
}

TEST_CASE("print: a stop ends the wait for ring room at once") {
    InProcessRun run;
    Lock l("l");
    fill_ring(run, l);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        run.arena.header().stop.store(1);
        futex_wake(&run.arena.header().stop, INT32_MAX);
    });
    const auto t0 = std::chrono::steady_clock::now();
    print("stopped");  // its event dropped: the run is ending
    stopper.join();
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(900));  // not the drain's one-second bound
    run.arena.header().stop.store(0);
}
