// RunSession: the window's observer, driven the way the panels drive it.
#include <doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "app/gui/session/run_session.hpp"
#include "core/trace/trace_file.hpp"
#include "tests/support/fault_demos.hpp"
#include "tests/support/wait.hpp"

using namespace il::core;
using il::gui::RunSession;
using il::gui::SessionConfig;
using il::gui::SessionState;

namespace {

// Polls like a frame loop (every 5 ms) until `done` or ~20 s.
template <typename Pred>
bool frames_until(RunSession& s, Pred done) {
    return il::test::wait_until(
        [&] {
            s.poll();
            return done();
        },
        il::test::kPatience, std::chrono::milliseconds(5));
}


// Kills (SIGKILL) the process of the worker that printed `cue` once it shows.
bool kill_on_cue(RunSession& s, const std::string& cue) {
    return frames_until(s, [&] {
        for (const ConsoleLine& c : s.store().console()) {
            if (s.store().text(c.text) != cue + "\n" || s.store().worker(c.worker).pid <= 0) continue;
            return ::kill(s.store().worker(c.worker).pid, SIGKILL) == 0;
        }
        return false;
    });
}

SessionConfig config(const char* demo, DirectorMode mode, std::vector<std::string> params = {}) {
    SessionConfig c;
    c.demo_id = demo;
    c.mode = mode;
    c.params = std::move(params);
    return c;
}

}  // namespace

TEST_CASE("RunSession: a run-mode run finishes and its results reach the store") {
    RunSession s;
    s.start(config("builtin.counter", DirectorMode::Run, {"iterations=1000", "use_lock=true"}));
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Finished; }));
    CHECK(s.status().outcome == "completed");
    CHECK(s.store().result("counter") == std::optional<std::string_view>("2000"));
}

TEST_CASE("RunSession: a permanent deadlock in run mode is named and the run stopped, its arena kept") {
    RunSession s;
    s.start(config("builtin.deadlock", DirectorMode::Run));
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Stopped; }));
    CHECK(s.status().outcome.rfind("deadlock: ", 0) == 0);
    CHECK(s.status().failed);
    REQUIRE(s.arena() != nullptr);  // the panels still read the objects as they were
    CHECK(s.describe_cycle().find("lock_a") != std::string::npos);
}

TEST_CASE("RunSession: stepping by hand — only offered choices are granted, and the schedule records them") {
    RunSession s;
    s.start(config("builtin.deadlock", DirectorMode::Step, {"pause=0"}));
    REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
    REQUIRE(s.step_view().choices.size() == 1);  // only MainThread exists
    s.step(5);                                   // not a choice: ignored
    CHECK(s.schedule().steps.empty());
    // MainThread: begin, start Thread-1, start Thread-2; then Thread-1 and Thread-2 begin and take their first lock.
    for (uint16_t w : {0, 0, 0}) {
        REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
        s.step(w);
    }
    auto name_of = [&](const Choice& c) { return std::string(s.arena()->worker_name(c.worker)); };
    for (const char* who : {"Thread-1", "Thread-2", "Thread-1", "Thread-2", "Thread-1", "Thread-2"}) {
        REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
        const auto& cs = s.step_view().choices;
        auto it = std::find_if(cs.begin(), cs.end(), [&](const Choice& c) { return name_of(c) == who; });
        if (it == cs.end()) break;  // the cycle closed
        s.step(it->worker);
    }
    REQUIRE(frames_until(s, [&] { return s.status().failed; }));
    CHECK(s.status().outcome.rfind("deadlock: ", 0) == 0);
    CHECK(s.step_view().status == StepStatus::Deadlock);
}

TEST_CASE("RunSession: undo re-runs to one step fewer, with the same choices as before that step") {
    RunSession s;
    s.start(config("builtin.counter", DirectorMode::Step, {"iterations=1"}));
    for (int i = 0; i < 6; ++i) {
        REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
        s.step_any();
    }
    REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
    const auto before = s.schedule().steps;
    REQUIRE(before.size() == 6);
    s.undo();
    REQUIRE(frames_until(s, [&] { return s.step_view().quiescent && !s.step_view().automatic; }));
    CHECK(s.schedule().steps == std::vector<ScheduleStep>(before.begin(), before.end() - 1));
    CHECK(s.status().state == SessionState::Live);
}

