// demos/deadlock_bankers.cpp — What this shows: Dijkstra's Banker's
// algorithm, deadlock avoidance. Customers (threads) borrow from a bank in
// instalments up to a credit limit they declared in advance, and repay
// everything once they reach it. Before every loan the banker checks that the
// bank would still be in a safe state, one where there is an order in which
// every customer can get the rest of its limit and repay. It prints that safe
// sequence, or "unsafe — request deferred" and makes the customer wait.
// With the banker switched off, the same requests can end in deadlock.
#include <string>
#include <vector>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kCapital = param::Int("capital", 12, 10, 30, "cash the bank starts with");
const auto kBanker = param::Bool("banker", true, "check for a safe state before every loan");
const auto kUse = param::Double("use", 0.05, 0.0, 2.0, "seconds a customer uses the money before repaying");
const auto kPace = param::Double("pace", 0.01, 0.0, 1.0,
    "seconds between the timetable's requests (0: all at once, in any order)");
const auto kPatience = param::Double("patience", 0.3, 0.0, 5.0, "without the banker: seconds per wait, 3 waits max");

struct Customer {
    std::string name;
    int64_t limit;               // declared maximum claim
    std::vector<int64_t> plan;   // instalments; they add up to the limit
    std::vector<int> ticks;      // when each instalment is asked for, in ticks of `pace` from the start
};

// With the default pace the requests come in the order of the explanation's
// example (5, 2, 2 lent, then Customer-3's unsafe 1), so a plain run shows a
// deferral; in step mode the learner orders them.
const std::vector<Customer> kCustomers = {
    {"Customer-1", 10, {5, 5}, {0, 4}},
    {"Customer-2", 4, {2, 2}, {1, 5}},
    {"Customer-3", 9, {2, 1, 6}, {2, 3, 6}},
};

// [SECTION] Setup
// The bank: its state and the banker's decisions, guarded by one lock, with a
// condition to wait on until somebody repays.
class Bank {
public:
    Bank(int64_t capital, bool careful, double patience)
        : cash_(capital), careful_(careful), patience_(patience), loaned_(kCustomers.size(), 0),
          finished_(kCustomers.size(), false) {}

    // Lends `amount` to customer i, waiting until that is possible (and safe).
    // False when a customer of the careless bank gives up waiting.
    bool request(size_t i, int64_t amount) {
        Condition::Guard hold(changed_);
        say(kCustomers[i].name + " asks for " + std::to_string(amount) + " (has " + std::to_string(loaned_[i]) +
            " of " + std::to_string(kCustomers[i].limit) + "; the bank has " + std::to_string(cash_) + ")");
        int timeouts = 0;
        for (;;) {
            if (amount <= cash_) {
                if (!careful_) break;
                cash_ -= amount;  // pretend to lend, then ask: is this state safe?
                loaned_[i] += amount;
                const std::vector<size_t> order = safe_sequence();
                if (!order.empty()) {
                    say("  granted; safe sequence: " + names(order));
                    return true;
                }
                cash_ += amount;  // unsafe: take it back
                loaned_[i] -= amount;
                ++deferred_;
                say("  unsafe — request deferred; " + kCustomers[i].name + " waits");
            } else {
                say("  not enough cash; " + kCustomers[i].name + " waits");
            }
            if (careful_) {
                changed_.wait();  // the banker guarantees somebody can always finish and repay
            } else if (!changed_.wait(patience_) && ++timeouts >= 3) {
                say("  " + kCustomers[i].name + " gives up: nobody will ever repay (deadlock)");
                ++gave_up_;
                return false;
            }
        }
        cash_ -= amount;
        loaned_[i] += amount;
        say("  granted without a safety check");
        return true;
    }

    void repay(size_t i) {
        Condition::Guard hold(changed_);
        cash_ += loaned_[i];
        say(kCustomers[i].name + " repays " + std::to_string(loaned_[i]) + "; the bank has " +
            std::to_string(cash_));
        loaned_[i] = 0;
        finished_[i] = true;
        changed_.notify_all();
    }

    int deferred() const { return deferred_; }
    int gave_up() const { return gave_up_; }

private:
    // The banker's question: can everybody still finish, in some order?
    // Repeatedly pick a customer whose remaining need fits in the cash, let it
    // finish and repay. Empty when some customers can never finish.
    std::vector<size_t> safe_sequence() const {
        int64_t cash = cash_;
        std::vector<bool> done = finished_;
        std::vector<size_t> order;
        for (bool progress = true; progress;) {
            progress = false;
            for (size_t i = 0; i < kCustomers.size(); ++i) {
                if (done[i] || kCustomers[i].limit - loaned_[i] > cash) continue;
                cash += loaned_[i];
                done[i] = true;
                order.push_back(i);
                progress = true;
            }
        }
        for (bool d : done)
            if (!d) return {};
        return order;
    }

    static std::string names(const std::vector<size_t>& order) {
        std::string s;
        for (size_t i : order) s += (s.empty() ? "" : " → ") + kCustomers[i].name;
        return s;
    }

    static void say(const std::string& line) { print(line + "\n"); }

    Lock lock_{"bank"};
    Condition changed_{lock_, "bank_changed"};
    int64_t cash_;
    bool careful_;
    double patience_;
    std::vector<int64_t> loaned_;
    std::vector<bool> finished_;
    int deferred_ = 0, gave_up_ = 0;
};

