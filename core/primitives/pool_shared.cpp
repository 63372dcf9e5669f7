#include "core/primitives/pool_shared.hpp"

#include <algorithm>
#include <cstring>

#include "core/common/futex.hpp"

namespace il::core {

namespace {

PoolShared* block_of(const Arena& a, const ObjectSlot& o) {
    if (o.kind != ObjectKind::Pool || o.heap == 0) return nullptr;
    return reinterpret_cast<PoolShared*>(a.heap(o.heap));
}

std::atomic<uint64_t>& ready_word_of(PoolShared& p, uint64_t job) {
    return p.ready[(job % kPoolReadyBits) / 64];
}
uint64_t ready_mask_of(uint64_t job) { return uint64_t{1} << (job % 64); }

}  // namespace

std::string_view to_string(PoolKind k) {
    switch (k) {
        case PoolKind::Pool: return "Pool";
        case PoolKind::ThreadPool: return "ThreadPool";
        case PoolKind::ThreadPoolExecutor: return "ThreadPoolExecutor";
        case PoolKind::ProcessPoolExecutor: return "ProcessPoolExecutor";
    }
    return "?";
}

std::string_view to_string(PoolState s) {
    switch (s) {
        case PoolState::Run: return "RUN";
        case PoolState::Close: return "CLOSE";
        case PoolState::Terminate: return "TERMINATE";
    }
    return "?";
}

uint32_t register_pool(PoolKind kind, std::string_view name, uint32_t workers, uint32_t line) {
    if (workers < 1 || workers > kPoolMaxWorkers)
        throw ValueError("Number of processes must be at least 1 (and at most " + std::to_string(kPoolMaxWorkers) +
                         " in this runtime)");
    Arena& a = *arena();
    const uint64_t off = a.allocate(sizeof(PoolShared));
    const uint32_t id = register_object(ObjectKind::Pool, name, line, ValueType::None, [&](ObjectSlot& s) {
        s.capacity = workers;
        s.heap = off;
        if (off == 0) return;
        // The heap is zeroed memory: atomics start at 0; fill in the rest.
        auto* p = reinterpret_cast<PoolShared*>(a.heap(off));
        p->kind = static_cast<uint32_t>(kind);
        p->workers_n = workers;
        p->taskqueue = p->inqueue = p->outqueue = p->notifier = kNoObject;
        for (PoolWorkerEntry& e : p->workers) e.task.store(-1, std::memory_order_relaxed);
    });
    if (off == 0) {
        report_error(ErrorCode::ArenaFull, id, line);
        throw RuntimeError("interleave: the arena heap is full: a pool needs " + std::to_string(sizeof(PoolShared)) +
                           " bytes");
    }
    return id;
}

PoolShared& pool_shared(const Arena& a, uint32_t pool) { return *block_of(a, a.object(pool)); }
PoolShared& pool_shared(uint32_t pool) { return pool_shared(*arena(), pool); }

PoolState pool_state(uint32_t pool) {
    return static_cast<PoolState>(arena()->object(pool).word.load(std::memory_order_acquire));
}
void set_pool_state(uint32_t pool, PoolState s) {
    arena()->object(pool).word.store(static_cast<uint32_t>(s), std::memory_order_release);
}

void pool_job_created(uint32_t pool, uint64_t job) {
    PoolShared& p = pool_shared(pool);
    ready_word_of(p, job).fetch_and(~ready_mask_of(job), std::memory_order_release);
    p.jobs.fetch_add(1, std::memory_order_relaxed);
}

void pool_job_ready(uint32_t pool, uint64_t job) {
    PoolShared& p = pool_shared(pool);
    // Release: a grant that saw this bit sees the job's value and word.
    ready_word_of(p, job).fetch_or(ready_mask_of(job), std::memory_order_release);
    p.jobs_ready.fetch_add(1, std::memory_order_relaxed);
}

bool pool_result_ready(const Arena& a, const ObjectSlot& pool, int64_t job) {
    if (job < 0) return true;  // the waiter saw it ready before it parked
    PoolShared* p = block_of(a, pool);
    if (!p) return true;
    const auto j = static_cast<uint64_t>(job);
    return (ready_word_of(*p, j).load(std::memory_order_acquire) & ready_mask_of(j)) != 0;
}

bool wait_result(uint32_t pool, uint64_t job, ResultWord& w, int64_t timeout_ns, uint32_t line) {
    // Acquire pairs with publish_result's store: the value is visible.
    const bool known = w.ready.load(std::memory_order_acquire) != 0;
    const Grant g = checkpoint(OpKind::ResultWait, pool, line, known ? -1 : static_cast<int64_t>(job), timeout_ns >= 0);
    if (g == Grant::TimeOut) return false;
    if (w.ready.load(std::memory_order_acquire) != 0) return true;
    // Step mode: a granted ResultWait found its bit set, which is set after the word.
    if (stepping() || timeout_ns == 0 || !arena()) return w.ready.load(std::memory_order_acquire) != 0;
    Arena& a = *arena();
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    block_on(pool, line);
    bool ok = true;
    w.sleepers.fetch_add(1, std::memory_order_seq_cst);  // before the re-check below (see ResultWord)
    while (w.ready.load(std::memory_order_seq_cst) == 0) {
        int64_t left = -1;
        if (deadline >= 0 && (left = deadline - monotonic_ns()) <= 0) {
            ok = false;
            break;
        }
        futex_wait(&w.ready, 0, left);
        if (a.header().stop.load(std::memory_order_acquire)) {
            w.sleepers.fetch_sub(1, std::memory_order_relaxed);
            throw RunStopped{};
        }
    }
    w.sleepers.fetch_sub(1, std::memory_order_relaxed);
    unblock(ok);
    return ok;
}

void publish_result(uint32_t pool, uint64_t job, ResultWord& w) {
    w.ready.store(1, std::memory_order_seq_cst);  // then read sleepers (see ResultWord)
    if (w.sleepers.load(std::memory_order_seq_cst) != 0) futex_wake_all(&w.ready);
    pool_job_ready(pool, job);
}

void pool_worker_arrived(uint32_t pool, uint32_t position, uint16_t worker) {
    PoolWorkerEntry& e = pool_shared(pool).workers[position % kPoolMaxWorkers];
    e.task.store(-1, std::memory_order_relaxed);
    e.completed.store(0, std::memory_order_relaxed);
    e.generation.fetch_add(1, std::memory_order_relaxed);
    e.worker.store(worker + 1u, std::memory_order_release);
}

void pool_task_started(uint32_t pool, uint32_t position, int64_t task) {
    PoolShared& p = pool_shared(pool);
    p.workers[position % kPoolMaxWorkers].task.store(task, std::memory_order_relaxed);
    p.started.fetch_add(1, std::memory_order_relaxed);
}

void pool_task_finished(uint32_t pool, uint32_t position, bool ok, int64_t ns) {
    PoolShared& p = pool_shared(pool);
    p.task_ns.fetch_add(static_cast<uint64_t>(std::max<int64_t>(ns, 0)), std::memory_order_relaxed);
    PoolWorkerEntry& e = p.workers[position % kPoolMaxWorkers];
    e.task.store(-1, std::memory_order_relaxed);
    e.completed.fetch_add(1, std::memory_order_relaxed);
    p.done.fetch_add(1, std::memory_order_relaxed);
    if (!ok) p.failed.fetch_add(1, std::memory_order_relaxed);
}

void pool_note_result(uint32_t pool, int64_t task, bool ok, std::string_view text) {
    PoolShared& p = pool_shared(pool);
    uint32_t free = 0;
    // Acquire/release: one writer at a time; a busy guard skips the note.
    if (!p.recent_guard.compare_exchange_strong(free, 1, std::memory_order_acquire, std::memory_order_relaxed))
        return;
    PoolRecent& r = p.recent[p.recent_next.fetch_add(1, std::memory_order_relaxed) % kPoolRecent];
    const uint32_t s = r.seq.load(std::memory_order_relaxed);
    r.seq.store(s + 1, std::memory_order_relaxed);  // odd: being written
    std::atomic_thread_fence(std::memory_order_release);
    r.ok = ok ? 1 : 0;
    r.task = task;
    const size_t n = std::min(text.size(), sizeof r.text - 1);
    std::memcpy(r.text, text.data(), n);
    r.text[n] = '\0';
    r.seq.store(s + 2, std::memory_order_release);
    p.recent_guard.store(0, std::memory_order_release);
}

int64_t pool_mean_task_ns(uint32_t pool) {
    const PoolShared& p = pool_shared(pool);
    const uint64_t n = p.done.load(std::memory_order_relaxed);
    return n == 0 ? -1 : static_cast<int64_t>(p.task_ns.load(std::memory_order_relaxed) / n);
}

namespace {

void read_recent(const PoolShared& p, PoolSnapshot& out) {
    const uint32_t next = p.recent_next.load(std::memory_order_acquire);
    const uint32_t n = std::min(next, kPoolRecent);
    for (uint32_t i = next - n; i != next; ++i) {
        const PoolRecent& r = p.recent[i % kPoolRecent];
        const uint32_t s1 = r.seq.load(std::memory_order_acquire);
        if (s1 & 1 || s1 == 0) continue;
        PoolSnapshot::Result res;
        res.ok = r.ok != 0;
        res.task = r.task;
        char text[kPoolRecentText];
        std::memcpy(text, r.text, sizeof text);
        // Seqlock reader: the fence orders the copies before the re-check.
        std::atomic_thread_fence(std::memory_order_acquire);
        if (r.seq.load(std::memory_order_relaxed) != s1) continue;
        text[sizeof text - 1] = '\0';
        res.text = text;
        out.recent.push_back(std::move(res));
    }
}

uint32_t queue_level(const Arena& a, uint32_t q) {
    if (q == kNoObject || q >= a.object_count()) return 0;
    return a.object(q).count.load(std::memory_order_acquire);
}

}  // namespace

std::optional<PoolSnapshot> pool_contents(const Arena& a, uint32_t object) {
    if (object >= a.object_count()) return std::nullopt;
    const ObjectSlot& o = a.object(object);
    const PoolShared* p = block_of(a, o);
    if (!p) return std::nullopt;
    PoolSnapshot s;
    s.kind = static_cast<PoolKind>(p->kind);
    s.state = static_cast<PoolState>(o.word.load(std::memory_order_acquire));
    s.workers_n = std::min(p->workers_n, kPoolMaxWorkers);
    s.submitted = p->submitted.load(std::memory_order_relaxed);
    s.started = p->started.load(std::memory_order_relaxed);
    s.done = p->done.load(std::memory_order_relaxed);
    s.failed = p->failed.load(std::memory_order_relaxed);
    s.callbacks = p->callbacks.load(std::memory_order_relaxed);
    s.jobs = p->jobs.load(std::memory_order_relaxed);
    s.jobs_ready = p->jobs_ready.load(std::memory_order_relaxed);
    s.taskqueue = p->taskqueue;
    s.inqueue = p->inqueue;
    s.outqueue = p->outqueue;
    s.backlog = p->backlog.load(std::memory_order_relaxed);
    const bool pool_like = s.kind == PoolKind::Pool || s.kind == PoolKind::ThreadPool;
    s.queued = s.backlog + queue_level(a, p->inqueue) + (pool_like ? 0 : queue_level(a, p->taskqueue));
    for (uint32_t i = 0; i < s.workers_n; ++i) {
        const PoolWorkerEntry& e = p->workers[i];
        PoolSnapshot::Worker w;
        const uint32_t idx = e.worker.load(std::memory_order_acquire);
        if (idx != 0 && idx - 1 < a.worker_count()) {
            w.worker = static_cast<uint16_t>(idx - 1);
            w.name = std::string(a.worker_name(w.worker));
        }
        w.generation = e.generation.load(std::memory_order_relaxed);
        w.task = e.task.load(std::memory_order_relaxed);
        w.completed = e.completed.load(std::memory_order_relaxed);
        s.workers.push_back(std::move(w));
    }
    read_recent(*p, s);
    return s;
}

}  // namespace il::core
