// core/trace/trace_drain.cpp — TraceStore's consumer side of the arena's rings: take
// each ring's new events, merge the batches by seq, commit what is safe.
#include <algorithm>
#include <cstring>

#include "core/trace/trace.hpp"

namespace il::core {

namespace {

constexpr std::string_view kLostTextNotice = "[text lost: the console ring was overwritten before it was read]";

bool seq_less(const TraceEvent& a, const TraceEvent& b) { return a.seq < b.seq; }

std::string fixed_string(const char* s, size_t max) { return std::string(s, strnlen(s, max)); }

}  // namespace

size_t TraceStore::drain(const Arena& a) {
    // Every seq below `next` was drawn before this load, and (acquire on the
    // draw's release) its producer's in-flight mark is visible now: each seq
    // below `next` is either still marked in flight, or its event is in the
    // ring by the time the ring is read below. A producer caught drawing may
    // hold any seq below `next`, so then nothing new is committed this time.
    const uint64_t next = a.header().next_seq.load(std::memory_order_acquire);
    uint64_t bound = next;
    bool drawing = false;
    const uint32_t workers = a.worker_count();
    for (uint32_t r = 0; r <= workers; ++r) {
        const uint32_t ring = r == workers ? a.director_index() : r;
        // A producer that died mid-record had its mark cleared by whoever
        // found it dead (mark_dead, record_reaped): its event never comes.
        const uint64_t mark = a.worker(ring).stamping.load(std::memory_order_acquire);
        if (mark == kStampDrawing) drawing = true;
        else if (mark != 0) bound = std::min(bound, mark - 1);
    }
    size_t n = 0;
    for (uint32_t r = 0; r < workers; ++r) n += drain_ring(a, r, false);
    n += drain_ring(a, a.director_index(), true);
    snapshot_tables(a);  // after the rings: every worker/object an event names is in the tables
    if (!drawing) safe_seq_ = std::max(safe_seq_, bound);
    commit_below(safe_seq_);
    return n;
}

void TraceStore::finish() { commit_below(UINT64_MAX); }

// Copies [tail, head) of one ring into pending_ and hands the space back.
// Ordering: head is loaded with acquire (pairs with the producer's release
// store, so the slots up to head are written); tail is stored with release
// after the copy, so the producer never overwrites a slot still being read.
size_t TraceStore::drain_ring(const Arena& a, uint32_t ring, bool director) {
    WorkerSlot& s = a.worker(ring);
    const uint64_t cap = a.header().ring_capacity;
    const uint64_t head = s.ring_head.load(std::memory_order_acquire);
    uint64_t tail = s.ring_tail.load(std::memory_order_relaxed);  // only this consumer writes it
    if (head == tail) return 0;
    if (head - tail > cap) tail = head - cap;  // a producer that overran its ring: keep what is there
    const TraceEvent* events = a.ring(ring);
    const size_t begin = pending_.size();
    pending_.reserve(begin + (head - tail));
    for (uint64_t i = tail; i != head; ++i) {
        TraceEvent e = events[i & (cap - 1)];
        e.tsc = static_cast<uint64_t>(a.ticks_to_ns(e.tsc));
        if (director && e.worker >= a.max_workers()) e.worker = kNoWorker;  // a run-level event
        if (carries_text(e.kind, e.flags)) e.value = capture_text(a, e.value);
        pending_.push_back(e);
    }
    s.ring_tail.store(head, std::memory_order_release);
    const auto first = pending_.begin() + static_cast<std::ptrdiff_t>(begin);
    if (!std::is_sorted(first, pending_.end(), seq_less)) std::stable_sort(first, pending_.end(), seq_less);
    pending_runs_.push_back(begin);
    return head - tail;
}

// The text of a Print/User/Result event must be read now: the console ring
// will be overwritten. Returns its index in texts().
uint32_t TraceStore::capture_text(const Arena& a, int64_t value) {
    const uint64_t offset = static_cast<uint64_t>(value) >> 16;
    const auto len = static_cast<uint32_t>(value & 0xffff);
    std::string s;
    if (!a.console_text(offset, len, s)) {
        ++counts_.texts_dropped;
        return add_text(kLostTextNotice);
    }
    return add_text(s);
}

void TraceStore::snapshot_tables(const Arena& a) {
    const ArenaHeader& h = a.header();
    if (run_.demo_id.empty()) run_.demo_id = fixed_string(h.demo_id, sizeof h.demo_id);
    run_.mode = to_string(a.mode());
    const uint32_t nw = std::min(a.worker_count(), kMaxWorkerLanes);
    for (uint32_t i = 0; i < nw; ++i) {
        const WorkerSlot& s = a.worker(i);
        if (!s.used.load(std::memory_order_acquire) || !lane(static_cast<uint16_t>(i))) continue;
        WorkerInfo& w = workers_[i];
        if (!w.known) {  // identity fields never change once `used` is published
            w.name = fixed_string(s.name, kNameLen);
            w.kind = s.kind;
            w.parent = s.parent;
            w.process = s.process;
            w.object = s.object;
            w.line = s.line.load(std::memory_order_relaxed);
            w.known = true;
        }
        w.pid = s.pid.load(std::memory_order_relaxed);
        w.ppid = s.ppid.load(std::memory_order_relaxed);
        w.exitcode = s.exitcode.load(std::memory_order_relaxed);
        w.flags = s.flags.load(std::memory_order_relaxed) | (w.flags & (kWorkerReaped | kWorkerOrphan));
    }
    const uint32_t no = std::min(a.object_count(), kMaxObjectLanes);
    for (uint32_t i = 0; i < no; ++i) {
        const ObjectSlot& s = a.object(i);
        if (!s.used.load(std::memory_order_acquire) || !object_lane(i)) continue;
        ObjectInfo& o = objects_[i];
        if (!o.known) {
            o.name = fixed_string(s.name, kNameLen);
            o.kind = s.kind;
            o.value_type = static_cast<ValueType>(s.value_type);
            o.creator = s.creator;
            o.line = s.line;
            o.known = true;
        }
        // Filled in by the creator right after the slot is published: re-read.
        o.worker = o.kind == ObjectKind::Worker ? static_cast<uint16_t>(s.worker) : kNoWorker;
        o.capacity = s.capacity;
    }
    if (!cycle_ && h.deadlock.found.load(std::memory_order_acquire) == 1) cycle_ = reported_cycle(a);
}

// Merges the sorted per-ring runs in pending_ into one (stable: equal seqs
// keep ring order, e.g. a Dropped event and the event that carried its seq).
void TraceStore::merge_pending_runs() {
    std::vector<size_t>& runs = pending_runs_;
    while (runs.size() > 1) {
        std::vector<size_t> merged;
        for (size_t i = 0; i < runs.size(); i += 2) {
            if (i + 1 < runs.size()) {
                const size_t end = i + 2 < runs.size() ? runs[i + 2] : pending_.size();
                const auto b = pending_.begin();
                std::inplace_merge(b + static_cast<std::ptrdiff_t>(runs[i]), b + static_cast<std::ptrdiff_t>(runs[i + 1]),
                                   b + static_cast<std::ptrdiff_t>(end), seq_less);
            }
            merged.push_back(runs[i]);
        }
        runs = std::move(merged);
    }
}

void TraceStore::commit_below(uint64_t seq) {
    merge_pending_runs();
    const auto cut = std::partition_point(pending_.begin(), pending_.end(),
                                          [seq](const TraceEvent& e) { return e.seq < seq; });
    for (auto it = pending_.begin(); it != cut; ++it) commit(*it);
    pending_.erase(pending_.begin(), cut);
    pending_runs_.clear();
    if (!pending_.empty()) pending_runs_.push_back(0);
}

}  // namespace il::core
