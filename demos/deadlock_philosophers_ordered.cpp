// demos/deadlock_philosophers_ordered.cpp — What this shows: the dining
// philosophers without the deadlock, fixed by a global order: every
// philosopher picks up the lower-numbered of its two forks first. For all
// but the last one that is the left fork; the last one (between fork-N and
// fork-1) takes fork-1 first, and that one exception breaks the ring.
#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kPhilosophers = param::Int("philosophers", 5, 2, 10, "philosophers (and forks) at the table");
const auto kMeals = param::Int("meals", 3, 1, 20, "meals each philosopher wants");
const auto kThink = param::Double("think", 0.01, 0.0, 1.0, "seconds of thinking before each meal");
const auto kReach = param::Double("reach", 0.05, 0.0, 1.0, "seconds between picking up the first and second fork");

struct Table {
    std::vector<std::unique_ptr<Lock>> forks;  // forks[i] is fork-(i+1)
    double think = 0, reach = 0, eat = 0;
    int meals = 0;
    std::atomic<int> eaten{0};
};

// [SECTION] Workers
void philosopher(Table& t, int i) {
    const int n = static_cast<int>(t.forks.size());
    const int first = std::min(i, (i + 1) % n);   // the lower-numbered fork ...
    const int second = std::max(i, (i + 1) % n);  // ... before the higher-numbered one
    const std::string me = current_thread_name();
    for (int meal = 1; meal <= t.meals; ++meal) {
        sleep(t.think);
        t.forks[first]->acquire();
        print(me + " picked up fork-" + std::to_string(first + 1) + " first\n");
        sleep(t.reach);
        t.forks[second]->acquire();
        print(me + " eats meal " + std::to_string(meal) + "\n");
        t.eaten.fetch_add(1);
        sleep(t.eat);
        t.forks[second]->release();
        t.forks[first]->release();
    }
}

void run(RunContext& ctx) {
    const int n = static_cast<int>(ctx[kPhilosophers]);

    // [SECTION] Setup
    Table t;
    t.think = ctx[kThink];
    t.reach = ctx[kReach];
    t.eat = 0.01;
    t.meals = static_cast<int>(ctx[kMeals]);
    for (int i = 1; i <= n; ++i) t.forks.push_back(std::make_unique<Lock>("fork-" + std::to_string(i)));
    std::vector<std::unique_ptr<Thread>> diners;
    for (int i = 0; i < n; ++i)
        diners.push_back(std::make_unique<Thread>([&t, i] { philosopher(t, i); },
                                                  "Philosopher-" + std::to_string(i + 1)));
    for (auto& d : diners) d->start();
    for (auto& d : diners) d->join();

    // [SECTION] Checks
    ctx.result(N_("meals eaten"), t.eaten.load());
    ctx.result(N_("meals wanted"), static_cast<int64_t>(n) * t.meals);
}

}  // namespace

IL_DEMO({
    .id = "deadlock.philosophers_ordered",
    .title = "Dining philosophers, fixed: lower-numbered fork first",
    .group = "Deadlock",
    .summary = "Each philosopher takes the lower-numbered fork first; the last one starts on the right, no ring.",
    .explanation =
        "This is deadlock.lock_order applied to the table. Number the forks 1..N and make one rule: pick up the "
        "lower-numbered of your two forks first. Philosophers 1 to N-1 notice no difference, their left fork has "
        "the lower number. Philosopher-N sits between fork-N and fork-1, so it reaches for fork-1 first, the same "
        "fork Philosopher-1 wants first. At the moment when everyone else holds a left fork, one of these two is "
        "still waiting for fork-1 while holding nothing, so the ring of waits cannot close: at least one "
        "philosopher can always get both forks, eat, and put them back. Everyone eats every meal; the result "
        "'meals eaten' equals 'meals wanted'. You may still see philosophers waiting (blocked on a fork) on the "
        "timeline; waiting is fine, a circle of waiting is not.",
    .python =
        "import threading, time\n"
        "N = 5\n"
        "forks = [threading.Lock() for _ in range(N)]\n"
        "def philosopher(i):\n"
        "    a, b = sorted((i, (i + 1) % N))      # lower-numbered fork first\n"
        "    for meal in range(3):\n"
        "        time.sleep(0.01)\n"
        "        with forks[a]:\n"
        "            time.sleep(0.05)\n"
        "            with forks[b]:\n"
        "                print(i, 'eats')\n",
    .try_this = {"Run it with the defaults of deadlock.philosophers: everyone eats every meal.",
                 "In step mode, grant the philosophers round-robin as in the deadlocking version: Philosopher-5 "
                 "waits for fork-1 instead of picking up fork-5, so Philosopher-4 gets both its forks.",
                 "Set philosophers=10 and meals=5: still no deadlock, only waiting."},
    .params = {kPhilosophers, kMeals, kThink, kReach},
    .run = &run,
    // Its shared counts are only ever added to (std::atomic fetch_add) and read after join: any order, one total.
    .visible_sharing = true,
});
