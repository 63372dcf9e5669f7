// tests/demos/explore_demo.hpp — explore a demo the way the explore tests
// do: one job (deterministic: the same failing schedule every time) and a
// generous time budget.
//
// Thread rules: called from the test's thread; explore() blocks it.
#pragma once

#include <string>
#include <vector>

#include "core/explore/explore.hpp"

namespace il::test {

inline core::ExploreResult explore_demo(const std::string& id, std::vector<std::string> params, const char* expect,
                                        int max_preemptions = 2, bool reduce = false) {
    core::ExploreOptions o;
    o.run.demo_id = id;
    o.run.params = std::move(params);
    if (expect) o.expect = core::Expectation::parse(expect);
    o.max_preemptions = max_preemptions;
    o.max_seconds = 120;
    o.jobs = 1;
    o.reduce = reduce;
    return core::explore(o);
}

}  // namespace il::test
