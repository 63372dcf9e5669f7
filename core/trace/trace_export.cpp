// core/trace/trace_export.cpp — Chrome Trace Event JSON writer (see the header).
#include "core/common/i18n.hpp"
#include "core/trace/trace_export.hpp"

#include <cstdio>
#include <sstream>
#include <stdexcept>

#include "core/io/file_write.hpp"

namespace il::core {

namespace {

constexpr int64_t kRunPid = 1;
constexpr size_t kMaxNameText = 80;  // marker names quote at most this much of a text

// "12.345": ns as microseconds, exactly.
void append_us(std::string& s, int64_t ns) {
    uint64_t u = static_cast<uint64_t>(ns);
    if (ns < 0) {
        s += '-';
        u = 0 - u;
    }
    char frac[8];
    std::snprintf(frac, sizeof frac, ".%03u", static_cast<unsigned>(u % 1000));
    s += std::to_string(u / 1000);
    s += frac;
}

// Length of the valid UTF-8 sequence at s[i], 0 if it is not one.
size_t utf8_length(std::string_view s, size_t i) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const auto cont = [&](size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
    const unsigned char c = b(0);
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) > 0x9F)) return 0;  // overlong, surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if ((c == 0xF0 && b(1) < 0x90) || (c == 0xF4 && b(1) > 0x8F)) return 0;  // overlong, > U+10FFFF
        return 4;
    }
    return 0;
}

// One trace event being built: {"ph":..,"pid":..,"tid":..,"name":.. then fields.
class Event {
public:
    Event(char ph, int64_t tid, std::string_view name, std::string_view cat = {}) {
        s_ = "{\"ph\":\"";
        s_ += ph;
        s_ += "\",\"pid\":" + std::to_string(kRunPid) + ",\"tid\":" + std::to_string(tid) + ",\"name\":";
        append_json_string(s_, name);
        if (!cat.empty()) {
            s_ += ",\"cat\":";
            append_json_string(s_, cat);
        }
    }
    Event& time(std::string_view key, int64_t ns) {
        s_ += ",\"" + std::string(key) + "\":";
        append_us(s_, ns);
        return *this;
    }
    Event& raw(std::string_view key, std::string_view json) {
        s_ += ",\"" + std::string(key) + "\":";
        s_ += json;
        return *this;
    }
    Event& arg(std::string_view key, int64_t v) { return add_arg(key, std::to_string(v)); }
    Event& arg(std::string_view key, bool v) { return add_arg(key, v ? "true" : "false"); }
    Event& arg(std::string_view key, std::string_view v) {
        std::string q;
        append_json_string(q, v);
        return add_arg(key, q);
    }
    std::string done() {
        if (!args_.empty()) s_ += ",\"args\":{" + args_ + "}";
        return s_ + "}";
    }

private:
    Event& add_arg(std::string_view key, const std::string& json) {
        if (!args_.empty()) args_ += ',';
        append_json_string(args_, key);
        args_ += ':' + json;
        return *this;
    }
    std::string s_, args_;
};

class Writer {
public:
    explicit Writer(std::ostream& out) : out_(out) {}
    void put(Event& e) {
        out_ << (first_ ? "\n" : ",\n") << e.done();
        first_ = false;
    }

private:
    std::ostream& out_;
    bool first_ = true;
};

int64_t worker_tid(uint16_t w) { return int64_t(w) + 1; }
int64_t lock_tid(uint32_t o, size_t slot) { return kLockTidBase + int64_t(o) * kLockTidSlots + int64_t(slot); }

void name_track(Writer& w, int64_t tid, std::string_view name, int64_t sort) {
    Event n('M', tid, "thread_name");
    n.arg("name", name);
    w.put(n);
    Event s('M', tid, "thread_sort_index");
    s.arg("sort_index", sort);
    w.put(s);
}

void write_metadata(Writer& w, const TraceStore& st) {
    Event p('M', 0, "process_name");
    p.arg("name", "Interleave: " + (st.run_info().demo_id.empty() ? std::string("run") : st.run_info().demo_id));
    w.put(p);
    for (uint16_t i = 0; i < st.worker_count(); ++i) {
        if (st.intervals(i).empty() && st.markers(i).empty()) continue;
        const WorkerInfo& info = st.worker(i);
        std::string label(info.name);
        if (info.kind == WorkerKind::Process && info.pid != 0) label += " (pid " + std::to_string(info.pid) + ")";
        name_track(w, worker_tid(i), label, i);
    }
    for (uint32_t o = 0; o < st.object_count(); ++o)
        for (size_t slot = 0; slot < st.hold_slots(o) && slot < size_t(kLockTidSlots); ++slot) {
            std::string label = std::string(to_string(st.object(o).kind)) + " " + std::string(st.object_name(o));
            if (st.hold_slots(o) > 1) label += " #" + std::to_string(slot + 1);
            name_track(w, lock_tid(o, slot), label, lock_tid(o, slot));
        }
}

std::string state_name(const TraceStore& st, const StateInterval& iv) {
    std::string n(to_string(iv.state));
    if (iv.state == WorkerState::Blocked && iv.object != kNoObject) n += " on " + std::string(st.object_name(iv.object));
    return n;
}

void write_states(Writer& w, const TraceStore& st, uint16_t worker) {
    for (const StateInterval& iv : st.intervals(worker)) {
        if (iv.state == WorkerState::New || iv.state == WorkerState::Done) continue;
        const int64_t end = iv.t1 == kOpenEnd ? st.end_ns() : iv.t1;
        if (end <= iv.t0) continue;  // nothing to see
        Event e('X', worker_tid(worker), state_name(st, iv), "state");
        e.time("ts", iv.t0).time("dur", end - iv.t0);
        e.arg("state", to_string(iv.state)).arg("line", int64_t(iv.line));
        if (iv.object != kNoObject) e.arg("object", st.object_name(iv.object));
        if (iv.merged > 1) e.arg("merged", int64_t(iv.merged));
        w.put(e);
    }
}

