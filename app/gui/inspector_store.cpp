// app/gui/inspector_store.cpp — every object's state as the store knows it at
// its end: the inspector for a trace opened from a file (see inspector_model.hpp).
#include <map>

#include "app/gui/inspector_detail.hpp"
#include "app/gui/inspector_model.hpp"

namespace il::gui {

using core::EventKind;
using core::ObjectKind;
using core::TraceStore;

namespace {

std::string worker_list(const TraceStore& s, const std::vector<uint16_t>& ws) {
    std::string out;
    for (uint16_t w : ws) out += (out.empty() ? "" : ", ") + std::string(s.worker_name(w));
    return out;
}

void add_waiting(const TraceStore& s, InspectorEntry& e, const std::vector<uint16_t>& ws,
                 const char* label = "waiting") {
    if (ws.empty()) return;
    e.fields.push_back({label, worker_list(s, ws)});
    e.contended = true;
}

// What only the raw events tell, gathered in one pass over them: the last
// value each worker stored in each ThreadLocal, and each pool's task counts.
struct EventFacts {
    std::map<uint32_t, std::map<uint16_t, int64_t>> locals;  // object -> worker -> value bits
    struct Tasks {
        uint64_t submitted = 0, started = 0, done = 0, raised = 0;
    };
    std::map<uint32_t, Tasks> pools;
};

EventFacts gather(const TraceStore& s) {
    EventFacts f;
    for (const core::TraceEvent& ev : s.events()) {
        switch (ev.kind) {
            case EventKind::LocalSet: f.locals[ev.object][ev.worker] = ev.value; break;
            case EventKind::TaskSubmit: ++f.pools[ev.object].submitted; break;
            case EventKind::TaskStart: ++f.pools[ev.object].started; break;
            case EventKind::TaskDone:
                ++f.pools[ev.object].done;
                f.pools[ev.object].raised += ev.flags & 1u;
                break;
            default: break;
        }
    }
    return f;
}

void thread_local_entry(const TraceStore& s, uint32_t o, const EventFacts& f, InspectorEntry& e) {
    const auto it = f.locals.find(o);
    const size_t n = it == f.locals.end() ? 0 : it->second.size();
    e.summary = n == 0 ? "no thread set it" : "a value in " + std::to_string(n) + (n == 1 ? " thread" : " threads");
    if (n == 0) return;
    for (const auto& [w, v] : it->second)
        e.fields.push_back({std::string(s.worker_name(w)), format_bits(s.object(o).value_type, v)});
}

void pool_entry(uint32_t o, const EventFacts& f, InspectorEntry& e) {
    const auto it = f.pools.find(o);
    const EventFacts::Tasks t = it == f.pools.end() ? EventFacts::Tasks{} : it->second;
    e.summary = std::to_string(t.done) + " of " + std::to_string(t.submitted) + " tasks done";
    e.fields.push_back({"tasks", std::to_string(t.submitted) + " submitted, " + std::to_string(t.started) +
                                     " started, " + std::to_string(t.done) + " done" +
                                     (t.raised ? ", " + std::to_string(t.raised) + " raised" : "")});
}

void fill_store_entry(const TraceStore& s, uint32_t o, const EventFacts& f, InspectorEntry& e) {
    const int64_t t = s.end_ns();
    const core::ObjectInfo& info = s.object(o);
    const auto level = s.level_at(o, t);
    const auto holders = s.holders_at(o, t);
    switch (info.kind) {
        case ObjectKind::Lock:
        case ObjectKind::RLock:
        case ObjectKind::Gil: e.summary = holders.empty() ? "free" : "held by " + worker_list(s, holders); break;
        case ObjectKind::Semaphore:
        case ObjectKind::BoundedSemaphore:
            e.summary = level ? "value " + std::to_string(*level) : "never acquired";
            if (!holders.empty()) e.fields.push_back({"acquired by", worker_list(s, holders)});
            break;
        case ObjectKind::Event: e.summary = level && *level ? "set" : "clear"; break;
        case ObjectKind::Queue:
            e.summary = std::to_string(level.value_or(0)) + (info.capacity ? "/" + std::to_string(info.capacity) : "") +
                        " items" + (info.capacity ? "" : " (unbounded)");
            e.fields.push_back({"contents", "not recorded in a saved run"});
            break;
        case ObjectKind::Condition: e.summary = "a condition"; break;
        case ObjectKind::Shared: e.summary = level ? format_bits(info.value_type, *level) : "never stored"; break;
        case ObjectKind::ThreadLocal: thread_local_entry(s, o, f, e); break;
        case ObjectKind::Pool: pool_entry(o, f, e); break;
        default: break;
    }
    add_waiting(s, e, s.waiters_at(o, t));
}

}  // namespace

std::vector<InspectorEntry> inspect_store(const TraceStore& s) {
    const EventFacts facts = gather(s);
    std::vector<InspectorEntry> out;
    for (size_t i = 0; i < s.object_count(); ++i) {
        const auto o = static_cast<uint32_t>(i);
        const core::ObjectInfo& info = s.object(o);
        if (!info.known || !inspector_shows(info.kind)) continue;
        InspectorEntry e;
        e.object = o;
        e.name = info.name;
        e.kind = info.kind;
        e.kind_text = kind_text(info.kind);
        fill_store_entry(s, o, facts, e);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace il::gui
