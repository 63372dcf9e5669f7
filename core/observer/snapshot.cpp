// core/observer/snapshot.cpp — the run snapshot every view draws from (see snapshot.hpp).
// The generic part (names, states, who is blocked on what) is here; what a
// kind of object shows comes from its rules (core/primitives/*_rules.cpp).
#include "core/observer/snapshot.hpp"

#include <cstdio>
#include <cstring>

#include "core/primitives/kind_util.hpp"
#include "core/common/value_bytes.hpp"

namespace il::core {

namespace {

constexpr double kNsPerSecond = 1e9;

// Operations whose pending value is a timeout in ns when the worker has one.
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

bool finished(WorkerState s) { return s == WorkerState::Done || s == WorkerState::Zombie; }

void read_worker(const Arena& a, uint16_t i, WorkerView& v) {
    const WorkerSlot& w = a.worker(i);
    v.known = true;
    v.index = i;
    v.name = std::string(a.worker_name(i));
    v.kind = w.kind;
    v.parent = w.parent;
    v.process = w.process;
    v.pid = w.pid.load(std::memory_order_relaxed);
    v.ppid = w.ppid.load(std::memory_order_relaxed);
    v.tid = w.tid.load(std::memory_order_relaxed);
    v.exitcode = w.exitcode.load(std::memory_order_relaxed);
    v.flags = w.flags.load(std::memory_order_relaxed);
    v.state = static_cast<WorkerState>(w.state.load(std::memory_order_acquire));
    v.done = finished(v.state) || w.done.load(std::memory_order_acquire) != 0;
    v.op = static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire));
    v.op_object = w.pending_object.load(std::memory_order_relaxed);
    v.op_value = w.pending_value.load(std::memory_order_relaxed);
    v.line = w.pending_line.load(std::memory_order_relaxed);
    v.has_timeout = (v.flags & kWorkerHasTimeout) != 0;
    const std::string_view object_name = v.op_object == kNoObject ? std::string_view() : a.object_name(v.op_object);
    const ObjectKind op_kind = v.op_object != kNoObject && v.op_object < a.object_count() ? a.object(v.op_object).kind
                                                                                          : ObjectKind::None;
    if (v.op == OpKind::User && v.op_object != kNoObject && op_kind == ObjectKind::None)
        v.call = step_label_text(object_name, v.op_value);
    else if (v.op == OpKind::User && op_kind == ObjectKind::Outside)  // in, or back from, uninstrumented code
        v.call = std::string(object_name) +
                 (v.state == WorkerState::Outside ? "() — not observed" : "() returns (not observed)");
    else
        v.call = call_text(v.op, object_name, v.op_value, v.has_timeout);
    const std::string why = wait_reason(a, i, v.op, v.op_object);
    v.why_not = why.empty() ? "it cannot go on yet" : why;
    if (v.state == WorkerState::Blocked) {
        v.blocked_on = w.blocked_on.load(std::memory_order_acquire);
        v.blocked_reason = wait_reason(a, i, v.op, v.blocked_on, true);
        v.blocked_reason_short = wait_reason(a, i, v.op, v.blocked_on, false);
    }
}

// A blocked worker's call, guessed from what it waits on (a saved run has no
// pending operations).
std::string waiting_call(const TraceStore& s, uint32_t obj) {
    if (obj == kNoObject || obj >= s.object_count()) return "";
    const ObjectInfo& o = s.object(obj);
    const std::string_view call = rules_of(o.kind).blocked_call;
    return call.empty() ? "waits on " + o.name : o.name + std::string(call);
}

}  // namespace

std::string RunSnapshot::worker_name(uint16_t w) const {
    if (const WorkerView* v = worker(w)) return v->name;
    return w == kNoWorker ? "?" : "worker " + std::to_string(w);
}

std::string RunSnapshot::object_name(uint32_t o) const {
    if (const ObjectView* v = object(o)) return v->name;
    return o == kNoObject ? "?" : "object " + std::to_string(o);
}

std::string RunSnapshot::worker_list(const std::vector<uint16_t>& ws) const {
    std::string s;
    for (uint16_t w : ws) s += (s.empty() ? "" : ", ") + worker_name(w);
    return s;
}