std::string marker_name(const TraceStore& st, const Marker& m) {
    std::string n(to_string(m.kind));
    if (m.text != kNoText) {
        std::string t(st.text(m.text).substr(0, kMaxNameText));
        if (const size_t nl = t.find('\n'); nl != std::string::npos) t.resize(nl);
        if (m.kind == MarkerKind::Result) {
            if (const size_t tab = t.find('\t'); tab != std::string::npos) t.replace(tab, 1, " = ");
        }
        n += ": " + t;
    }
    return n;
}

void write_markers(Writer& w, const TraceStore& st, uint16_t worker) {
    for (const Marker& m : st.markers(worker)) {
        const bool run_level = worker == kNoWorker;
        Event e('i', run_level ? 0 : worker_tid(worker), marker_name(st, m), "marker");
        e.time("ts", m.t).raw("s", run_level ? "\"g\"" : "\"t\"");
        e.arg("kind", to_string(m.kind)).arg("line", int64_t(m.line));
        if (m.text == kNoText) e.arg("value", m.value);  // a text marker's value is its text index
        if (m.object != kNoObject) e.arg("object", st.object_name(m.object));
        if (m.text != kNoText) e.arg("text", st.text(m.text));
        w.put(e);
    }
}

void write_holds(Writer& w, const TraceStore& st, uint32_t o) {
    for (size_t slot = 0; slot < st.hold_slots(o) && slot < size_t(kLockTidSlots); ++slot)
        for (const HoldInterval& h : st.holds(o, slot)) {
            const int64_t end = h.t1 == kOpenEnd ? st.end_ns() : h.t1;
            if (end <= h.t0) continue;
            Event e('X', lock_tid(o, slot), st.worker_name(h.holder), h.contended ? "lock,contended" : "lock");
            e.time("ts", h.t0).time("dur", end - h.t0);
            e.arg("holder", st.worker_name(h.holder)).arg("contended", h.contended);
            e.arg("max_waiters", int64_t(h.max_waiters)).arg("line", int64_t(h.line));
            if (h.merged > 1) e.arg("merged", int64_t(h.merged));
            w.put(e);
        }
}

std::string_view level_series(ObjectKind k) {
    switch (k) {
        case ObjectKind::Queue: return "size";
        case ObjectKind::Event: return "set";
        default: return "value";
    }
}

void write_levels(Writer& w, const TraceStore& st, uint32_t o) {
    const std::string name = std::string(to_string(st.object(o).kind)) + " " + std::string(st.object_name(o));
    for (const LevelSample& s : st.samples(o)) {
        Event e('C', 0, name, "level");
        e.time("ts", s.t).raw("id", std::to_string(o));
        e.arg(level_series(st.object(o).kind), s.value);
        w.put(e);
    }
}

void write_handoffs(Writer& w, const TraceStore& st, uint32_t o, int64_t& next_id) {
    const std::string name = "hand-off " + std::string(st.object_name(o));
    for (const HandOff& h : st.handoffs(o)) {
        const std::string id = std::to_string(next_id++);
        Event s('s', worker_tid(h.from), name, "handoff");
        s.time("ts", h.t_release).raw("id", id);
        w.put(s);
        Event f('f', worker_tid(h.to), name, "handoff");
        f.time("ts", h.t_obtain).raw("id", id).raw("bp", "\"e\"");
        w.put(f);
    }
}

void write_other_data(std::ostream& out, const TraceStore& st) {
    std::string s = "\"otherData\":{\"demo\":";
    append_json_string(s, st.run_info().demo_id);
    s += ",\"mode\":";
    append_json_string(s, st.run_info().mode);
    s += ",\"params\":[";
    for (size_t i = 0; i < st.run_info().params.size(); ++i) {
        if (i) s += ',';
        append_json_string(s, st.run_info().params[i]);
    }
    s += "],\"results\":{";
    for (size_t i = 0; i < st.results().size(); ++i) {
        if (i) s += ',';
        append_json_string(s, st.results()[i].key);
        s += ':';
        append_json_string(s, st.results()[i].value);
    }
    const TraceCounts& c = st.counts();
    s += "},\"events\":" + std::to_string(c.events) + ",\"dropped\":" + std::to_string(c.dropped) +
         ",\"thinned\":" + std::to_string(c.raw_thinned) + "}";
    out << s;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = utf8_length(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
            ++i;
            continue;
        }
        if (n > 1) {
            out.append(s.substr(i, n));
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
        i += n;
    }
    out += '"';
}

void write_chrome_trace(const TraceStore& st, std::ostream& out) {
    out << "{\"displayTimeUnit\":\"ns\",";
    write_other_data(out, st);
    out << ",\"traceEvents\":[";
    Writer w(out);
    write_metadata(w, st);
    for (uint16_t i = 0; i < st.worker_count(); ++i) {
        write_states(w, st, i);
        write_markers(w, st, i);
    }
    write_markers(w, st, kNoWorker);
    int64_t flow_id = 1;
    for (uint32_t o = 0; o < st.object_count(); ++o) {
        write_holds(w, st, o);
        write_levels(w, st, o);
        write_handoffs(w, st, o, flow_id);
    }
    out << "\n]}\n";
}

void write_chrome_trace_file(const TraceStore& store, const std::string& path) {
    std::ostringstream out;
    write_chrome_trace(store, out);
    write_file(path, out.str(), N_("Chrome trace file"));
}

}  // namespace il::core
