// core/trace/trace_file.cpp — native trace file writer and checked reader (see the header).
#include "core/common/i18n.hpp"
#include "core/trace/trace_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "core/io/file_input.hpp"
#include "core/io/file_write.hpp"

namespace il::core {

namespace {

constexpr char kMagic[8] = {'I', 'L', 'T', 'R', 'A', 'C', 'E', '\0'};
constexpr size_t kHeaderBytes = 24;  // magic, version, flags, body size
constexpr size_t kTrailerBytes = 8;  // checksum
constexpr size_t kEventBytes = 40;
constexpr uint32_t kFlagThinned = 1;

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

template <typename T>
T get_le(const char* p) {
    uint64_t v = 0;
    for (size_t i = 0; i < sizeof(T); ++i) v |= uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    return static_cast<T>(v);
}

class Out {
public:
    template <typename T>
    void le(T v) {
        const auto u = static_cast<uint64_t>(v);
        char b[sizeof(T)];
        for (size_t i = 0; i < sizeof(T); ++i) b[i] = static_cast<char>((u >> (8 * i)) & 0xff);
        bytes.append(b, sizeof(T));
    }
    void str(std::string_view s) {
        le<uint32_t>(static_cast<uint32_t>(s.size()));
        bytes.append(s);
    }
    std::string bytes;
};

// Reads the body; every read is checked against the bytes left.
class In {
public:
    In(std::string_view body, std::string source) : b_(body), source_(std::move(source)) {}

