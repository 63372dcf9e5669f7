// fork.nested: a fork inside the parent's branch gives three processes, all children of MainThread.
#include <doctest.h>

#include <algorithm>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

size_t count_with(const std::vector<std::string>& lines, const std::string& part) {
    return static_cast<size_t>(
        std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; }));
}

}  // namespace

TEST_CASE("fork.nested: three processes, two siblings under MainThread and no grandchild") {
    std::vector<Observation> runs;
    runs.push_back(observe_demo("fork.nested"));
    runs.push_back(step_demo("fork.nested"));
    runs.push_back(random_demo("fork.nested", {}, 5));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "processes") == 3);
        const auto main = find_worker(o.store, "MainThread");
        const auto c1 = find_worker(o.store, "Child-1");
        const auto c2 = find_worker(o.store, "Child-2");
        REQUIRE(main);
        REQUIRE(c1);
        REQUIRE(c2);
        CHECK(o.store.worker(*c1).parent == *main);
        CHECK(o.store.worker(*c2).parent == *main);
        CHECK_FALSE(find_worker(o.store, "Child-1/Child-1"));
        CHECK(printed_by(o.store, "Child-1").front() == "1  (child of the first fork)");
        CHECK(printed_by(o.store, "Child-2").front() == "11 (child of the second fork)");
        // Exactly one line of each kind, and three processes in the worker table.
        const auto lines = console_lines(o.store);
        for (const char* kind : {": 1  (", ": 2  (", ": 11 (", ": 22 ("}) {
            INFO(kind);
            CHECK(count_with(lines, kind) == 1);
        }
        size_t processes = 0;
        for (size_t i = 0; i < o.store.worker_count(); ++i)
            if (o.store.worker(static_cast<uint16_t>(i)).known &&
                o.store.worker(static_cast<uint16_t>(i)).kind == WorkerKind::Process)
                ++processes;
        CHECK(processes == 3);
    }
}

TEST_CASE("fork.nested: the order of 2, 1, 22, 11 is the scheduler's") {
    const Observation a = prefer_demo("fork.nested", {}, {"MainThread", "Child-2", "Child-1"});
    const Observation b = prefer_demo("fork.nested", {}, {"Child-1", "MainThread", "Child-2"});
    REQUIRE_MESSAGE(!a.failed, a.outcome);
    REQUIRE_MESSAGE(!b.failed, b.outcome);
    const auto numbered = [](const Observation& o) {
        std::vector<std::string> out;
        for (const std::string& l : console_lines(o.store)) {
            const size_t c = l.find(": ");
            const std::string text = l.substr(c + 2);
            if (!text.empty() && text[0] >= '0' && text[0] <= '9')
                out.push_back(text.substr(0, 2));
        }
        return out;
    };
    const auto fa = numbered(a), fb = numbered(b);
    CHECK(fa == std::vector<std::string>{"2 ", "22", "11", "1 "});
    CHECK(fb == std::vector<std::string>{"1 ", "2 ", "22", "11"});
    CHECK(fa != fb);
}
