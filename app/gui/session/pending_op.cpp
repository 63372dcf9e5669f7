// app/gui/session/pending_op.cpp — the learner's text for a pending operation; see pending_op.hpp.
#include "app/gui/session/pending_op.hpp"

namespace il::gui {

PendingOp pending_op(const core::RunSnapshot& snap, uint16_t worker) {
    PendingOp p;
    p.worker = worker;
    p.worker_name = snap.worker_name(worker);
    const core::WorkerView* w = snap.worker(worker);
    if (w == nullptr) return p;
    p.op = w->op;
    p.call = w->call;
    p.line = w->line;
    p.has_timeout = w->has_timeout;
    return p;
}

std::string pending_text(const PendingOp& op) {
    std::string out = op.worker_name + std::string(kPendingArrow) + op.call;
    if (op.line != 0) out += "  line " + std::to_string(op.line);
    return out;
}

std::string why_blocked(const core::RunSnapshot& snap, uint16_t worker) {
    const core::WorkerView* w = snap.worker(worker);
    return w == nullptr || w->why_not.empty() ? "it cannot go on yet" : w->why_not;
}

std::string choice_text(const core::RunSnapshot& snap, const core::Choice& choice) {
    PendingOp op = pending_op(snap, choice.worker);
    if (choice.grant == core::Grant::TimeOut) op.call += ": let it time out";
    return pending_text(op);
}

}  // namespace il::gui
