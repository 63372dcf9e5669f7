// demos/deadlock_philosophers.cpp — What this shows: the dining
// philosophers. N philosophers sit at a round table with one fork between
// each pair; to eat, a philosopher needs both neighbouring forks. If everyone
// picks up the left fork first, there is a moment when every philosopher
// holds one fork and waits for the next: a circle of N waits, a deadlock.
// The three fixes are deadlock.philosophers_ordered, _waiter and _timeout.
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
    std::vector<std::unique_ptr<Lock>> forks;  // forks[i] lies between philosopher i and i+1
    double think = 0, reach = 0, eat = 0;
    int meals = 0;
};

// [SECTION] Workers
void philosopher(Table& t, int i) {
    const int n = static_cast<int>(t.forks.size());
    Lock& left = *t.forks[i];
    Lock& right = *t.forks[(i + 1) % n];
    const std::string me = current_thread_name();
    for (int meal = 1; meal <= t.meals; ++meal) {
        sleep(t.think);  // thinking
        left.acquire();
        print(me + " picked up the left fork\n");
        sleep(t.reach);  // reaching for the other one: long enough for everyone to get a left fork
        right.acquire();
        print(me + " eats meal " + std::to_string(meal) + "\n");
        sleep(t.eat);
        right.release();
        left.release();
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
    // Reached only when the timing happened to avoid the deadlock.
    ctx.result(N_("meals eaten"), static_cast<int64_t>(n) * t.meals);
}

}  // namespace

IL_DEMO({
    .id = "deadlock.philosophers",
    .title = "Dining philosophers: everyone takes the left fork first",
    .group = "Deadlock",
    .summary = "N philosophers, N forks; each picks up the left fork, then reaches for the right: deadlock.",
    .explanation =
        "Philosopher-k needs fork-k (on the left) and fork-(k+1) (on the right; the last philosopher's right fork "
        "is fork-1). Each one thinks, picks up the left fork, reaches for the right one, eats, and puts both "
        "down. The reach takes a moment, and in that moment every philosopher can pick up a left fork. Then "
        "every fork is held, every philosopher waits for the fork held by the neighbour, and the waits form a "
        "ring through all N philosophers and all N forks. Nobody ever eats again. The wait-for graph shows the "
        "ring in red and the summary names it. It is the two-lock deadlock scaled up: each philosopher alone is "
        "fine; the circle is the bug. The three classic fixes each break one link: take the lower-numbered "
        "fork first (philosophers_ordered), let at most N-1 sit down at once (philosophers_waiter), or put the "
        "left fork back when the right one does not come (philosophers_timeout).",
    .python =
        "import threading, time\n"
        "N = 5\n"
        "forks = [threading.Lock() for _ in range(N)]\n"
        "def philosopher(i):\n"
        "    left, right = forks[i], forks[(i + 1) % N]\n"
        "    for meal in range(3):\n"
        "        time.sleep(0.01)            # think\n"
        "        with left:\n"
        "            time.sleep(0.05)        # reach for the other fork\n"
        "            with right:\n"
        "                print(i, 'eats')\n"
        "for i in range(N):\n"
        "    threading.Thread(target=philosopher, args=(i,), name=f'Philosopher-{i+1}').start()\n",
    .try_this = {"Run it: every philosopher picks up a left fork, nobody eats, and the summary names a cycle "
                 "through all five philosophers and all five forks.",
                 "Set philosophers=2: two philosophers and two forks are exactly deadlock.two_locks.",
                 "Set reach=0 and run it a few times: sometimes a few meals get eaten before the ring closes, "
                 "sometimes it even finishes. Rare is not never.",
                 "In step mode, grant the philosophers round-robin: each picks up the left fork in turn, and "
                 "when the last one reaches right, the ring is closed."},
    .params = {kPhilosophers, kMeals, kThink, kReach},
    .run = &run,
    .visible_sharing = true,
});
