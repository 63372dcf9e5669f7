// Every demo's step-mode run replays identically: run it in step mode with
// round-robin grants (small parameters, so it ends fast), write its schedule
// as text, parse it back, replay it, and compare outcome, schedule, event
// sequence (kind, worker, object, value, line, step; not times), console and
// results. One case per demo group so ctest runs them side by side; the last
// case checks that no group was left without one.
#include <doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/observer/director.hpp"
#include "core/observer/observe.hpp"
#include "core/runtime/registry.hpp"

namespace il::demo_test {
namespace {

using namespace il::core;

// Each Int parameter clamped to at most 3 (within its range): enough for two
// workers to interleave, few enough that a step-mode run ends in a blink
// (builtin.counter and lock.cost default to 100,000 iterations).
std::vector<std::string> small_params(const DemoInfo& d) {
    std::vector<std::string> out;
    for (const ParamSpec& p : d.params)
        if (p.kind == ParamKind::Int)
            out.push_back(p.name + "=" + std::to_string(std::clamp<int64_t>(p.int_default, p.int_min,
                                                                              std::max<int64_t>(p.int_min, 3))));
    return out;
}

// Pids differ from run to run; everything else must not. Each pid of the
// run's workers is replaced by the worker's index, in event values and in
// text (a demo printing os.getpid()).
struct Pids {
    std::map<int64_t, uint16_t> index;
    explicit Pids(const TraceStore& s) {
        for (uint16_t w = 0; w < s.worker_count(); ++w)
            if (s.worker(w).known && s.worker(w).pid > 0) index.emplace(s.worker(w).pid, w);
    }
    int64_t value(int64_t v) const {
        const auto it = index.find(v);
        return it == index.end() ? v : -1'000'000 - it->second;
    }
    std::string text(std::string_view t) const {
        std::string out;
        for (size_t i = 0; i < t.size();) {
            if (!std::isdigit(static_cast<unsigned char>(t[i]))) {
                out += t[i++];
                continue;
            }
            size_t j = i;
            while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
            const std::string num(t.substr(i, j - i));
            const auto it = num.size() < 10 ? index.find(std::stoll(num)) : index.end();
            out += it == index.end() ? num : "<pid of worker " + std::to_string(it->second) + ">";
            i = j;
        }
        return out;
    }
};

bool is_text(EventKind k) { return k == EventKind::Print || k == EventKind::User || k == EventKind::Result; }

// Demos that print what cannot repeat: real time measured in step mode
// (durations, rates, speed-ups, CPU time: a step-mode run has no meaningful
// real time; found by the clock calls in the demo's own source), stack
// addresses (ASLR) and a random temporary file name. Their texts are compared
// with every number masked and their results by key; their events, like
// every demo's, exactly.
bool prints_unrepeatable(const DemoInfo& d) {
    if (d.id == "fork.process_copy" || d.id == "lock.file_counter") return true;
    const auto src = Registry::source(d.source_file);
    if (!src) return false;
    for (const char* clock : {"monotonic_ns", "Stopwatch", "elapsed_text", "process_cpu_s", "steady_clock", "clock_gettime"})
        if (src->find(clock) != std::string_view::npos) return true;
    return false;
}

// Every number ("12.5", "3", "-0.86") becomes one '#': a measured value's
// sign varies too (gil.convoy's waits in step mode subtract a nominal time).
std::string mask_numbers(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        if (s[i] == '-' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) ++i;
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            out += s[i++];
            continue;
        }
        while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
        out += '#';
    }
    return out;
}

// The run as comparable lines: events, console, results, worker names.
// Events within one step are ordered by worker: a fork's parent and child both
// run in the step that granted the fork (the child up to its first park), so
// the order of their events in that step is the OS's; each worker's own order
// is not.
std::vector<std::string> fingerprint(const Observation& o, const DemoInfo& d) {
    const TraceStore& s = o.store;
    const Pids pids(s);
    const bool mask = prints_unrepeatable(d);
    const auto text = [&](std::string_view t) {
        std::string r = pids.text(t);
        if (!mask) return r;
        // A result's value ("1.8x", "0.9x, slower") is compared by its key only.
        if (const size_t tab = r.find('\t'); tab != std::string::npos) return r.substr(0, tab) + "\t<measured>";
        for (size_t at = r.find("0x"); at != std::string::npos; at = r.find("0x", at + 2)) {
            size_t e = at + 2;
            while (e < r.size() && std::isxdigit(static_cast<unsigned char>(r[e]))) ++e;
            r.replace(at + 2, e - at - 2, "#");
        }
        return mask_numbers(r);
    };
    std::vector<TraceEvent> events(s.events().begin(), s.events().end());
    std::stable_sort(events.begin(), events.end(), [](const TraceEvent& a, const TraceEvent& b) {
        return a.step != b.step ? a.step < b.step : a.worker < b.worker;
    });
    std::vector<std::string> out;
    for (const TraceEvent& e : events) {
        std::string line = std::string(to_string(e.kind)) + " w" + std::to_string(e.worker) + " o" +
                           std::to_string(e.object) + " l" + std::to_string(e.line) + " s" + std::to_string(e.step);
        line += is_text(e.kind) ? " text " + text(s.text(static_cast<uint32_t>(e.value)))
                                : " v" + std::to_string(pids.value(e.value));
        out.push_back(std::move(line));
    }
    for (const ConsoleLine& c : s.console())
        out.push_back("console w" + std::to_string(c.worker) + " l" + std::to_string(c.line) + " " +
                      text(s.text(c.text)));
    for (const ResultEntry& r : s.results()) out.push_back("result " + text(r.key + "\t" + r.value));
    for (uint16_t w = 0; w < s.worker_count(); ++w)
        if (s.worker(w).known) out.push_back("worker " + std::to_string(w) + " " + s.worker(w).name);
    return out;
}

