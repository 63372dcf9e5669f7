// app/gui/pending_op.cpp — the learner's text for a pending operation; see pending_op.hpp.
#include "app/gui/pending_op.hpp"

#include <cstdio>

#include "core/deadlock.hpp"
#include "core/enabled.hpp"

namespace il::gui {

using core::OpKind;

namespace {

constexpr double kNsPerSecond = 1e9;

// Operations whose pending_value is a timeout in ns when the worker has one.
bool takes_timeout(OpKind op) {
    switch (op) {
        case OpKind::Acquire:
        case OpKind::EventWait:
        case OpKind::CondResume:
        case OpKind::QueuePut:
        case OpKind::QueueGet:
        case OpKind::Join:
        case OpKind::ResultWait: return true;
        default: return false;
    }
}

// "acquire" -> "acquire()", "wait (for notify)" -> "wait() (for notify)",
// "acquire(blocking=False)" stays; `args` go between the parentheses.
std::string with_parentheses(std::string_view name, std::string_view args) {
    if (name.find('(') != std::string_view::npos && name.find(' ') == std::string_view::npos) return std::string(name);
    const size_t space = name.find(' ');
    const std::string_view head = name.substr(0, space);
    std::string out = std::string(head) + "(" + std::string(args) + ")";
    if (space != std::string_view::npos) out += name.substr(space);
    return out;
}

}  // namespace

std::string seconds_text(int64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", static_cast<double>(ns) / kNsPerSecond);
    return buf;
}

std::string call_text(OpKind op, std::string_view object, int64_t value, bool has_timeout) {
    switch (op) {
        case OpKind::None: return "(nothing announced yet)";
        case OpKind::Begin: return "begin (its first step)";
        case OpKind::Exit: return "exit (its last step)";
        case OpKind::User: return object.empty() ? "next step" : std::string(object) + ": next step";
        case OpKind::Sleep: return "sleep(" + seconds_text(value) + ")";
        default: break;
    }
    std::string args;
    if (has_timeout && value >= 0 && takes_timeout(op)) args = "timeout=" + seconds_text(value);
    const std::string call = with_parentheses(core::to_string(op), args);
    if (object.empty()) return call;
    return std::string(object) + "." + call;
}

PendingOp pending_op(const core::Arena& arena, uint16_t worker) {
    PendingOp p;
    p.worker = worker;
    p.worker_name = std::string(arena.worker_name(worker));
    if (worker >= arena.worker_count()) return p;
    const core::WorkerSlot& w = arena.worker(worker);
    p.op = static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire));
    const uint32_t object = w.pending_object.load(std::memory_order_relaxed);
    p.line = w.pending_line.load(std::memory_order_relaxed);
    p.has_timeout = (w.flags.load(std::memory_order_relaxed) & core::kWorkerHasTimeout) != 0;
    const std::string_view object_name = object == core::kNoObject ? std::string_view() : arena.object_name(object);
    p.call = call_text(p.op, object_name, w.pending_value.load(std::memory_order_relaxed), p.has_timeout);
    return p;
}

std::string pending_text(const PendingOp& op) {
    std::string out = op.worker_name + std::string(kPendingArrow) + op.call;
    if (op.line != 0) out += "  line " + std::to_string(op.line);
    return out;
}

std::string wait_reason(const core::Arena& a, uint16_t worker, OpKind op, uint32_t object, bool name_object) {
    if (object == core::kNoObject || object >= a.object_count()) return "";
    const core::ObjectSlot& o = a.object(object);
    const std::string name(a.object_name(object));
    const std::string is = name_object ? name + " is " : "";  // "mutexA is held by …" or "held by …"
    switch (o.kind) {
        case core::ObjectKind::Lock:
        case core::ObjectKind::RLock: {
            const uint16_t holder = core::holder_of(a, object);
            if (holder == worker) return is + "held by itself (a Lock is not re-entrant)";
            if (holder == core::kNoWorker) return name + " is taken";
            return is + "held by " + std::string(a.worker_name(holder));
        }
        case core::ObjectKind::Gil: {
            const uint16_t holder = core::holder_of(a, object);
            return holder == core::kNoWorker ? "it waits for the GIL"
                                             : "the GIL is held by " + std::string(a.worker_name(holder));
        }
        case core::ObjectKind::Semaphore:
        case core::ObjectKind::BoundedSemaphore: return name + " has no units left";
        case core::ObjectKind::Event: return name + " is not set";
        case core::ObjectKind::Condition: return "nobody has notified " + name + " yet";
        case core::ObjectKind::Queue: {
            const std::string fill = " (" + std::to_string(o.count.load(std::memory_order_relaxed)) + "/" +
                                     std::to_string(core::queue_capacity(o)) + ")";
            if (op == OpKind::QueuePut || op == OpKind::QueuePutNowait) return name + " is full" + fill;
            if (op == OpKind::QueueJoin) return name + " has unfinished tasks";
            return name + " is empty";
        }
        case core::ObjectKind::Worker: return std::string(a.worker_name(o.worker)) + " has not finished";
        case core::ObjectKind::Pool: return "the result from " + name + " is not ready";
        default:
            if (op == OpKind::ResultWait) return "the result is not ready";
            return "it waits for " + name;
    }
}

std::string why_blocked(const core::Arena& arena, uint16_t worker) {
    constexpr const char* kGeneric = "it cannot go on yet";
    if (worker >= arena.worker_count()) return kGeneric;
    const core::WorkerSlot& w = arena.worker(worker);
    const auto op = static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire));
    const std::string r = wait_reason(arena, worker, op, w.pending_object.load(std::memory_order_relaxed));
    return r.empty() ? kGeneric : r;
}

std::string choice_text(const core::Arena& arena, const core::Choice& choice) {
    PendingOp op = pending_op(arena, choice.worker);
    if (choice.grant == core::Grant::TimeOut) op.call += ": let it time out";
    return pending_text(op);
}

}  // namespace il::gui
