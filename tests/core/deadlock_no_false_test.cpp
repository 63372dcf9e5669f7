// The detector never reports a cycle that did not exist (docs/deadlock_detection.md).
//
// These tests hammer a correct program — contended Locks taken and released in
// a tight loop — while another thread plays the observer and sweeps the
// wait-for graph as fast as it can, which is what the CLI and the window do
// once a millisecond. Before the wait epochs, a worker that had just won the
// lock still looked blocked on it for a few instructions, and the sweep
// reported "Thread-2 waits for counter_lock held by Thread-2 itself" on a
// program that cannot deadlock: the RLock case below caught it three runs in
// three on the old code; the plain Lock needs the kernel to preempt the winner
// inside that window as well, which the issue saw at 10M iterations.
#include <doctest.h>

#include <atomic>
#include <string>
#include <thread>

#include "core/common/deadlock.hpp"
#include "core/primitives/lock.hpp"
#include "core/observer/observe.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

namespace {

// The observer's side: sweeps until told to stop; returns the first cycle it
// was shown (described), or "" when it never saw one.
struct Sweeper {
    explicit Sweeper(Arena& a) : arena(a) {}
    Arena& arena;
    std::atomic<bool> stop{false};
    std::atomic<uint64_t> sweeps{0};
    std::string seen;
    std::thread thread{[this] {
        while (!stop.load(std::memory_order_relaxed)) {
            if (auto c = sweep_for_cycle(arena); c && seen.empty()) seen = describe(arena, *c);
            sweeps.fetch_add(1, std::memory_order_relaxed);
        }
    }};
    ~Sweeper() {
        stop = true;
        thread.join();
    }
};

// Four threads share one plain Lock, `rounds` acquire/release pairs each;
// MainThread joins them, so every worker is either on the lock or
// waiting for one that is: the shape in which a phantom self-edge looks final.
void contended_counter(Lock& lock, long rounds, long& counter) {
    auto body = [&] {
        for (long i = 0; i < rounds; ++i) {
            lock.acquire();
            ++counter;
            lock.release();
        }
    };
    // More threads than cores: the kernel preempts them at random points,
    // which is what stretches a few instructions' window to milliseconds.
    Thread t1(body), t2(body), t3(body), t4(body);
    t1.start();
    t2.start();
    t3.start();
    t4.start();
    t1.join();
    t2.join();
    t3.join();
    t4.join();
}

}  // namespace

TEST_CASE("Deadlock: four threads taking a contended Lock a million times each under a busy sweep is never reported deadlocked") {
    InProcessRun run;
    Lock lock("counter_lock");
    long counter = 0;
    constexpr long kRounds = 1'000'000;
    std::string seen;
    uint64_t sweeps = 0;
    {
        Sweeper sweeper(run.arena);
        contended_counter(lock, kRounds, counter);
        sweeper.stop = true;
        sweeper.thread.join();
        sweeper.thread = std::thread([] {});
        seen = sweeper.seen;
        sweeps = sweeper.sweeps.load();
    }
    CHECK(counter == 4 * kRounds);
    INFO("sweeps: " << sweeps);
    CHECK_MESSAGE(seen.empty(), "phantom cycle: " << seen);
    CHECK_FALSE(reported_cycle(run.arena).has_value());
}

TEST_CASE("Deadlock: an RLock and two Locks taken in one order under a busy sweep are never reported deadlocked") {
    InProcessRun run;
    RLock outer("outer");
    Lock a("lock_a"), b("lock_b");
    std::string seen;
    {
        Sweeper sweeper(run.arena);
        auto body = [&] {
            for (int i = 0; i < 200'000; ++i) {
                outer.acquire();
                outer.acquire();
                a.acquire();
                b.acquire();
                b.release();
                a.release();
                outer.release();
                outer.release();
            }
        };
        Thread t1(body), t2(body), t3(body);
        t1.start();
        t2.start();
        t3.start();
        t1.join();
        t2.join();
        t3.join();
        sweeper.stop = true;
        sweeper.thread.join();
        sweeper.thread = std::thread([] {});
        seen = sweeper.seen;
    }
    CHECK_MESSAGE(seen.empty(), "phantom cycle: " << seen);
    CHECK_FALSE(reported_cycle(run.arena).has_value());
}
