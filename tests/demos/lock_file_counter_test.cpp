// lock.file_counter: processes share a file counter; without the lock one update is lost, with it none.
#include <doctest.h>

#include <unistd.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("lock.file_counter: with file_lock the file ends at processes x increments, and it is removed") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("lock.file_counter", {"processes=3", "increments=40"}));
    for (uint64_t seed : {1, 2}) runs.push_back(random_demo("lock.file_counter", {"processes=3", "increments=3"}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "file counter") == result_int(o, "expected"));
        CHECK(result_int(o, "lost updates") == 0);
        const std::string path = result(o, "file (removed)");
        CHECK(path.find("/interleave-counter-") != std::string::npos);
        CHECK(access(path.c_str(), F_OK) != 0);
    }
}

TEST_CASE("lock.file_counter: without the lock, two processes reading before either writes lose one update") {
    // Both processes started and begun; P1 reads, P2 reads, P1 writes, P2 writes; then main joins and reports.
    const Observation o = replay_demo("lock.file_counter", {"processes=2", "increments=1", "use_lock=false"},
                                      {"MainThread", "MainThread", "MainThread", "Process-1", "Process-2",
                                       "Process-1", "Process-2", "Process-1", "Process-2", "MainThread",
                                       "MainThread", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "expected") == 2);
    CHECK(result_int(o, "file counter") == 1);
    CHECK(result_int(o, "lost updates") == 1);
}

TEST_CASE("lock.file_counter: with the lock the same eager schedule cannot interleave the reads") {
    // Round-robin tries to alternate the processes; the lock makes the second one wait.
    const Observation o = step_demo("lock.file_counter", {"processes=2", "increments=2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "file counter") == 4);
    const auto lock = find_object(o.store, "file_lock");
    REQUIRE(lock);
    CHECK(o.store.holds(*lock).size() == 4);
    bool contended = false;
    for (const HoldInterval& h : o.store.holds(*lock)) contended = contended || h.contended;
    CHECK(contended);
}