RunSnapshot snapshot_live(const Arena& a, const TraceStore& store) {
    RunSnapshot s;
    s.live = true;
    s.run_pid = a.header().run_pid.load(std::memory_order_relaxed);
    const uint32_t nw = a.worker_count(), no = a.object_count();
    s.workers.resize(nw);
    s.objects.resize(no);
    std::vector<std::vector<uint16_t>> blocked(no);
    for (uint32_t i = 0; i < nw; ++i) {
        if (!a.worker(i).used.load(std::memory_order_acquire)) continue;
        WorkerView& v = s.workers[i];
        read_worker(a, static_cast<uint16_t>(i), v);
        if (v.state == WorkerState::Blocked && v.blocked_on < no) blocked[v.blocked_on].push_back(v.index);
    }
    for (uint32_t i = 0; i < no; ++i) {
        const ObjectSlot& o = a.object(i);
        if (!o.used.load(std::memory_order_acquire)) continue;
        ObjectView& v = s.objects[i];
        v.known = true;
        v.index = i;
        v.name = std::string(a.object_name(i));
        v.kind = o.kind;
        v.kind_text = kind_text(o.kind);
        v.value_type = static_cast<ValueType>(o.value_type);
        v.waiters = blocked[i];
        if (o.kind == ObjectKind::Worker) v.stands_for = static_cast<uint16_t>(o.worker);
        if (const auto read = rules_of(o.kind).read_live) read({a, store, i, blocked[i]}, v);
    }
    return s;
}

RunSnapshot snapshot_saved(const TraceStore& s) {
    RunSnapshot out;
    const int64_t t = s.end_ns();
    const SavedFacts facts = gather_saved_facts(s);
    out.workers.resize(s.worker_count());
    out.objects.resize(s.object_count());
    for (size_t i = 0; i < s.worker_count(); ++i) {
        const auto w = static_cast<uint16_t>(i);
        const WorkerInfo& info = s.worker(w);
        if (!info.known) continue;
        WorkerView& v = out.workers[i];
        v.known = true;
        v.index = w;
        v.name = info.name;
        v.kind = info.kind;
        v.parent = info.parent;
        v.process = info.process;
        v.pid = info.pid;
        v.ppid = info.ppid;
        v.exitcode = info.exitcode;
        v.flags = info.flags;
        const auto iv = s.intervals(w);
        if (iv.empty()) continue;
        const StateInterval& last = iv.back();
        v.state = last.state;
        v.done = finished(v.state);
        v.line = last.line;
        if (v.state == WorkerState::Blocked) v.blocked_on = last.object;
        if (v.state == WorkerState::Blocked || v.state == WorkerState::Ready) v.call = waiting_call(s, last.object);
    }
    for (size_t i = 0; i < s.object_count(); ++i) {
        const auto o = static_cast<uint32_t>(i);
        const ObjectInfo& info = s.object(o);
        if (!info.known) continue;
        ObjectView& v = out.objects[i];
        v.known = true;
        v.index = o;
        v.name = info.name;
        v.kind = info.kind;
        v.kind_text = kind_text(info.kind);
        v.value_type = info.value_type;
        v.capacity = info.capacity;
        v.stands_for = info.kind == ObjectKind::Worker ? info.worker : kNoWorker;
        v.level = s.level_at(o, t);
        v.holders = s.holders_at(o, t);
        v.waiters = s.waiters_at(o, t);
        if (const auto read = rules_of(info.kind).read_saved) read({s, o, t, facts}, v);
        if (!v.waiters.empty()) {
            v.fields.push_back({"waiting", worker_list(s, v.waiters)});
            v.contended = true;
        }
    }
    return out;
}

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
    const std::string call = with_parentheses(to_string(op), args);
    if (object.empty()) return call;
    return std::string(object) + "." + call;
}

std::string step_label_text(std::string_view label, int64_t switch_mark) {
    std::string out(label);
    if (switch_mark == kStepNoSwitch) out += "  (3.11 never switches threads here)";
    return out;
}

std::string format_bits(ValueType type, int64_t bits) {
    switch (type) {
        case ValueType::Int: return std::to_string(bits);
        case ValueType::Double: {
            std::string bytes(sizeof bits, '\0');
            std::memcpy(bytes.data(), &bits, sizeof bits);
            return format_value(ValueType::Double, bytes);
        }
        case ValueType::Bool: return bits ? "True" : "False";
        case ValueType::Text: return "a text of " + std::to_string(bits) + " bytes";
        case ValueType::Repr: return "a Python object";
        case ValueType::None: break;
    }
    return std::to_string(bits);
}

}  // namespace il::core