    template <typename T>
    T le(const char* what) {
        need(sizeof(T), what);
        const T v = get_le<T>(b_.data() + pos_);
        pos_ += sizeof(T);
        return v;
    }
    std::string str(const char* what) {
        const uint32_t n = le<uint32_t>(what);
        need(n, what);
        std::string s(b_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    // A count of entries of at least `min_bytes` each, checked before anything is allocated for it.
    uint64_t count(uint64_t n, size_t min_bytes, const char* what) {
        if (n > (b_.size() - pos_) / min_bytes)
            fail("it claims " + std::to_string(n) + " " + what + " but only " + std::to_string(b_.size() - pos_) +
                 " bytes remain");
        return n;
    }
    bool at_end() const { return pos_ == b_.size(); }
    size_t left() const { return b_.size() - pos_; }
    [[noreturn]] void fail(const std::string& what) const {
        // `what` names the broken field in the format's own (English) terms.
        throw TraceFileError(i18n::trf("{file}: corrupt trace file: {what} (at byte {byte})",
                                       {{"file", source_}, {"what", what}, {"byte", std::to_string(kHeaderBytes + pos_)}}));
    }

private:
    void need(size_t n, const char* what) const {
        if (n > b_.size() - pos_) fail(std::string("it ends inside ") + what);
    }
    std::string_view b_;
    size_t pos_ = 0;
    std::string source_;
};

// --- writing -----------------------------------------------------------------

void write_tables(Out& o, const TraceStore& st) {
    const RunInfo& run = st.run_info();
    o.str(run.demo_id);
    o.str(run.mode);
    o.le<uint32_t>(static_cast<uint32_t>(run.params.size()));
    for (const std::string& p : run.params) o.str(p);
    const TraceCounts& c = st.counts();
    for (uint64_t v : {c.events, c.dropped, c.late, c.raw_thinned, c.coarsened, c.markers_thinned, c.console_dropped,
                       c.texts_dropped})
        o.le<uint64_t>(v);
    o.le<uint32_t>(static_cast<uint32_t>(c.by_kind.size()));
    for (uint64_t v : c.by_kind) o.le<uint64_t>(v);
    uint32_t known = 0;
    for (uint16_t i = 0; i < st.worker_count(); ++i) known += st.worker(i).known;
    o.le<uint32_t>(known);
    for (uint16_t i = 0; i < st.worker_count(); ++i) {
        const WorkerInfo& w = st.worker(i);
        if (!w.known) continue;
        o.le<uint16_t>(i);
        o.str(w.name);
        o.le<uint8_t>(static_cast<uint8_t>(w.kind));
        o.le<uint16_t>(w.parent);
        o.le<uint16_t>(w.process);
        o.le<uint32_t>(w.object);
        for (int32_t v : {w.pid, w.ppid, w.exitcode}) o.le<int32_t>(v);
        o.le<uint32_t>(w.flags);
        o.le<uint32_t>(w.line);
    }
}

void write_objects_and_cycle(Out& o, const TraceStore& st) {
    uint32_t known = 0;
    for (uint32_t i = 0; i < st.object_count(); ++i) known += st.object(i).known;
    o.le<uint32_t>(known);
    for (uint32_t i = 0; i < st.object_count(); ++i) {
        const ObjectInfo& x = st.object(i);
        if (!x.known) continue;
        o.le<uint32_t>(i);
        o.str(x.name);
        o.le<uint8_t>(static_cast<uint8_t>(x.kind));
        o.le<uint8_t>(static_cast<uint8_t>(x.value_type));
        o.le<uint16_t>(x.creator);
        o.le<uint16_t>(x.worker);
        o.le<uint32_t>(x.line);
        o.le<uint32_t>(x.capacity);
    }
    const auto& cycle = st.deadlock_cycle();
    const size_t n = cycle ? std::min(cycle->workers.size(), cycle->objects.size()) : 0;
    o.le<uint32_t>(static_cast<uint32_t>(n));
    for (size_t i = 0; i < n; ++i) {
        o.le<uint16_t>(cycle->workers[i]);
        o.le<uint32_t>(cycle->objects[i]);
    }
}

// Texts the kept events refer to, renumbered in order of first use.
void write_texts_and_events(Out& o, const TraceStore& st) {
    std::vector<uint32_t> renumber(st.texts().size(), kNoText);
    std::vector<uint32_t> used;
    for (const TraceEvent& e : st.events()) {
        if (!carries_text(e.kind, e.flags) || static_cast<uint64_t>(e.value) >= renumber.size()) continue;
        uint32_t& r = renumber[static_cast<size_t>(e.value)];
        if (r == kNoText) {
            r = static_cast<uint32_t>(used.size());
            used.push_back(static_cast<uint32_t>(e.value));
        }
    }
    o.le<uint32_t>(static_cast<uint32_t>(used.size()));
    for (uint32_t id : used) o.str(st.text(id));
    o.le<uint64_t>(st.events().size());
    for (const TraceEvent& e : st.events()) {
        int64_t value = e.value;
        if (carries_text(e.kind, e.flags))
            value = static_cast<uint64_t>(e.value) < renumber.size() ? renumber[size_t(e.value)] : kNoText;
        o.le<uint64_t>(e.seq);
        o.le<uint64_t>(e.tsc);
        o.le<int64_t>(value);
        o.le<uint32_t>(e.object);
        o.le<uint32_t>(e.line);
        o.le<uint16_t>(e.worker);
        o.le<uint8_t>(static_cast<uint8_t>(e.kind));
        o.le<uint8_t>(e.flags);
        o.le<uint32_t>(e.step);
    }
}

// --- reading -------------------------------------------------------------------

RunInfo read_run(In& in, TraceCounts& c) {
    RunInfo run;
    run.demo_id = in.str("the demo id");
    run.mode = in.str("the mode");
    const uint64_t n = in.count(in.le<uint32_t>("the parameter count"), 4, "parameters");
    for (uint64_t i = 0; i < n; ++i) run.params.push_back(in.str("a parameter"));
    for (uint64_t* v : {&c.events, &c.dropped, &c.late, &c.raw_thinned, &c.coarsened, &c.markers_thinned,
                        &c.console_dropped, &c.texts_dropped})
        *v = in.le<uint64_t>("the counts");
    const uint64_t kinds = in.count(in.le<uint32_t>("the kind count"), 8, "per-kind counts");
    for (uint64_t i = 0; i < kinds; ++i) {
        const uint64_t v = in.le<uint64_t>("the per-kind counts");
        if (i < c.by_kind.size()) c.by_kind[i] = v;  // counts of kinds this build does not know are dropped
    }
    return run;
}

void read_workers(In& in, TraceStore& st) {
    const uint64_t n = in.count(in.le<uint32_t>("the worker count"), 35, "workers");
    for (uint64_t i = 0; i < n; ++i) {
        const uint16_t index = in.le<uint16_t>("a worker");
        if (index >= kMaxWorkerLanes) in.fail("worker index " + std::to_string(index) + " is out of range");
        WorkerInfo w;
        w.name = in.str("a worker name");
        const uint8_t kind = in.le<uint8_t>("a worker");
        if (kind > static_cast<uint8_t>(WorkerKind::Process)) in.fail("worker kind " + std::to_string(kind) + " is unknown");
        w.kind = static_cast<WorkerKind>(kind);
        w.parent = in.le<uint16_t>("a worker");
        w.process = in.le<uint16_t>("a worker");
        w.object = in.le<uint32_t>("a worker");
        w.pid = in.le<int32_t>("a worker");
        w.ppid = in.le<int32_t>("a worker");
        w.exitcode = in.le<int32_t>("a worker");
        w.flags = in.le<uint32_t>("a worker");
        w.line = in.le<uint32_t>("a worker");
        st.set_worker(index, std::move(w));
    }
}

void read_objects(In& in, TraceStore& st) {
    const uint64_t n = in.count(in.le<uint32_t>("the object count"), 22, "objects");
    for (uint64_t i = 0; i < n; ++i) {
        const uint32_t index = in.le<uint32_t>("an object");
        if (index >= kMaxObjectLanes) in.fail("object index " + std::to_string(index) + " is out of range");
        ObjectInfo o;
        o.name = in.str("an object name");
        const uint8_t kind = in.le<uint8_t>("an object");
        const uint8_t vt = in.le<uint8_t>("an object");
        if (kind > static_cast<uint8_t>(ObjectKind::Outside) || vt > static_cast<uint8_t>(ValueType::Repr))
            in.fail("object " + std::to_string(index) + " has an unknown kind or value type");
        o.kind = static_cast<ObjectKind>(kind);
        o.value_type = static_cast<ValueType>(vt);
        o.creator = in.le<uint16_t>("an object");
        o.worker = in.le<uint16_t>("an object");
        o.line = in.le<uint32_t>("an object");
        o.capacity = in.le<uint32_t>("an object");
        st.set_object(index, std::move(o));
    }
    const uint64_t members = in.count(in.le<uint32_t>("the deadlock cycle"), 6, "deadlock cycle members");
    if (members == 0) return;
    Cycle c;
    for (uint64_t i = 0; i < members; ++i) {
        c.workers.push_back(in.le<uint16_t>("the deadlock cycle"));
        c.objects.push_back(in.le<uint32_t>("the deadlock cycle"));
    }
    st.set_deadlock_cycle(std::move(c));
}

void read_events(In& in, TraceStore& st) {
    const uint64_t nt = in.count(in.le<uint32_t>("the text count"), 4, "texts");
    std::vector<std::string> texts;
    texts.reserve(nt);
    for (uint64_t i = 0; i < nt; ++i) texts.push_back(in.str("a text"));
    const uint64_t n = in.count(in.le<uint64_t>("the event count"), kEventBytes, "events");
    for (uint64_t i = 0; i < n; ++i) {
        TraceEvent e{};
        e.seq = in.le<uint64_t>("an event");
        e.tsc = in.le<uint64_t>("an event");
        e.value = in.le<int64_t>("an event");
        e.object = in.le<uint32_t>("an event");
        e.line = in.le<uint32_t>("an event");
        e.worker = in.le<uint16_t>("an event");
        const uint8_t kind = in.le<uint8_t>("an event");
        e.flags = in.le<uint8_t>("an event");
        e.step = in.le<uint32_t>("an event");
        if (kind >= static_cast<uint8_t>(EventKind::Count))
            in.fail("event " + std::to_string(i) + " has unknown kind " + std::to_string(kind));
        e.kind = static_cast<EventKind>(kind);
        if (!carries_text(e.kind, e.flags)) {
            st.append(e);
            continue;
        }
        if (e.value < 0 || static_cast<uint64_t>(e.value) >= texts.size())
            in.fail("event " + std::to_string(i) + " refers to text " + std::to_string(e.value) + " of " +
                    std::to_string(texts.size()));
        st.append(e, texts[static_cast<size_t>(e.value)]);
    }
}

// Magic, version, size and checksum; returns the body.
std::string_view check_envelope(std::string_view b, const std::string& src) {
    const std::pair<std::string_view, std::string_view> file{"file", src};
    if (b.empty()) throw TraceFileError(i18n::trf("{file}: the file is empty, not an Interleave trace", {file}));
    if (b.size() < sizeof kMagic || std::memcmp(b.data(), kMagic, sizeof kMagic) != 0)
        throw TraceFileError(i18n::trf("{file}: not an Interleave trace file (it does not start with ILTRACE)", {file}));
    if (b.size() < kHeaderBytes)
        throw TraceFileError(i18n::trf("{file}: truncated trace file (the header is incomplete)", {file}));
    const auto version = get_le<uint32_t>(b.data() + 8);
    if (version != kTraceFileVersion)
        throw TraceFileError(i18n::trf("{file}: trace file version {version}; this build reads version {ours}",
                                       {file, {"version", std::to_string(version)},
                                        {"ours", std::to_string(kTraceFileVersion)}}));
    const auto body = get_le<uint64_t>(b.data() + 16);
    if (body > kMaxTraceFileBytes)
        throw TraceFileError(i18n::trf("{file}: corrupt trace file (its header claims {n} bytes)",
                                       {file, {"n", std::to_string(body)}}));
    const uint64_t expected = kHeaderBytes + body + kTrailerBytes;
    if (b.size() < expected)
        throw TraceFileError(i18n::trf("{file}: truncated trace file ({n} of {expected} bytes)",
                                       {file, {"n", std::to_string(b.size())}, {"expected", std::to_string(expected)}}));
    if (b.size() > expected)
        throw TraceFileError(i18n::trf("{file}: corrupt trace file ({n} unexpected bytes after its end)",
                                       {file, {"n", std::to_string(b.size() - expected)}}));
    if (get_le<uint64_t>(b.data() + expected - kTrailerBytes) != fnv1a(b.substr(0, expected - kTrailerBytes)))
        throw TraceFileError(i18n::trf("{file}: corrupt trace file (checksum mismatch: it was damaged or edited)", {file}));
    return b.substr(kHeaderBytes, body);
}

}  // namespace

std::string serialize_trace(const TraceStore& store) {
    Out body;
    body.bytes.reserve(store.events().size() * kEventBytes + 4096);
    write_tables(body, store);
    write_objects_and_cycle(body, store);
    write_texts_and_events(body, store);
    Out all;
    all.bytes.reserve(kHeaderBytes + body.bytes.size() + kTrailerBytes);
    all.bytes.append(kMagic, sizeof kMagic);
    all.le<uint32_t>(kTraceFileVersion);
    all.le<uint32_t>(store.thinned() ? kFlagThinned : 0);
    all.le<uint64_t>(body.bytes.size());
    all.bytes += body.bytes;
    all.le<uint64_t>(fnv1a(all.bytes));
    return std::move(all.bytes);
}

TraceStore parse_trace(std::string_view bytes, std::string_view source, TraceLimits limits) {
    const std::string src(source);
    In in(check_envelope(bytes, src), src);
    TraceStore st(limits);
    TraceCounts counts;
    RunInfo run = read_run(in, counts);
    read_workers(in, st);
    read_objects(in, st);
    read_events(in, st);
    if (!in.at_end()) in.fail(std::to_string(in.left()) + " unexpected bytes after the events");
    st.set_run_info(std::move(run));
    counts.raw_thinned += st.counts().raw_thinned;  // more thinning if these limits are tighter
    st.set_counts(counts);
    return st;
}

void save_trace(const TraceStore& store, const std::string& path) {
    try {
        write_file(path, serialize_trace(store), N_("trace file"));
    } catch (const FileWriteError& e) {
        throw TraceFileError(e.what());
    }
}

TraceStore load_trace(const std::string& path, TraceLimits limits) {
    std::string bytes;
    try {
        bytes = read_bounded_file(path, kMaxTraceFileBytes, N_("trace file"));
    } catch (const FileInputError& e) {
        throw TraceFileError(e.what());
    }
    return parse_trace(bytes, printable(path, 200), limits);
}

}  // namespace il::core