TEST_CASE("RunSession: run to end finishes a step run — save and open reproduce the store") {
    RunSession s;
    s.start(config("builtin.counter", DirectorMode::Step, {"iterations=2"}));
    REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
    s.run_to_end();
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Finished; }));
    CHECK(s.status().outcome == "completed");
    const std::string path = "/tmp/il_session_" + std::to_string(::getpid()) + ".iltrace";
    s.save(path);
    RunSession t;
    t.open(path);
    CHECK(t.status().state == SessionState::Loaded);
    CHECK(t.arena() == nullptr);
    CHECK(t.store().counts().events == s.store().counts().events);
    CHECK(t.store().result("counter") == s.store().result("counter"));
    std::remove(path.c_str());
    CHECK_THROWS_AS(t.open("/nonexistent.iltrace"), TraceFileError);
    CHECK(t.status().state == SessionState::Loaded);  // a failed open keeps what was shown
}

TEST_CASE("RunSession: stop always works, even on a run parked in step mode, and leaves no child") {
    RunSession s;
    s.start(config("builtin.deadlock", DirectorMode::Step));
    REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
    s.stop();
    CHECK(s.status().state == SessionState::Stopped);
    CHECK(s.animating() == false);
    int status = 0;
    CHECK(waitpid(-1, &status, WNOHANG) == -1);  // nothing left to reap
}

TEST_CASE("RunSession: when the run process is killed from outside, its workers are no longer alive") {
    RunSession s;
    s.start(config("thread.order", DirectorMode::Run, {"threads=8", "rounds=8", "pause=1"}));
    REQUIRE(frames_until(s, [&] { return s.status().workers_alive >= 9; }));  // MainThread and 8 threads
    REQUIRE(s.arena() != nullptr);
    const int run_pid = s.arena()->header().run_pid.load();
    REQUIRE(run_pid > 0);
    REQUIRE(::kill(run_pid, SIGKILL) == 0);
    REQUIRE(frames_until(s, [&] { return s.status().state != SessionState::Live; }));
    CHECK(s.status().workers_alive == 0);
    CHECK(s.status().outcome.find("killed by SIGKILL") != std::string::npos);
    CHECK(s.status().failed);
}

TEST_CASE("RunSession: a bad demo or parameter is refused with a message, and the session stays usable") {
    RunSession s;
    CHECK_THROWS_WITH_AS(s.start(config("nope", DirectorMode::Run)), "unknown demo 'nope' (see `interleave list`)",
                         std::invalid_argument);
    CHECK_THROWS_AS(s.start(config("builtin.counter", DirectorMode::Run, {"iterations=0"})), std::invalid_argument);
    s.start(config("builtin.counter", DirectorMode::Run, {"iterations=10"}));
    CHECK(frames_until(s, [&] { return s.status().state == SessionState::Finished; }));
}

TEST_CASE("RunSession: a child killed from outside fails the run, named, instead of 'completed'") {
    RunSession s;
    s.start(config("fault.child_sleeps", DirectorMode::Run));
    REQUIRE(kill_on_cue(s, "child up"));
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Finished; }));
    CHECK(s.status().outcome == "Process-1 killed by SIGKILL");
    CHECK(s.status().failed);
}

TEST_CASE("RunSession: a lock holder killed from outside ends the run as stuck within seconds, naming it") {
    RunSession s;
    s.start(config("fault.lock_holder", DirectorMode::Run));
    REQUIRE(kill_on_cue(s, "holding"));
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Stopped; }));
    INFO(s.status().outcome);
    CHECK(s.status().outcome.rfind("stuck: Process-1 (pid ", 0) == 0);
    CHECK(s.status().outcome.find("while holding the_lock") != std::string::npos);
    CHECK(s.status().failed);
}

TEST_CASE("RunSession: a replay whose run ends with schedule steps left over fails, saying how many") {
    RunSession s;
    s.start(config("builtin.counter", DirectorMode::Step, {"iterations=2"}));
    REQUIRE(frames_until(s, [&] { return s.step_view().quiescent; }));
    s.run_to_end();
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Finished; }));
    Schedule extra = s.schedule();
    const size_t used = extra.steps.size();
    for (int i = 0; i < 50; ++i) extra.steps.push_back({"MainThread", false});
    SessionConfig c = config("builtin.counter", DirectorMode::Replay, {"iterations=2"});
    c.schedule = extra;
    s.start(c);
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Finished; }));
    CHECK(s.status().failed);
    CHECK(s.status().outcome == describe_unused_steps(50, used + 50));
    // The exact schedule replays and completes.
    c.schedule = s.schedule();
    c.schedule->steps.resize(used);
    s.start(c);
    REQUIRE(frames_until(s, [&] { return s.status().state == SessionState::Finished; }));
    CHECK(s.status().outcome == "completed");
    CHECK_FALSE(s.status().failed);
}
