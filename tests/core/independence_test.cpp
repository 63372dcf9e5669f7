// tests/core/independence_test.cpp — the dependence relation explore's
// shrinking reorders by, and the order with fewest switches it proposes.
#include <doctest.h>

#include <random>
#include <vector>

#include "core/explore/independence.hpp"

using namespace il::core;

namespace {

SeenStep step(uint16_t worker, uint32_t object, bool barrier = false) {
    Footprint f;
    f.worker = worker;
    f.object = object;
    f.barrier = barrier;
    return {Choice{worker, Grant::Proceed}, f};
}

// True when `order` grants the same steps as `drawn`, each worker's in its
// own order, and every pair `dependent` calls dependent in the same order.
bool equivalent(const std::vector<SeenStep>& drawn, const std::vector<Choice>& order) {
    if (order.size() != drawn.size()) return false;
    // Which drawn step each grant of `order` is: the k-th grant to worker w is w's k-th step.
    std::vector<size_t> position(drawn.size());
    std::vector<std::vector<size_t>> of;
    for (size_t i = 0; i < drawn.size(); ++i) {
        if (of.size() <= drawn[i].fp.worker) of.resize(drawn[i].fp.worker + 1u);
        of[drawn[i].fp.worker].push_back(i);
    }
    std::vector<size_t> taken(of.size(), 0);
    for (size_t k = 0; k < order.size(); ++k) {
        const uint16_t w = order[k].worker;
        if (w >= of.size() || taken[w] >= of[w].size()) return false;
        position[of[w][taken[w]++]] = k;
    }
    for (size_t i = 0; i < drawn.size(); ++i)
        for (size_t j = i + 1; j < drawn.size(); ++j)
            if (dependent(drawn[i].fp, drawn[j].fp) && position[i] > position[j]) return false;
    return true;
}

size_t switches(const std::vector<Choice>& order) {
    size_t n = 0;
    for (size_t i = 1; i < order.size(); ++i) n += order[i].worker != order[i - 1].worker;
    return n;
}

}  // namespace

TEST_CASE("independence: steps of one worker, on one object, or beside a barrier are dependent, and others are not") {
    CHECK(dependent(step(1, 10).fp, step(1, 11).fp));
    CHECK(dependent(step(1, 10).fp, step(2, 10).fp));
    CHECK_FALSE(dependent(step(1, 10).fp, step(2, 11).fp));
    CHECK_FALSE(dependent(step(1, kNoObject).fp, step(2, kNoObject).fp));
    CHECK(dependent(step(1, kNoObject, true).fp, step(2, 11).fp));
}

TEST_CASE("independence: five philosophers' deadlock drawn with many switches is reordered to one switch per philosopher") {
    // MainThread (0) starts five philosophers (barriers); then, interleaved
    // at random, each begins (no object) and takes its left fork (object 10 + i).
    std::vector<SeenStep> drawn;
    for (int i = 0; i < 5; ++i) drawn.push_back(step(0, kNoObject, true));
    const uint16_t order[] = {1, 2, 1, 3, 2, 4, 3, 5, 4, 5};
    int begun[6] = {};
    for (uint16_t p : order) drawn.push_back(begun[p]++ == 0 ? step(p, kNoObject) : step(p, 10 + p - 1));
    const std::vector<Choice> before = [&] {
        std::vector<Choice> v;
        for (const SeenStep& s : drawn) v.push_back(s.chosen);
        return v;
    }();
    const std::vector<Choice> after = fewest_switches(drawn);
    REQUIRE(after.size() == drawn.size());
    CHECK(switches(before) == 10);
    CHECK(switches(after) == 5);  // MainThread → 1 → 2 → 3 → 4 → 5
    CHECK(equivalent(drawn, after));
    // The same steps, each worker's in its own order.
    for (uint16_t w = 0; w <= 5; ++w) {
        size_t a = 0, b = 0;
        for (const Choice& c : before) a += c.worker == w;
        for (const Choice& c : after) b += c.worker == w;
        CHECK(a == b);
    }
}

TEST_CASE("independence: steps on one object keep their order, and a barrier waits for every step before it") {
    // Thread 1 and 2 both take object 7 (2 first); then 3 is a barrier after them all.
    const std::vector<SeenStep> drawn = {step(1, kNoObject), step(2, 7), step(1, 7), step(3, kNoObject, true), step(1, 8)};
    const std::vector<Choice> after = fewest_switches(drawn);
    REQUIRE(after.size() == 5);
    CHECK(equivalent(drawn, after));
    const auto at = [&](uint16_t w, int k) {  // the index in `after` of worker w's k-th step
        for (size_t i = 0; i < after.size(); ++i)
            if (after[i].worker == w && k-- == 0) return i;
        return after.size();
    };
    CHECK(at(2, 0) < at(1, 1));   // 2 took object 7 before 1 did
    CHECK(at(1, 1) < at(3, 0));   // the barrier after everything before it
    CHECK(at(3, 0) < at(1, 2));   // … and before everything after
}

TEST_CASE("independence: on random runs the reordering keeps every dependent pair in order") {
    std::mt19937 rng(7);
    for (int run = 0; run < 300; ++run) {
        std::vector<SeenStep> drawn;
        const size_t n = 1 + rng() % 40;
        for (size_t i = 0; i < n; ++i) {
            const auto w = static_cast<uint16_t>(rng() % 4);
            const uint32_t object = rng() % 3 == 0 ? kNoObject : 10 + rng() % 3;
            drawn.push_back(step(w, object, rng() % 15 == 0));
        }
        const std::vector<Choice> after = fewest_switches(drawn);
        CAPTURE(run);
        // Greedy, so not always fewer switches than the run's own order:
        // shrinking keeps it only when the run it gives has fewer preemptions.
        CHECK(equivalent(drawn, after));
    }
}
