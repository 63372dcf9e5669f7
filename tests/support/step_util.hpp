// tests/support/step_util.hpp — small helpers for step-mode primitive tests,
// used with il::test::run_stepped (in_process_run.hpp): a strategy from a lambda
// and lookups of a worker's choice by name.
//
// Thread rules: strategies run on the observer (doctest) thread while every
// worker is parked, so they may read the arena freely.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/observer/director.hpp"

namespace il::test {

// A Strategy from a lambda; returning nullopt ends the run with an error.
class FnStrategy final : public core::Strategy {
public:
    using Fn = std::function<std::optional<core::Choice>(const core::Arena&, const std::vector<core::Choice>&)>;
    explicit FnStrategy(Fn fn) : fn_(std::move(fn)) {}
    std::optional<core::Choice> next(const core::Arena& a, const std::vector<core::Choice>& cs,
                                     std::string& error) override {
        std::optional<core::Choice> c = fn_(a, cs);
        if (!c) error = "the test's strategy stopped the run";
        return c;
    }

private:
    Fn fn_;
};

// The choice for the worker named `worker` with grant `g`, if it is offered.
inline std::optional<core::Choice> find_choice(const core::Arena& a, const std::vector<core::Choice>& cs,
                                               std::string_view worker, core::Grant g = core::Grant::Proceed) {
    for (const core::Choice& c : cs)
        if (a.worker_name(c.worker) == worker && c.grant == g) return c;
    return std::nullopt;
}

// The named worker when it may proceed; else the first choice that proceeds; else the first.
inline core::Choice prefer(const core::Arena& a, const std::vector<core::Choice>& cs, std::string_view worker) {
    if (auto c = find_choice(a, cs, worker)) return *c;
    for (const core::Choice& c : cs)
        if (c.grant == core::Grant::Proceed) return c;
    return cs.front();
}

// The pending operation of the worker named `worker` (OpKind::None if unknown).
inline core::OpKind pending_op(const core::Arena& a, std::string_view worker) {
    const uint16_t w = a.find_worker(worker);
    if (w == core::kNoWorker) return core::OpKind::None;
    return static_cast<core::OpKind>(a.worker(w).pending_op.load());
}

}  // namespace il::test
