// deadlock.bankers: before every grant the banker prints a safe sequence or defers an unsafe request;
// without the banker the same requests deadlock.
#include <doctest.h>

#include <algorithm>
#include <set>

#include "core/common/arena.hpp"
#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

// Plays the requests in a chosen order: first MainThread and every customer up
// to its first "ask for" step; then, for each name in `plan`, that customer
// makes its next request (granted until it reaches its next "ask for", or
// cannot move); then round-robin.
class RequestOrder final : public Strategy {
public:
    explicit RequestOrder(std::vector<std::string> plan) : plan_(std::move(plan)), rr_(make_round_robin()) {}
    std::optional<Choice> next(const Arena& a, const std::vector<Choice>& cs, std::string& err) override {
        auto find = [&](std::string_view name) -> std::optional<Choice> {
            for (const Choice& c : cs)
                if (c.grant == Grant::Proceed && a.worker_name(c.worker) == name) return c;
            return std::nullopt;
        };
        auto at_ask = [&](const Choice& c) {
            return static_cast<OpKind>(a.worker(c.worker).pending_op.load()) == OpKind::User;
        };
        if (auto m = find("MainThread")) return m;
        for (const char* who : {"Customer-1", "Customer-2", "Customer-3"})
            if (auto c = find(who); c && !at_ask(*c) && !started_.count(who)) return c;
        while (k_ < plan_.size()) {
            started_.insert("Customer-1");
            started_.insert("Customer-2");
            started_.insert("Customer-3");
            auto c = find(plan_[k_]);
            if (c && (!granted_in_segment_ || !at_ask(*c))) {
                granted_in_segment_ = true;
                return c;
            }
            ++k_;
            granted_in_segment_ = false;
        }
        return rr_->next(a, cs, err);
    }

private:
    std::vector<std::string> plan_;
    std::unique_ptr<Strategy> rr_;
    std::set<std::string> started_;
    size_t k_ = 0;
    bool granted_in_segment_ = false;
};

Observation in_order(std::vector<std::string> params, std::vector<std::string> plan) {
    RequestOrder s(std::move(plan));
    return observe_demo("deadlock.bankers", std::move(params), DirectorMode::Step, &s);
}

// The banker's lines, without the worker prefix.
std::vector<std::string> bank_lines(const TraceStore& s) {
    std::vector<std::string> out;
    for (const std::string& l : console_lines(s)) out.push_back(l.substr(l.find(": ") + 2));
    return out;
}

size_t index_of(const std::vector<std::string>& v, const std::string& x) {
    return static_cast<size_t>(std::find(v.begin(), v.end(), x) - v.begin());
}

}  // namespace

