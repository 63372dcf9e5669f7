// tests/demos/demo_trace.hpp — helpers for the Queue, Event, ThreadLocal and
// GIL demo tests: run a registered demo as `interleave run` does (its own run
// process, observed headless by core/observe), then read its results and the
// structure of its trace: workers and objects by name, events in seq order.
#pragma once

#include <doctest.h>

#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/observer/director.hpp"
#include "core/observer/observe.hpp"

namespace il::demo_test {

using namespace il::core;

inline Observation run_demo(const std::string& id, std::vector<std::string> params = {},
                            DirectorMode mode = DirectorMode::Run, Strategy* strategy = nullptr) {
    ObserveOptions o;
    o.run.demo_id = id;
    o.run.params = std::move(params);
    o.run.mode = mode;
    o.strategy = strategy;
    o.timeout_s = 30;
    Observation ob = observe_run(o);
    CHECK_MESSAGE(!ob.failed, id, ": ", ob.outcome);
    return ob;
}

// Step mode, granting round-robin: deterministic for a given demo.
inline Observation step_demo(const std::string& id, std::vector<std::string> params = {}) {
    auto rr = make_round_robin();
    return run_demo(id, std::move(params), DirectorMode::Step, rr.get());
}

// Replays `steps` ("Thread-1", or "Thread-1 timeout" to let its timed wait expire).
inline Observation replay_steps(const std::string& id, std::vector<std::string> params,
                                const std::vector<std::string>& steps) {
    Schedule s;
    for (const std::string& st : steps) {
        const size_t sp = st.find(' ');
        s.steps.push_back({st.substr(0, sp), sp != std::string::npos && st.substr(sp + 1) == "timeout"});
    }
    auto r = make_replay(s);
    return run_demo(id, std::move(params), DirectorMode::Replay, r.get());
}

inline std::string result(const Observation& o, std::string_view key) {
    const auto v = o.store.result(key);
    return v ? std::string(*v) : "<missing " + std::string(key) + ">";
}

// The number a result starts with ("200 ms" -> 200, "1.93x" -> 1.93).
inline double number(const Observation& o, std::string_view key) {
    const std::string v = result(o, key);
    char* end = nullptr;
    const double d = std::strtod(v.c_str(), &end);
    REQUIRE_MESSAGE(end != v.c_str(), "result ", key, " is not a number: ", v);
    return d;
}

inline uint16_t worker(const TraceStore& s, std::string_view name) {
    for (uint16_t w = 0; w < s.worker_count(); ++w)
        if (s.worker(w).known && s.worker(w).name == name) return w;
    FAIL("no worker named " << name);
    return kNoWorker;
}

inline uint32_t object(const TraceStore& s, std::string_view name) {
    for (uint32_t i = 0; i < s.object_count(); ++i)
        if (s.object(i).known && s.object(i).name == name) return i;
    FAIL("no object named " << name);
    return kNoObject;
}

// Raw events (in seq order) that satisfy `pred`.
inline std::vector<TraceEvent> events(const TraceStore& s, const std::function<bool(const TraceEvent&)>& pred) {
    std::vector<TraceEvent> out;
    for (const TraceEvent& e : s.events())
        if (pred(e)) out.push_back(e);
    return out;
}

// Events of `kind` (on `object`, by `worker`, when given).
inline std::vector<TraceEvent> of(const TraceStore& s, EventKind kind, uint32_t obj = kNoObject,
                                  uint16_t by = kNoWorker) {
    return events(s, [&](const TraceEvent& e) {
        return e.kind == kind && (obj == kNoObject || e.object == obj) && (by == kNoWorker || e.worker == by);
    });
}

// Console lines printed by `worker`, without the trailing newline.
inline std::vector<std::string> printed(const TraceStore& s, std::string_view worker_name) {
    std::vector<std::string> out;
    for (const ConsoleLine& c : s.console()) {
        if (s.worker_name(c.worker) != worker_name) continue;
        std::string t(s.text(c.text));
        if (!t.empty() && t.back() == '\n') t.pop_back();
        out.push_back(t);
    }
    return out;
}

// A worker's intervals in `state` (on `obj`, when given) as [t0, t1) in ns.
struct Span {
    int64_t t0 = 0, t1 = 0;
};
inline std::vector<Span> spans(const TraceStore& s, uint16_t w, WorkerState state, uint32_t obj = kNoObject) {
    std::vector<Span> out;
    for (const StateInterval& iv : s.intervals(w))
        if (iv.state == state && (obj == kNoObject || iv.object == obj))
            out.push_back({iv.t0, iv.t1 == kOpenEnd ? s.end_ns() : iv.t1});
    return out;
}

inline std::vector<Span> clip(const std::vector<Span>& v, Span to) {
    std::vector<Span> out;
    for (const Span& x : v)
        if (std::max(x.t0, to.t0) < std::min(x.t1, to.t1)) out.push_back({std::max(x.t0, to.t0), std::min(x.t1, to.t1)});
    return out;
}

inline int64_t overlap(const std::vector<Span>& x, const std::vector<Span>& y) {
    int64_t total = 0;
    for (const Span& a : x)
        for (const Span& b : y) total += std::max<int64_t>(0, std::min(a.t1, b.t1) - std::max(a.t0, b.t0));
    return total;
}

inline int64_t length(const std::vector<Span>& v) {
    int64_t n = 0;
    for (const Span& x : v) n += x.t1 - x.t0;
    return n;
}

}  // namespace il::demo_test
