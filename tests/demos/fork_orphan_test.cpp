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
