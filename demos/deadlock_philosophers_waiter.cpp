// demos/deadlock_philosophers_waiter.cpp — What this shows: the dining
// philosophers fixed by a waiter who lets at most N-1 of them sit at the
// table at once (a Semaphore(N-1)). With one seat empty, at least one seated
// philosopher always has both neighbouring forks within reach, so the ring of
// waits can never close, even though everyone still takes the left fork first.
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

struct Table {
    std::vector<std::unique_ptr<Lock>> forks;
    std::unique_ptr<Semaphore> waiter;  // seats: N-1
    double think = 0, reach = 0, eat = 0;
    int meals = 0;
    std::atomic<int> eaten{0};
};

// [SECTION] Workers
void philosopher(Table& t, int i) {
    const int n = static_cast<int>(t.forks.size());
    Lock& left = *t.forks[i];
    Lock& right = *t.forks[(i + 1) % n];
    const std::string me = current_thread_name();
    for (int meal = 1; meal <= t.meals; ++meal) {
        sleep(t.think);
        t.waiter->acquire();  // ask the waiter for a seat
        left.acquire();
        print(me + " sat down and picked up the left fork\n");
        sleep(t.reach);
        right.acquire();
        print(me + " eats meal " + std::to_string(meal) + "\n");
        t.eaten.fetch_add(1);
        sleep(t.eat);
        right.release();
        left.release();
        t.waiter->release();  // leave the table
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
    t.waiter = std::make_unique<Semaphore>(n - 1, "waiter");
    std::vector<std::unique_ptr<Thread>> diners;
    for (int i = 0; i < n; ++i)
        diners.push_back(std::make_unique<Thread>([&t, i] { philosopher(t, i); },
                                                  "Philosopher-" + std::to_string(i + 1)));
    for (auto& d : diners) d->start();
    for (auto& d : diners) d->join();

    // [SECTION] Checks
    ctx.result(N_("meals eaten"), t.eaten.load());
    ctx.result(N_("meals wanted"), static_cast<int64_t>(n) * t.meals);
    ctx.result(N_("seats"), n - 1);
}

}  // namespace

IL_DEMO({
    .id = "deadlock.philosophers_waiter",
    .title = "Dining philosophers, fixed: a waiter seats at most N-1",
    .group = "Deadlock",
    .summary = "A Semaphore(N-1) called waiter keeps one seat empty, so the ring of N waits cannot form.",
    .explanation =
        "The deadlock needs all N philosophers to hold a left fork at the same time. The waiter is a Semaphore "
        "with N-1 permits: a philosopher must acquire a seat before touching a fork and gives it back after "
        "eating. With at most N-1 philosophers seated, there are N forks for N-1 people, so at least one of them "
        "can get both forks (pigeonhole), eat, and leave, which frees forks and a seat for the others. Everyone "
        "keeps the naive habit of taking the left fork first; the fix is entirely in limiting how many compete "
        "at once. On the timeline the waiter's lane shows its permits going down to 0; the philosopher who "
        "arrives then is blocked on 'waiter', not on a fork. A semaphore used like this is a general tool: cap the "
        "number of workers competing for a resource.",
    .python =
        "import threading, time\n"
        "N = 5\n"
        "forks = [threading.Lock() for _ in range(N)]\n"
        "waiter = threading.Semaphore(N - 1)\n"
        "def philosopher(i):\n"
        "    left, right = forks[i], forks[(i + 1) % N]\n"
        "    for meal in range(3):\n"
        "        time.sleep(0.01)\n"
        "        with waiter:                 # at most N-1 at the table\n"
        "            with left:\n"
        "                time.sleep(0.05)\n"
        "                with right:\n"
        "                    print(i, 'eats')\n",
    .try_this = {"Run it: every meal is eaten; compare with deadlock.philosophers, same code without the waiter.",
                 "In step mode, grant the philosophers round-robin: the fifth one to ask for a seat is blocked on "
                 "the waiter, and the fork it would have taken stays free for its neighbour.",
                 "Set philosophers=2: the waiter seats only one at a time, and the two simply take turns."},
    .params = {kPhilosophers, kMeals, kThink, kReach},
    .run = &run,
    // Its shared counts are only ever added to (std::atomic fetch_add) and read after join: any order, one total.
    .visible_sharing = true,
});
