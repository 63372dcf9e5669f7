// demos/deadlock_philosophers_timeout.cpp — What this shows: the dining
// philosophers fixed by patience with a limit: a philosopher who cannot get
// the right fork within a timeout puts the left fork back down, waits a
// little (each philosopher a different time) and tries again. The ring of
// waits may close, but a timeout always opens it again.
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
const auto kReach = param::Double("reach", 0.05, 0.0, 1.0, "seconds between picking up the left and the right fork");
const auto kPatience = param::Double("patience", 0.1, 0.0, 3.0, "seconds to wait for the right fork");

struct Table {
    std::vector<std::unique_ptr<Lock>> forks;
    double think = 0, reach = 0, eat = 0, patience = 0;
    int meals = 0, max_attempts = 0;
    std::atomic<int> eaten{0}, put_back{0};
};

// [SECTION] Workers
void philosopher(Table& t, int i) {
    const int n = static_cast<int>(t.forks.size());
    Lock& left = *t.forks[i];
    Lock& right = *t.forks[(i + 1) % n];
    const std::string me = current_thread_name();
    for (int meal = 1; meal <= t.meals; ++meal) {
        sleep(t.think);
        bool ate = false;
        for (int attempt = 1; attempt <= t.max_attempts && !ate; ++attempt) {
            left.acquire();
            sleep(t.reach);
            if (right.acquire(true, t.patience)) {  // acquire(timeout=patience)
                print(me + " eats meal " + std::to_string(meal) + "\n");
                t.eaten.fetch_add(1);
                sleep(t.eat);
                right.release();
                ate = true;
            } else {
                print(me + " puts the left fork back\n");
                t.put_back.fetch_add(1);
            }
            left.release();
            if (!ate) sleep(t.patience * (i + 1) / n);  // back off, each a different time
        }
        if (!ate) print(me + " leaves hungry\n");
    }
}

void run(RunContext& ctx) {
    const int n = static_cast<int>(ctx[kPhilosophers]);

    // [SECTION] Setup
    Table t;
    t.think = ctx[kThink];
    t.reach = ctx[kReach];
    t.patience = ctx[kPatience];
    t.eat = 0.01;
    t.meals = static_cast<int>(ctx[kMeals]);
    t.max_attempts = 50;
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
    ctx.result(N_("forks put back"), t.put_back.load());
}

}  // namespace

IL_DEMO({
    .id = "deadlock.philosophers_timeout",
    .title = "Dining philosophers, fixed: put the fork back after a timeout",
    .group = "Deadlock",
    .summary = "A philosopher who waits too long for the right fork puts the left one down and retries later.",
    .explanation =
        "Everyone still takes the left fork first, so the ring can close exactly as in deadlock.philosophers. "
        "But the right fork is requested with acquire(timeout=patience): when it does not come in time, the "
        "philosopher puts the left fork back down (releasing it breaks the ring), waits a little and tries "
        "again. The neighbour who was waiting for that fork gets it and eats. The back-off time differs per "
        "philosopher; if they all waited the same time they could pick up and put down their forks in lock-step "
        "forever (a livelock: busy, but no progress). 'forks put back' counts the timeouts; a bound on the "
        "attempts makes sure the demo ends even in the worst case ('leaves hungry'). When the ring forms, the "
        "wait-for graph shows it and then shows it dissolve, and the summary notes that a deadlock formed and "
        "was broken by a timeout. "
        "This is the course's `acquire(timeout=2)` advice, applied N times.",
    .python =
        "import threading, time\n"
        "N = 5\n"
        "forks = [threading.Lock() for _ in range(N)]\n"
        "def philosopher(i):\n"
        "    left, right = forks[i], forks[(i + 1) % N]\n"
        "    for meal in range(3):\n"
        "        while True:\n"
        "            with left:\n"
        "                time.sleep(0.05)\n"
        "                if right.acquire(timeout=0.1):\n"
        "                    print(i, 'eats')\n"
        "                    right.release()\n"
        "                    break\n"
        "            time.sleep(0.1 * (i + 1) / N)   # back off, then try again\n",
    .try_this = {"Run it: every meal is eaten, and 'forks put back' shows how often a timeout broke the ring.",
                 "In step mode, grant round-robin until every philosopher holds a left fork: all are blocked, and "
                 "the only choices are 'time out'. Time one out: it puts its fork back and its neighbour eats.",
                 "Set patience=2: the ring lasts longer each time it forms, and the run gets slower; the "
                 "deadlock is broken, but its cost is still paid in waiting."},
    .params = {kPhilosophers, kMeals, kThink, kReach, kPatience},
    .run = &run,
    // Its shared counts are only ever added to (std::atomic fetch_add) and read after join: any order, one total.
    .visible_sharing = true,
});