TEST_CASE("deadlock.bankers: after 5, 2 and 2 are lent, Customer-3's request for 1 is unsafe and deferred") {
    const Observation o = in_order({}, {"Customer-1", "Customer-2", "Customer-3", "Customer-3"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = bank_lines(o.store);
    const size_t ask = index_of(lines, "Customer-3 asks for 1 (has 2 of 9; the bank has 3)");
    REQUIRE(ask + 1 < lines.size());
    CHECK(lines[ask + 1] == "  unsafe — request deferred; Customer-3 waits");
    // The three grants before it each came with a safe sequence.
    CHECK(lines[index_of(lines, "Customer-1 asks for 5 (has 0 of 10; the bank has 12)") + 1].rfind(
              "  granted; safe sequence: ", 0) == 0);
    CHECK(result(o, "everyone served") == "yes");
    CHECK(result_int(o, "requests deferred as unsafe") >= 1);
    CHECK(result_int(o, "customers who gave up") == 0);
}

TEST_CASE("deadlock.bankers: a plain run keeps the timetable, so the example's unsafe request is deferred") {
    // pace 0.1: 100 ms between requests, far more than a busy machine delays a thread.
    const Observation o = observe_demo("deadlock.bankers", {"pace=0.1", "use=0.05"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = bank_lines(o.store);
    const size_t ask = index_of(lines, "Customer-3 asks for 1 (has 2 of 9; the bank has 3)");
    REQUIRE(ask + 1 < lines.size());
    CHECK(lines[ask + 1] == "  unsafe — request deferred; Customer-3 waits");
    CHECK(index_of(lines, "Customer-1 asks for 5 (has 0 of 10; the bank has 12)") < ask);
    CHECK(result_int(o, "requests deferred as unsafe") >= 1);
    CHECK(result(o, "everyone served") == "yes");
}

TEST_CASE("deadlock.bankers: without the banker the same loan is granted and the customers deadlock") {
    const Observation o = in_order({"banker=false", "patience=0.01"}, {"Customer-1", "Customer-2", "Customer-3", "Customer-3"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = bank_lines(o.store);
    const size_t ask = index_of(lines, "Customer-3 asks for 1 (has 2 of 9; the bank has 3)");
    REQUIRE(ask + 1 < lines.size());
    CHECK(lines[ask + 1] == "  granted without a safety check");
    CHECK(result_int(o, "customers who gave up") >= 1);
    CHECK(result(o, "everyone served") == "no");
}

TEST_CASE("deadlock.bankers: with the banker every schedule serves everyone, and every grant names a safe sequence") {
    std::vector<Observation> runs;
    runs.push_back(step_demo("deadlock.bankers"));
    for (uint64_t seed : {1, 2, 3, 4, 5, 6}) runs.push_back(random_demo("deadlock.bankers", {}, seed));
    runs.push_back(observe_demo("deadlock.bankers", {"use=0.01"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result(o, "everyone served") == "yes");
        for (const std::string& l : bank_lines(o.store)) {
            CHECK(l.find("without a safety check") == std::string::npos);
            if (l.rfind("  granted", 0) == 0) CHECK(l.rfind("  granted; safe sequence: Customer-", 0) == 0);
        }
    }
    CHECK(result_int(runs.front(), "requests deferred as unsafe") == 2);  // round-robin meets two unsafe requests
}

TEST_CASE("deadlock.bankers: with capital 23 (all limits at once) nothing is ever unsafe") {
    for (uint64_t seed : {1, 2, 3}) {
        const Observation o = random_demo("deadlock.bankers", {"capital=23"}, seed);
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "requests deferred as unsafe") == 0);
        CHECK(result(o, "everyone served") == "yes");
    }
}

TEST_CASE("deadlock.bankers: in a plain run the deferred request for 1 is granted only after Customer-2 has repaid") {
    const Observation o = observe_demo("deadlock.bankers", {"pace=0.1", "use=0.05"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = console_lines(o.store);
    const size_t deferred = index_of(lines, "Customer-3:   unsafe — request deferred; Customer-3 waits");
    const size_t repaid = index_of(lines, "Customer-2: Customer-2 repays 4; the bank has 5");
    REQUIRE(deferred < lines.size());
    REQUIRE(repaid < lines.size());
    size_t granted = lines.size();
    for (size_t i = deferred; i < lines.size() && granted == lines.size(); ++i)
        if (lines[i].rfind("Customer-3:   granted", 0) == 0) granted = i;
    CHECK(deferred < repaid);
    CHECK(repaid < granted);
    CHECK(granted < lines.size());
}

TEST_CASE("deadlock.bankers: without the banker, one of Customer-1 and Customer-3 gives up and repays, and the other then finishes") {
    std::vector<Observation> runs;
    runs.push_back(in_order({"banker=false", "patience=0.01"}, {"Customer-1", "Customer-2", "Customer-3", "Customer-3"}));
    runs.push_back(observe_demo("deadlock.bankers", {"banker=false", "pace=0.1", "use=0.05", "patience=0.05"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "customers who gave up") == 1);
        CHECK(result(o, "everyone served") == "no");
        const auto lines = bank_lines(o.store);
        const bool c1_gave_up = contains(lines, "  Customer-1 gives up: nobody will ever repay (deadlock)");
        const bool c3_gave_up = contains(lines, "  Customer-3 gives up: nobody will ever repay (deadlock)");
        CHECK(c1_gave_up != c3_gave_up);
        const std::string other = c1_gave_up ? "Customer-3" : "Customer-1";
        CHECK(contains(lines, other + (c1_gave_up ? " repays 9; the bank has 12" : " repays 10; the bank has 12")));
    }
}
