// lock.lost_update: the stepped read-add-write loses exactly one update; with the lock none.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

// Both threads started and begun; the first increments interleaved as
// read(T1) read(T2) add(T1) write(T1) add(T2) write(T2); then one thread at a time.
std::vector<std::string> one_lost_schedule(int n) {
    std::vector<std::string> s{"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2",
                               "Thread-1",   "Thread-2",   "Thread-1",   "Thread-1", "Thread-2", "Thread-2"};
    for (const char* t : {"Thread-1", "Thread-2"})
        for (int i = 0; i < 3 * (n - 1); ++i) s.push_back(t);
    for (int i = 0; i < 3; ++i) s.push_back("MainThread");  // join, join, print
    return s;
}

}  // namespace

TEST_CASE("lock.lost_update: with the pinned interleaving the counter is 2n-1") {
    for (int n : {1, 3}) {
        const Observation o =
            replay_demo("lock.lost_update", {"iterations=" + std::to_string(n)}, one_lost_schedule(n));
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "counter") == 2 * n - 1);
        CHECK(result_int(o, "lost updates") == 1);
        // Both threads stored the same value 1: the second store overwrote the first.
        const auto counter = find_object(o.store, "counter");
        REQUIRE(counter);
        const auto samples = o.store.samples(*counter);
        REQUIRE(samples.size() >= 2);
        CHECK(samples[0].value == 1);
        CHECK(samples[1].value == 1);
        CHECK(samples[0].worker != samples[1].worker);
    }
}

TEST_CASE("lock.lost_update: the steps lose nothing when the threads take turns") {
    const Observation o = prefer_demo("lock.lost_update", {"iterations=3"}, {"MainThread", "Thread-1", "Thread-2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "counter") == 6);
}

TEST_CASE("lock.lost_update: with the lock the counter is exactly 2n, whatever the schedule") {
    std::vector<Observation> runs;
    runs.push_back(step_demo("lock.lost_update", {"iterations=3", "use_lock=true"}));
    for (uint64_t seed : {1, 2, 3, 4, 5}) runs.push_back(random_demo("lock.lost_update", {"iterations=3", "use_lock=true"}, seed));
    runs.push_back(observe_demo("lock.lost_update", {"iterations=50", "use_lock=true"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "counter") == result_int(o, "expected"));
        CHECK(result_int(o, "lost updates") == 0);
    }
}

TEST_CASE("lock.lost_update: with the lock, the other thread is blocked while one holds counter_lock") {
    // Round-robin would let Thread-2 read right after Thread-1 read; with the lock it cannot.
    const Observation o = step_demo("lock.lost_update", {"iterations=2", "use_lock=true"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lock = find_object(o.store, "counter_lock");
    REQUIRE(lock);
    CHECK(o.store.holds(*lock).size() == 4);
    bool contended = false;
    for (const HoldInterval& h : o.store.holds(*lock)) contended = contended || h.contended;
    CHECK(contended);
}

TEST_CASE("lock.lost_update: Thread-2 reading before Thread-1 writes in two rounds loses two updates") {
    std::vector<std::string> s{"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2"};
    for (int round = 0; round < 2; ++round)
        for (const char* t : {"Thread-1", "Thread-2", "Thread-1", "Thread-1", "Thread-2", "Thread-2"}) s.push_back(t);
    for (int i = 0; i < 3; ++i) s.push_back("MainThread");  // join, join, print
    const Observation o = replay_demo("lock.lost_update", {"iterations=2"}, s);
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "counter") == 2);
    CHECK(result_int(o, "lost updates") == 2);
}

TEST_CASE("lock.lost_update: with the lock, after Thread-1's acquire Thread-2 cannot be granted, and every read of counter falls inside its reader's own hold") {
    const std::vector<std::string> start{"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2", "Thread-1"};
    // The lost-update steps go on with Thread-2, which is now blocked: the replay cannot follow them.
    std::vector<std::string> lossy = start;
    lossy.push_back("Thread-2");
    const Observation refused = replay_demo("lock.lost_update", {"iterations=2", "use_lock=true"}, lossy);
    CHECK(refused.outcome.find("possible steps are: Thread-1") != std::string::npos);
    const Observation o = prefix_demo("lock.lost_update", {"iterations=2", "use_lock=true"}, start);
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "counter") == 4);
    const auto lock = find_object(o.store, "counter_lock");
    const auto counter = find_object(o.store, "counter");
    REQUIRE(lock);
    REQUIRE(counter);
    const auto holds = o.store.holds(*lock);
    int reads = 0;
    for (const TraceEvent& e : o.store.events())
        if (e.kind == EventKind::Load && e.object == *counter) {
            ++reads;
            bool inside_own = false;
            for (const HoldInterval& h : holds)
                inside_own = inside_own || (h.holder == e.worker && h.s0 <= e.step && e.step <= h.s1);
            CHECK(inside_own);
        }
    CHECK(reads == 4);
    bool contended = false;
    for (const HoldInterval& h : holds) contended = contended || h.contended;
    CHECK(contended);  // Thread-2 was blocked at acquire during a hold of Thread-1's
}
