// fork.orphan: a parent that exits first leaves an orphan, which is re-parented.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.orphan: the grandchild's ppid changes from Child-1 to the adopting run process") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("fork.orphan"));
    runs.push_back(step_demo("fork.orphan"));
    for (uint64_t seed : {1, 2}) runs.push_back(random_demo("fork.orphan", {}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        const long long child1 = result_int(o, "Child-1 pid");
        const long long main = result_int(o, "MainThread pid (the adopting subreaper)");
        CHECK(result_int(o, "grandchild's ppid at first") == child1);
        CHECK(result_int(o, "grandchild's ppid after its parent exited") == main);
        CHECK(child1 != main);
        // The worker table flags it, and the run process reaped it in the end.
        const auto g = find_worker(o.store, "Child-1/Child-1");
        REQUIRE(g);
        CHECK((o.store.worker(*g).flags & kWorkerOrphan) != 0);
        CHECK((o.store.worker(*g).flags & kWorkerReaped) != 0);
        bool marked = false;
        for (const Marker& m : o.store.markers(*g))
            if (m.kind == MarkerKind::Orphaned) marked = true;
        CHECK(marked);
        const auto c1 = find_worker(o.store, "Child-1");
        REQUIRE(c1);
        CHECK((o.store.worker(*c1).flags & kWorkerOrphan) == 0);
    }
}

TEST_CASE("fork.orphan: Child-1 stepped as soon as it can be still waits on ppid_read, so the story reads the same") {
    const Observation o = prefer_demo("fork.orphan", {}, {"Child-1", "MainThread", "Child-1/Child-1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto c1 = find_worker(o.store, "Child-1");
    const auto ppid_read = find_object(o.store, "ppid_read");
    REQUIRE(c1);
    REQUIRE(ppid_read);
    bool waited = false;
    for (const StateInterval& iv : o.store.intervals(*c1))
        waited = waited || (iv.state == WorkerState::Blocked && iv.object == *ppid_read);
    CHECK(waited);
    const auto lines = console_lines(o.store);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind("Child-1/Child-1: orphan-to-be: my parent is ", 0) == 0);
    CHECK(lines[1] == "Child-1: Child-1: I exit now, without waiting for my child");
    CHECK(lines[2].rfind("MainThread: MainThread: Child-1 is gone", 0) == 0);
    CHECK(lines[3].rfind("Child-1/Child-1: orphan: my parent is now ", 0) == 0);
    CHECK(result_int(o, "grandchild's ppid at first") == result_int(o, "Child-1 pid"));
    CHECK(result_int(o, "grandchild's ppid after its parent exited") ==
          result_int(o, "MainThread pid (the adopting subreaper)"));
}
