// app/gui/process_tree/process_tree_model.hpp — the processes of a run as a tree (parent
// process above its children, each with its threads), with the states the
// fork lessons teach: running, zombie (exited, not yet waited for), reaped
// (waited for; its exit code collected), and orphan (its parent exited first,
// so it was re-parented).
//
// Built from the worker table: each worker's kind, creator (`parent`), the
// process it lives in, pid/ppid, state and flags — from the run snapshot
// (core/observer/snapshot.hpp), live or saved alike. build_process_tree() does the work on plain rows,
// so tests can state a tree directly.
//
// Pure logic, no ImGui: tested headless. Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/observer/snapshot.hpp"

namespace il::gui {

// One worker as the tree needs it: the snapshot's worker (kind, creator,
// process, pids, exit code, flags, state).
using WorkerRow = core::WorkerView;

// Blocked: its main thread waits (on a join, a lock, a queue …); Ended: the
// run is over and it never finished by itself (stopped with the run).
enum class ProcessStatus : uint8_t { NotStarted, Running, Blocked, Zombie, Reaped, Exited, Ended };
std::string_view to_string(ProcessStatus s);

struct ProcessThread {
    uint16_t worker = core::kNoWorker;
    std::string name;
    int32_t tid = 0;
    core::WorkerState state = core::WorkerState::New;
    bool daemon = false;
};

struct ProcessNode {
    uint16_t worker = core::kNoWorker;
    std::string name;
    int32_t pid = 0, ppid = 0, exitcode = 0;
    ProcessStatus status = ProcessStatus::NotStarted;
    std::string waits;                   // Blocked: on what ("the result from Pool is not ready")
    bool orphan = false, daemon = false, crashed = false, terminated = false;
    std::vector<ProcessThread> threads;  // its threads other than its main one, in worker order
    std::vector<size_t> children;        // indices into ProcessTree::nodes, in worker order
};

struct ProcessTree {
    std::vector<ProcessNode> nodes;  // in worker order
    std::vector<size_t> roots;       // processes with no parent process in the run
};

// `live`: the run is going (else a process still running was ended with it).
ProcessStatus process_status(const WorkerRow& r, bool live = true);

// "running", "zombie: exited, not waited for", "reaped, exit code -15" …
std::string status_text(const ProcessNode& n);

ProcessTree build_process_tree(const std::vector<WorkerRow>& rows, bool live = true);

std::vector<WorkerRow> worker_rows(const core::RunSnapshot& snap);

}  // namespace il::gui
