// app/gui/process_tree/process_tree_model.cpp — the run's processes as a tree (see process_tree_model.hpp).
#include "app/gui/process_tree/process_tree_model.hpp"

#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

using core::WorkerState;

std::string_view to_string(ProcessStatus s) {
    switch (s) {
        case ProcessStatus::NotStarted: return tr("not started");
        case ProcessStatus::Running: return tr("running");
        case ProcessStatus::Blocked: return tr("blocked");
        case ProcessStatus::Ended: return tr("ended with the run");
        case ProcessStatus::Zombie: return tr("zombie");
        case ProcessStatus::Reaped: return tr("reaped");
        case ProcessStatus::Exited: return tr("exited");
    }
    return "?";
}

ProcessStatus process_status(const WorkerRow& r, bool live) {
    if (r.state == WorkerState::Zombie) return ProcessStatus::Zombie;
    if (r.flags & core::kWorkerReaped) return ProcessStatus::Reaped;
    // A child process that finished and was not waited for is a zombie (the
    // worker table says Done; only a wait() marks it reaped). The run's own main
    // process has no parent in the run to wait for it.
    if (r.state == WorkerState::Done)
        return r.kind == core::WorkerKind::Process && r.parent != core::kNoWorker ? ProcessStatus::Zombie
                                                                                  : ProcessStatus::Exited;
    if (r.state == WorkerState::New) return ProcessStatus::NotStarted;
    if (!live) return ProcessStatus::Ended;  // the run is over and it never finished: stopped with it
    if (r.state == WorkerState::Blocked) return ProcessStatus::Blocked;
    return ProcessStatus::Running;
}

std::string status_text(const ProcessNode& n) {
    const std::string code = std::to_string(n.exitcode);
    switch (n.status) {
        case ProcessStatus::Zombie: return tr("zombie: exited, not waited for");
        case ProcessStatus::Reaped: return trf("reaped, exit code {code}", {{"code", code}});
        case ProcessStatus::Exited: return trf("exited, code {code}", {{"code", code}});
        case ProcessStatus::Blocked:
            return n.waits.empty() ? std::string(tr("blocked")) : trf("blocked: {why}", {{"why", n.waits}});
        default: return std::string(to_string(n.status));
    }
}

ProcessTree build_process_tree(const std::vector<WorkerRow>& rows, bool live) {
    ProcessTree t;
    std::vector<size_t> node_of_worker;  // worker index -> node index (+1; 0 none)
    for (const WorkerRow& r : rows) {
        if (r.kind != core::WorkerKind::Process) continue;
        if (node_of_worker.size() <= r.index) node_of_worker.resize(r.index + 1u, 0);
        node_of_worker[r.index] = t.nodes.size() + 1;
        ProcessNode n;
        n.worker = r.index;
        n.name = r.name;
        n.pid = r.pid;
        n.ppid = r.ppid;
        n.exitcode = r.exitcode;
        n.status = process_status(r, live);
        if (n.status == ProcessStatus::Blocked) n.waits = r.blocked_reason_short.empty() ? r.blocked_reason : r.blocked_reason_short;
        n.orphan = (r.flags & core::kWorkerOrphan) != 0;
        n.daemon = (r.flags & core::kWorkerDaemon) != 0;
        n.crashed = (r.flags & core::kWorkerCrashed) != 0;
        n.terminated = (r.flags & (core::kWorkerTerminated | core::kWorkerKilled)) != 0;  // terminate() or kill()
        t.nodes.push_back(std::move(n));
    }
    auto node_of = [&](uint16_t w) -> size_t {
        return w < node_of_worker.size() ? node_of_worker[w] : 0;  // +1 encoded
    };
    // The process a worker lives in; a creator thread stands for its process.
    std::vector<uint16_t> process_of;
    for (const WorkerRow& r : rows) {
        if (process_of.size() <= r.index) process_of.resize(r.index + 1u, core::kNoWorker);
        process_of[r.index] = r.process;
    }
    for (const WorkerRow& r : rows) {
        if (r.kind == core::WorkerKind::Process) {
            const size_t me = node_of(r.index) - 1;
            const uint16_t parent_proc = r.parent < process_of.size() ? process_of[r.parent] : core::kNoWorker;
            const size_t p = parent_proc == r.index ? 0 : node_of(parent_proc);
            if (p) t.nodes[p - 1].children.push_back(me);
            else t.roots.push_back(me);
        } else if (const size_t p = node_of(r.process)) {
            t.nodes[p - 1].threads.push_back(
                {r.index, r.name, r.tid, r.state, (r.flags & core::kWorkerDaemon) != 0});
        }
    }
    return t;
}

std::vector<WorkerRow> worker_rows(const core::RunSnapshot& snap) {
    std::vector<WorkerRow> rows;
    for (const core::WorkerView& w : snap.workers)
        if (w.known) rows.push_back(w);
    return rows;
}

}  // namespace il::gui