Observation observe(const std::string& id, const std::vector<std::string>& params, DirectorMode mode,
                    Strategy& strategy) {
    ObserveOptions o;
    o.run.demo_id = id;
    o.run.params = params;
    o.run.mode = mode;
    o.strategy = &strategy;
    o.timeout_s = 30;
    return observe_run(o);
}

void check_replays(const DemoInfo& d) {
    CAPTURE(d.id);
    const std::vector<std::string> params = small_params(d);
    auto rr = make_round_robin();
    const Observation first = observe(d.id, params, DirectorMode::Step, *rr);
    REQUIRE_MESSAGE(first.outcome.find("timed out") == std::string::npos, first.outcome);
    REQUIRE_FALSE(first.schedule.steps.empty());
    // Through the file format, as `--save-schedule` then `--schedule` do.
    const std::string text = first.schedule.to_text();
    const Schedule parsed = Schedule::parse(text);
    REQUIRE(parsed.steps == first.schedule.steps);
    CHECK(parsed.demo == d.id);
    CHECK(parsed.params == params);
    auto replay = make_replay(parsed);
    const Observation second = observe(d.id, parsed.params, DirectorMode::Replay, *replay);
    CHECK_MESSAGE(second.outcome == first.outcome, "step: ", first.outcome, "\nreplay: ", second.outcome);
    CHECK(second.failed == first.failed);
    CHECK(second.notes == first.notes);
    CHECK(second.schedule.steps == first.schedule.steps);
    const auto a = fingerprint(first, d), b = fingerprint(second, d);
    CHECK(a.size() == b.size());
    const size_t n = std::min(a.size(), b.size());
    size_t i = 0;
    while (i < n && a[i] == b[i]) ++i;
    if (i < n || a.size() != b.size())
        FAIL_CHECK("first difference at line " << i << " of " << a.size() << ":\n  step:   "
                                               << (i < a.size() ? a[i] : "<end>") << "\n  replay: "
                                               << (i < b.size() ? b[i] : "<end>"));
}

void check_group(const std::string& prefix) {
    int n = 0;
    for (const DemoInfo& d : Registry::all()) {
        if (d.id.compare(0, prefix.size() + 1, prefix + ".") != 0) continue;
        ++n;
        check_replays(d);
    }
    CHECK_MESSAGE(n > 0, "no demo in group ", prefix);
}

}  // namespace

TEST_CASE("Replay all: builtin demos replay their step-mode schedule identically") { check_group("builtin"); }
TEST_CASE("Replay all: deadlock demos replay their step-mode schedule identically") { check_group("deadlock"); }
TEST_CASE("Replay all: event demos replay their step-mode schedule identically") { check_group("event"); }
TEST_CASE("Replay all: fork demos replay their step-mode schedule identically") { check_group("fork"); }
TEST_CASE("Replay all: gil demos replay their step-mode schedule identically") { check_group("gil"); }
TEST_CASE("Replay all: lock demos replay their step-mode schedule identically") { check_group("lock"); }
TEST_CASE("Replay all: pool demos replay their step-mode schedule identically") { check_group("pool"); }
TEST_CASE("Replay all: process demos replay their step-mode schedule identically") { check_group("process"); }
TEST_CASE("Replay all: queue demos replay their step-mode schedule identically") { check_group("queue"); }
TEST_CASE("Replay all: thread demos replay their step-mode schedule identically") { check_group("thread"); }
TEST_CASE("Replay all: threadlocal demos replay their step-mode schedule identically") {
    check_group("threadlocal");
}

TEST_CASE("Replay all: every demo group has a replay case") {
    // Listed here rather than read from covered(): ctest runs each case alone.
    const std::set<std::string> cases = {"builtin", "deadlock", "event", "fork",  "gil",        "lock",
                                         "pool",    "process",  "queue", "thread", "threadlocal"};
    // The masking of measured values finds the timing demos, and only them.
    CHECK(prints_unrepeatable(*Registry::find("lock.cost")));
    CHECK(prints_unrepeatable(*Registry::find("gil.convoy")));
    CHECK_FALSE(prints_unrepeatable(*Registry::find("builtin.counter")));
    CHECK_FALSE(prints_unrepeatable(*Registry::find("deadlock.two_locks")));
    for (const DemoInfo& d : Registry::all()) {
        const std::string prefix = d.id.substr(0, d.id.find('.'));
        if (prefix == "test") continue;  // test-only demos
        CHECK_MESSAGE(cases.count(prefix) == 1, d.id, " is in no replay case: add one");
    }
}

}  // namespace il::demo_test