// [SECTION] Workers
void customer(Bank& bank, size_t i, double use, double pace, int64_t t0) {
    const Customer& me = kCustomers[i];
    // In step/replay mode a sleep is one step and real time means nothing: the
    // timetable runs on the customer's own slept time, so whether (and how
    // long) it sleeps depends only on the parameters, and a replay repeats it.
    double slept = 0;
    for (size_t k = 0; k < me.plan.size(); ++k) {
        const int64_t amount = me.plan[k];
        const double now = stepping() ? slept : static_cast<double>(monotonic_ns() - t0) * 1e-9;
        const double wait = me.ticks[k] * pace - now;
        if (pace > 0 && wait > 0) {  // not this instalment's turn yet
            sleep(wait);
            slept += wait;
        }
        step_point("ask for " + std::to_string(amount));
        if (!bank.request(i, amount)) break;
    }
    sleep(use);  // use the money
    bank.repay(i);
}

void run(RunContext& ctx) {
    Bank bank(ctx[kCapital], ctx[kBanker], ctx[kPatience]);
    const double use = ctx[kUse];
    const double pace = ctx[kPace];
    const int64_t t0 = monotonic_ns();
    std::vector<Thread> threads;
    threads.reserve(kCustomers.size());
    for (size_t i = 0; i < kCustomers.size(); ++i)
        threads.emplace_back([&bank, i, use, pace, t0] { customer(bank, i, use, pace, t0); }, kCustomers[i].name);
    for (Thread& t : threads) t.start();
    for (Thread& t : threads) t.join();

    // [SECTION] Checks
    ctx.result(N_("requests deferred as unsafe"), bank.deferred());
    ctx.result(N_("customers who gave up"), bank.gave_up());
    ctx.result(N_("everyone served"), bank.gave_up() == 0 ? N_("yes") : N_("no"));
}

}  // namespace

IL_DEMO({
    .id = "deadlock.bankers",
    .title = "Banker's algorithm: avoiding deadlock by checking before granting",
    .group = "Deadlock",
    .summary = "A banker lends only if everyone could still finish in some order; otherwise the request waits.",
    .explanation =
        "The bank has 12 units of cash. Customer-1 may borrow up to 10, Customer-2 up to 4, Customer-3 up to "
        "9, in instalments; a customer repays everything only after reaching its limit. That is the deadlock "
        "setting: borrowed money is like a held lock, and a customer waiting for more is blocked. The banker "
        "avoids deadlock by looking ahead. Before a loan it asks: if I lend this, is there still an order in "
        "which every customer can get the rest of its limit from the cash I would have, finish, and repay, "
        "so that the next one can? That order is the safe sequence, and it is printed with every grant. If "
        "there is no such order the state would be unsafe, and the request is deferred: the customer waits on "
        "the bank's condition until somebody repays. Example: with 5, 2 and 2 lent and 3 in the bank, "
        "Customer-3 asking for 1 more is unsafe: after it, only Customer-2 could finish, leaving 4, which is "
        "not enough for Customer-1 (needs 5) or Customer-3 (needs 6). Unsafe does not mean deadlocked yet, it "
        "means deadlock could no longer be ruled out. Turn the banker off and grant whatever fits in the cash: "
        "that same loan goes through, and once Customer-2 has repaid, Customer-1 and Customer-3 wait for each "
        "other's money forever (here one of them gives up after three timeouts and repays what it has, which "
        "lets the other finish). The banker is built in this file from "
        "a Lock and a Condition. It needs every customer's maximum claim in advance, which is why real systems "
        "rarely use it, but it is the avoidance the course mentions.",
    .python =
        "import threading\n"
        "cash, limit, loaned = 12, [10, 4, 9], [0, 0, 0]\n"
        "done = [False] * 3\n"
        "bank = threading.Condition()\n"
        "def safe_sequence():\n"
        "    c, fin, order = cash, done[:], []\n"
        "    while True:\n"
        "        ready = [i for i in range(3) if not fin[i] and limit[i] - loaned[i] <= c]\n"
        "        if not ready:\n"
        "            return order if all(fin) else None\n"
        "        for i in ready:\n"
        "            c += loaned[i]; fin[i] = True; order.append(i)\n"
        "def request(i, amount):\n"
        "    global cash\n"
        "    with bank:\n"
        "        while True:\n"
        "            if amount <= cash:\n"
        "                cash -= amount; loaned[i] += amount\n"
        "                order = safe_sequence()\n"
        "                if order is not None:\n"
        "                    print('granted; safe sequence:', order)\n"
        "                    return\n"
        "                cash += amount; loaned[i] -= amount\n"
        "                print('unsafe - request deferred')\n"
        "            bank.wait()\n",
    .try_this = {"Run it: the requests come on a timetable (pace) in the order of the example; follow the console: "
                 "Customer-3's request for 1 is deferred as unsafe and granted later, after Customer-2 has repaid, "
                 "and everyone is served. Set pace=0 and run it a few times: the order, and what is deferred, "
                 "change from run to run.",
                 "Turn banker off: the unsafe loan is granted, and Customer-1 and Customer-3 end up waiting for "
                 "each other's money until one of them gives up and repays what it has; then the other can "
                 "finish, but 'everyone served' says no.",
                 "In step mode you choose the order of requests: let Customer-1 make its request for 5 (grant it "
                 "until it has its answer), then Customer-2 its 2, Customer-3 its 2, then Customer-3 its 1: the "
                 "banker prints 'unsafe — request deferred'. Try other orders and watch the safe sequence change.",
                 "Set capital=23 (the sum of all limits): every state is safe and nothing is ever deferred."},
    .params = {kCapital, kBanker, kUse, kPace, kPatience},
    .run = &run,
    .visible_sharing = true,
});
