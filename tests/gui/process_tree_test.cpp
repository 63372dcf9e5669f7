// tests/gui/process_tree_test.cpp — the process tree built from worker rows
// (parents above children, threads under their process, running / zombie /
// reaped / orphan) and from a store's table. The panel: run_panels_test.cpp.
#include <doctest.h>

#include <string>

#include "app/gui/process_tree/process_tree_model.hpp"
#include "run_panels_support.hpp"

using namespace il::gui;
using namespace il::core;

namespace {

const ProcessNode& node(const ProcessTree& t, const std::string& name) {
    for (const ProcessNode& n : t.nodes)
        if (n.name == name) return n;
    FAIL("no process " << name);
    throw std::logic_error("unreachable");
}

std::vector<std::string> child_names(const ProcessTree& t, const ProcessNode& n) {
    std::vector<std::string> out;
    for (size_t c : n.children) out.push_back(t.nodes[c].name);
    return out;
}

}  // namespace

TEST_CASE("process tree: children under the process that forked them, threads under their process") {
    const ProcessTree t = build_process_tree(il::test::process_family());
    REQUIRE(t.roots.size() == 1);
    const ProcessNode& main = t.nodes[t.roots[0]];
    CHECK(main.name == "MainThread");
    // Process-1 was started by Thread-1, a thread of MainThread's process.
    CHECK(child_names(t, main) == std::vector<std::string>{"Process-1", "Process-2", "Process-3"});
    REQUIRE(main.threads.size() == 1);
    CHECK(main.threads[0].name == "Thread-1");
    CHECK(child_names(t, node(t, "Process-3")) == std::vector<std::string>{"Process-3/Process-1"});
    REQUIRE(node(t, "Process-3").threads.size() == 1);
    CHECK(node(t, "Process-3").threads[0].daemon);
}

TEST_CASE("process tree: running, zombie, reaped, not started, and orphan as a mark of its own") {
    const ProcessTree t = build_process_tree(il::test::process_family());
    CHECK(node(t, "MainThread").status == ProcessStatus::Running);
    CHECK(node(t, "Process-1").status == ProcessStatus::Zombie);
    CHECK(node(t, "Process-2").status == ProcessStatus::Reaped);
    CHECK(node(t, "Process-3").status == ProcessStatus::Running);
    CHECK(node(t, "Process-3").orphan);
    CHECK_FALSE(node(t, "Process-2").orphan);
    CHECK(node(t, "Process-3/Process-1").status == ProcessStatus::NotStarted);
    CHECK(status_text(node(t, "Process-1")) == "zombie: exited, not waited for");
    ProcessNode r = node(t, "Process-2");
    r.exitcode = -15;
    CHECK(status_text(r) == "reaped, exit code -15");
    // The arena marks a finished child Done: until a wait() reaps it, it is a zombie. The run's
    // main process, which nobody in the run waits for, has exited.
    std::vector<WorkerRow> rows = il::test::process_family();
    rows[0].state = rows[2].state = WorkerState::Done;
    const ProcessTree done = build_process_tree(rows);
    CHECK(node(done, "Process-1").status == ProcessStatus::Zombie);
    CHECK(node(done, "MainThread").status == ProcessStatus::Exited);
    CHECK(build_process_tree({}).nodes.empty());
}

TEST_CASE("process tree: built from a store's table (a trace opened from a file)") {
    const TraceStore s = il::test::process_family_store();
    const ProcessTree t = build_process_tree(worker_rows(il::core::snapshot_saved(s)));
    REQUIRE(t.roots.size() == 1);
    CHECK(child_names(t, t.nodes[t.roots[0]]) == std::vector<std::string>{"Process-1", "Process-2", "Process-3"});
    CHECK(node(t, "Process-3").orphan);
}

TEST_CASE("process tree: a process whose main thread waits says blocked and on what, and one left when the run ended says so") {
    std::vector<WorkerRow> rows = il::test::process_family();
    rows[0].state = WorkerState::Blocked;
    rows[0].blocked_reason_short = "Process-1 has not finished";
    const ProcessTree live = build_process_tree(rows);
    CHECK(node(live, "MainThread").status == ProcessStatus::Blocked);
    CHECK(status_text(node(live, "MainThread")) == "blocked: Process-1 has not finished");
    // The run stopped (or ended) while it still ran: not "running" any more.
    const ProcessTree over = build_process_tree(rows, false);
    CHECK(node(over, "MainThread").status == ProcessStatus::Ended);
    CHECK(status_text(node(over, "MainThread")) == "ended with the run");
}
