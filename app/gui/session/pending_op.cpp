// app/gui/session/pending_op.cpp — the learner's text for a pending operation; see pending_op.hpp.
#include "app/gui/session/pending_op.hpp"

#include "core/common/i18n.hpp"

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

namespace {

std::string words(bool english, std::string_view text, i18n::Args args) {
    return english ? i18n::fill(text, args) : i18n::trf(text, args);
}

}  // namespace

std::string pending_text(const PendingOp& op, bool english) {
    std::string out = op.worker_name + std::string(kPendingArrow) + op.call;
    if (op.line != 0) out += "  " + words(english, N_("line {line}"), {{"line", std::to_string(op.line)}});
    return out;
}

std::string why_blocked(const core::RunSnapshot& snap, uint16_t worker) {
    const core::WorkerView* w = snap.worker(worker);
    return w == nullptr || w->why_not.empty() ? std::string(i18n::tr("it cannot go on yet")) : w->why_not;
}

std::string choice_text(const core::RunSnapshot& snap, const core::Choice& choice, bool english) {
    PendingOp op = pending_op(snap, choice.worker);
    if (choice.grant == core::Grant::TimeOut)
        op.call = words(english, N_("{call}: let it time out"), {{"call", op.call}});
    return pending_text(op, english);
}

}  // namespace il::gui
