// tests/demos/observe_demo.hpp — running a registered demo the way
// `interleave run` does (a separate run process, observed headless), for the
// demo tests: free-running, stepped with a strategy, or replaying a schedule
// written in the test; plus small readers for results, console and workers.
#pragma once

#include <doctest.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/observer/director.hpp"
#include "core/observer/observe.hpp"
#include "core/observer/schedule.hpp"

namespace il::test {

inline core::Observation observe_demo(const std::string& id, std::vector<std::string> params = {},
                                      core::DirectorMode mode = core::DirectorMode::Run,
                                      core::Strategy* strategy = nullptr, double timeout_s = 30) {
    core::ObserveOptions o;
    o.run.demo_id = id;
    o.run.params = std::move(params);
    o.run.mode = mode;
    o.strategy = strategy;
    o.timeout_s = timeout_s;
    return core::observe_run(o);
}

// Step mode, granting with round-robin (deterministic for a given demo).
inline core::Observation step_demo(const std::string& id, std::vector<std::string> params = {}) {
    auto rr = core::make_round_robin();
    return observe_demo(id, std::move(params), core::DirectorMode::Step, rr.get());
}

// Step mode with a seeded random strategy.
inline core::Observation random_demo(const std::string& id, std::vector<std::string> params, uint64_t seed) {
    auto r = core::make_random(seed);
    return observe_demo(id, std::move(params), core::DirectorMode::Step, r.get());
}

// Grants the first worker of `order` that can proceed (then any that can
// proceed, then a time-out): a scripted scheduler that favours some workers.
class Prefer final : public core::Strategy {
public:
    explicit Prefer(std::vector<std::string> order) : order_(std::move(order)) {}
    std::optional<core::Choice> next(const core::Arena& a, const std::vector<core::Choice>& cs, std::string&) override {
        for (const std::string& name : order_)
            for (const core::Choice& c : cs)
                if (c.grant == core::Grant::Proceed && a.worker_name(c.worker) == name) return c;
        for (const core::Choice& c : cs)
            if (c.grant == core::Grant::Proceed) return c;
        return cs.front();
    }

private:
    std::vector<std::string> order_;
};

inline core::Observation prefer_demo(const std::string& id, std::vector<std::string> params,
                                     std::vector<std::string> order) {
    Prefer p(std::move(order));
    return observe_demo(id, std::move(params), core::DirectorMode::Step, &p);
}

// Follows `prefix` (worker names, "Name timeout" for a time-out), then
// grants round-robin: pins the interesting start of a run and lets the rest
// finish without writing it out step by step.
class PrefixThen final : public core::Strategy {
public:
    explicit PrefixThen(std::vector<std::string> prefix);
    std::optional<core::Choice> next(const core::Arena& a, const std::vector<core::Choice>& cs,
                                     std::string& err) override {
        if (i_ < prefix_.steps.size()) {
            ++i_;
            return replay_->next(a, cs, err);
        }
        return rr_->next(a, cs, err);
    }

private:
    core::Schedule prefix_;
    std::unique_ptr<core::Strategy> replay_, rr_;
    size_t i_ = 0;
};

// A schedule from worker names; "Thread-1 timeout" lets that worker's timed wait expire.
inline core::Schedule schedule_of(const std::vector<std::string>& steps) {
    core::Schedule s;
    for (const std::string& st : steps) {
        const size_t sp = st.find(' ');
        if (sp == std::string::npos) s.steps.push_back({st, false});
        else s.steps.push_back({st.substr(0, sp), st.substr(sp + 1) == "timeout"});
    }
    return s;
}

inline PrefixThen::PrefixThen(std::vector<std::string> prefix)
    : prefix_(schedule_of(prefix)), replay_(core::make_replay(prefix_)), rr_(core::make_round_robin()) {}

inline core::Observation prefix_demo(const std::string& id, std::vector<std::string> params,
                                     std::vector<std::string> prefix) {
    PrefixThen p(std::move(prefix));
    return observe_demo(id, std::move(params), core::DirectorMode::Step, &p);
}

inline core::Observation replay_demo(const std::string& id, std::vector<std::string> params, const core::Schedule& s) {
    auto r = core::make_replay(s);
    return observe_demo(id, std::move(params), core::DirectorMode::Replay, r.get());
}

inline core::Observation replay_demo(const std::string& id, std::vector<std::string> params,
                                     const std::vector<std::string>& steps) {
    return replay_demo(id, std::move(params), schedule_of(steps));
}

// The value of a result, or "<missing KEY>".
inline std::string result(const core::Observation& o, std::string_view key) {
    const auto v = o.store.result(key);
    return v ? std::string(*v) : "<missing " + std::string(key) + ">";
}

inline long long result_int(const core::Observation& o, std::string_view key) {
    const std::string v = result(o, key);
    char* end = nullptr;
    const long long n = std::strtoll(v.c_str(), &end, 10);
    REQUIRE_MESSAGE((end != v.c_str() && *end == '\0'), "result ", key, " is not a number: ", v);
    return n;
}

// Console lines as "Worker: text" (trailing newline removed).
inline std::vector<std::string> console_lines(const core::TraceStore& s) {
    std::vector<std::string> out;
    for (const core::ConsoleLine& c : s.console()) {
        std::string t(s.text(c.text));
        if (!t.empty() && t.back() == '\n') t.pop_back();
        out.push_back(std::string(s.worker_name(c.worker)) + ": " + t);
    }
    return out;
}

// Console texts printed by one worker, in order.
inline std::vector<std::string> printed_by(const core::TraceStore& s, std::string_view worker) {
    std::vector<std::string> out;
    for (const core::ConsoleLine& c : s.console()) {
        if (s.worker_name(c.worker) != worker) continue;
        std::string t(s.text(c.text));
        if (!t.empty() && t.back() == '\n') t.pop_back();
        out.push_back(t);
    }
    return out;
}

inline std::optional<uint16_t> find_worker(const core::TraceStore& s, std::string_view name) {
    for (size_t i = 0; i < s.worker_count(); ++i)
        if (s.worker(static_cast<uint16_t>(i)).known && s.worker(static_cast<uint16_t>(i)).name == name)
            return static_cast<uint16_t>(i);
    return std::nullopt;
}

inline std::optional<uint32_t> find_object(const core::TraceStore& s, std::string_view name) {
    for (size_t i = 0; i < s.object_count(); ++i)
        if (s.object(static_cast<uint32_t>(i)).known && s.object(static_cast<uint32_t>(i)).name == name)
            return static_cast<uint32_t>(i);
    return std::nullopt;
}

// The states a worker went through, consecutive repeats collapsed.
inline std::vector<core::WorkerState> states_of(const core::TraceStore& s, uint16_t w) {
    std::vector<core::WorkerState> out;
    for (const core::StateInterval& iv : s.intervals(w))
        if (out.empty() || out.back() != iv.state) out.push_back(iv.state);
    return out;
}

inline bool contains(const std::vector<std::string>& v, std::string_view x) {
    for (const std::string& s : v)
        if (s == x) return true;
    return false;
}

}  // namespace il::test
