#include "core/primitives/pool.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>
#include <unordered_map>

#include "core/runtime/worker.hpp"

namespace il::core {

int cpu_count() {
    const long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? static_cast<int>(n) : 1;
}

namespace detail {

namespace {
constexpr size_t kListHeader = 1 + sizeof(uint32_t);  // tag + count
constexpr uint32_t kTaskQueueSize = 8;  // wake-up tokens and the stop sentinel only
constexpr uint32_t kNotifierSize = 256;
constexpr size_t kMaxBatch = 64;            // tasks per inqueue message when the backlog is large
constexpr int64_t kBatchWorkNs = 200'000;   // and at most this much work (by the mean task time)
}  // namespace

void Chunker::add(std::string_view element) {
    if (element.size() + kListHeader > room_)
        throw ValueError("a map item takes " + std::to_string(element.size()) +
                         " bytes; the pool's item_size leaves room for " + std::to_string(room_ - kListHeader));
    if (count_ > 0 && (count_ == chunksize_ || body_.size() + element.size() + kListHeader > room_)) close_chunk();
    body_.append(element);
    ++count_;
}

void Chunker::close_chunk() {
    Writer w;
    w.reserve(kListHeader + body_.size());
    w.tag(CodecTag::List);
    w.u32(static_cast<uint32_t>(count_));
    w.raw(body_.data(), body_.size());
    chunks_.push_back(std::move(w.bytes()));
    body_.clear();
    count_ = 0;
}

std::vector<std::string> Chunker::finish() {
    if (count_ > 0) close_chunk();
    return std::move(chunks_);
}

// The parent-side engine of a Pool or ThreadPool. Shared with the handler
// threads (which hold it through a weak_ptr while they run).
class PoolCore {
public:
    PoolCore(PoolKind kind, int processes, std::function<void()> initializer, int64_t maxtasks,
             const PoolOptions& o, Loc loc);
    void start(const std::shared_ptr<PoolCore>& self);

    void submit(const std::shared_ptr<JobBase>& job, std::vector<TaskSpec> tasks, Loc loc);
    void close(Loc loc);
    void terminate(Loc loc);
    void join(Loc loc);

    uint32_t id() const { return id_; }
    uint32_t workers() const { return n_; }
    bool joined() const { return joined_; }
    Loc loc() const { return loc_; }
    size_t task_room() const { return inqueue_.item_size() - sizeof(TaskHeader); }
    size_t result_room() const { return outqueue_.item_size() - sizeof(ResultHeader); }
    std::vector<std::string> worker_names() const;
    std::vector<int> worker_pids() const;

private:
    void spawn(uint32_t position);
    void handle_workers();
    void handle_tasks();
    void handle_results();
    bool keep_maintaining();
    void replace(uint32_t position);
    void deliver(const ResultHeader& h, std::string_view payload);
    bool next_pending(std::string& msg);
    size_t batch_size_locked() const;
    void drop_pending();
    void drain(QueueCore& q);
    void join_workers(Loc loc, bool drain_results);
    void join_handler(std::optional<Thread>& h, Loc loc);
    bool on(const std::optional<Thread>& h) const { return h && h->worker() == self(); }

    PoolKind kind_;
    Loc loc_;
    uint32_t n_;
    uint32_t id_;
    std::string name_;
    Queue<int64_t> taskqueue_;    // 1: "tasks are waiting" (coalesced), -1: stop
    QueueCore inqueue_, outqueue_;
    Queue<int64_t> notifier_;     // worker positions retiring, -1: "look again"
    std::shared_ptr<const PoolWorkerSpec> spec_;
    std::function<std::string()> worker_name_;  // PoolOptions::worker_name

    std::mutex mu_;  // cache_, pending_, token_, next_job_; never held across a checkpoint
    std::unordered_map<uint64_t, std::shared_ptr<JobBase>> cache_;  // jobs not yet ready (Python's _cache)
    // Python's _taskqueue is unbounded, so apply_async never blocks: the tasks
    // wait here, in this process, and the arena taskqueue carries one wake-up
    // token while any are waiting (token_) for the task handler to sleep on.
    std::deque<std::string> pending_;
    bool token_ = false;
    uint64_t next_job_ = 0;
    std::atomic<int64_t> next_task_{0};  // relaxed: also read unlocked for the PoolSubmit step's value

    mutable std::mutex wmu_;  // procs_/threads_ slots (swapped by the worker handler)
    std::vector<std::unique_ptr<Process>> procs_;
    std::vector<std::optional<Thread>> threads_;
    std::optional<Thread> worker_handler_, task_handler_, result_handler_;
    std::atomic<bool> terminating_{false};         // exchange: terminate() runs once
    std::atomic<uint16_t> terminator_{kNoWorker};  // who called terminate(); release/acquire with the result handler
    bool joined_ = false;
};

namespace {

std::string pool_name(PoolKind kind, const PoolOptions& o) {
    return o.name.empty() ? std::string(to_string(kind)) : o.name;
}

uint32_t checked_workers(int processes) {
    const int n = processes <= 0 ? cpu_count() : processes;
    if (n > static_cast<int>(kPoolMaxWorkers))
        throw ValueError("this runtime's pools hold at most " + std::to_string(kPoolMaxWorkers) + " workers");
    return static_cast<uint32_t>(n);
}

uint32_t queue_depth(uint32_t n) { return std::max<uint32_t>(16, 2 * n + 2); }

std::string stop_task() { return task_message(TaskHeader{}, {}); }
std::string stop_result() { return result_message(ResultHeader{}, {}); }

}  // namespace

PoolCore::PoolCore(PoolKind kind, int processes, std::function<void()> initializer, int64_t maxtasks,
                   const PoolOptions& o, Loc loc)
    : kind_(kind),
      loc_(loc),
      n_(checked_workers(processes)),
      id_(register_pool(kind, pool_name(kind, o), n_, line_of(loc))),
      name_(arena()->object_name(id_)),
      taskqueue_(kTaskQueueSize, name_ + ".taskqueue", sizeof(int64_t), loc),
      inqueue_(queue_depth(n_), name_ + ".inqueue", std::max<uint32_t>(o.item_size, 256), ValueType::None,
               line_of(loc)),
      outqueue_(queue_depth(n_), name_ + ".outqueue", std::max<uint32_t>(o.item_size, 256), ValueType::None,
                line_of(loc)),
      notifier_(kNotifierSize, name_ + ".change_notifier", sizeof(int64_t), loc) {
    if (maxtasks < 0) throw ValueError("maxtasksperchild must be a positive int or None");
    PoolShared& p = pool_shared(id_);
    p.taskqueue = taskqueue_.id();
    p.inqueue = inqueue_.id();
    p.outqueue = outqueue_.id();
    p.notifier = notifier_.id();
    spec_ = std::make_shared<const PoolWorkerSpec>(PoolWorkerSpec{
        .pool = id_,
        .loc = loc,
        .inqueue = inqueue_,
        .outqueue = outqueue_,
        .notifier = notifier_,
        .maxtasks = maxtasks,
        .process = kind == PoolKind::Pool,
        .parent = ::getpid(),
        .initializer = std::move(initializer),
    });
    worker_name_ = o.worker_name;
    procs_.resize(n_);
    threads_.resize(n_);
}

void PoolCore::start(const std::shared_ptr<PoolCore>& self) {
    // Python starts the workers first, then the three handler threads.
    for (uint32_t k = 0; k < n_; ++k) spawn(k);
    const std::weak_ptr<PoolCore> w = self;
    // The handlers are the pool's machinery, not the lesson (kWorkerInternal).
    worker_handler_.emplace([w] { if (auto c = w.lock()) c->handle_workers(); }, "", true, loc_, "_handle_workers");
    worker_handler_->set_internal();
    worker_handler_->start(loc_);
    task_handler_.emplace([w] { if (auto c = w.lock()) c->handle_tasks(); }, "", true, loc_, "_handle_tasks");
    task_handler_->set_internal();
    task_handler_->start(loc_);
    result_handler_.emplace([w] { if (auto c = w.lock()) c->handle_results(); }, "", true, loc_, "_handle_results");
    result_handler_->set_internal();
    result_handler_->start(loc_);
}

void PoolCore::spawn(uint32_t k) {
    auto body = [spec = spec_, k] { run_pool_worker(*spec, k); };
    if (kind_ == PoolKind::Pool) {
        auto p = std::make_unique<Process>(body, worker_name_ ? worker_name_() : std::string(), true, loc_,
                                           "ForkPoolWorker");
        pool_worker_arrived(id_, k, p->worker());
        p->start(loc_);
        std::lock_guard g(wmu_);
        procs_[k] = std::move(p);
    } else {
        Thread t(body, "", true, loc_, "worker");
        pool_worker_arrived(id_, k, t.worker());
        t.start(loc_);
        std::lock_guard g(wmu_);
        threads_[k] = t;
    }
}

// ---------------------------------------------------------------- submitting

void PoolCore::submit(const std::shared_ptr<JobBase>& job, std::vector<TaskSpec> tasks, Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::PoolSubmit, id_, line, next_task_.load(std::memory_order_relaxed));
    const size_t room = task_room();
    for (const TaskSpec& t : tasks) {
        if (t.args.size() > room)
            throw ValueError("a task's arguments take " + std::to_string(t.args.size()) +
                             " bytes; the pool's item_size leaves room for " + std::to_string(room));
    }
    const auto n = static_cast<uint32_t>(tasks.size());
    int64_t first = 0;
    uint64_t jid = 0;
    bool wake = false;
    PoolShared& shared = pool_shared(id_);
    {
        std::lock_guard g(mu_);
        if (pool_state(id_) != PoolState::Run) throw ValueError("Pool not running");
        jid = next_job_++;
        first = next_task_.fetch_add(n, std::memory_order_relaxed);
        job->init(id_, jid, n, first);
        pool_job_created(id_, jid);  // before any of its tasks can reach a worker
        for (uint32_t i = 0; i < n; ++i) {
            const TaskHeader h{jid, first + i, i, line, reinterpret_cast<uint64_t>(tasks[i].trampoline), tasks[i].fn};
            pending_.push_back(task_message(h, tasks[i].args));
        }
        if (n > 0) cache_.emplace(jid, job);
        wake = n > 0 && !token_;
        token_ = token_ || n > 0;
        shared.backlog.fetch_add(n, std::memory_order_relaxed);
    }
    if (n == 0) {  // map of nothing: ready at once, no callback (as in Python)
        job->finish(-1, line, false);
        return;
    }
    for (uint32_t i = 0; i < n; ++i) emit(EventKind::TaskSubmit, id_, first + i, line);
    shared.submitted.fetch_add(n, std::memory_order_relaxed);
    if (wake) taskqueue_.put(1, true, -1, loc);
}

// A large backlog of short tasks travels in batches (Python sends each task
// alone; the tasks, their events and results are the same). A batch holds
// at most ~kBatchWorkNs of work by the tasks' mean time so far, so who runs
// what stays as in Python for tasks worth distributing one by one; there is
// none before a task has finished, none for a backlog under 128 tasks per
// worker (a pool of a few tasks runs them exactly as Python's does), and none
// with maxtasksperchild (a worker must stop after exactly that many).
size_t PoolCore::batch_size_locked() const {
    if (spec_->maxtasks > 0) return 1;
    const int64_t mean = pool_mean_task_ns(id_);
    if (mean < 0) return 1;
    const size_t by_time = static_cast<size_t>(kBatchWorkNs / std::max<int64_t>(mean, 1));
    return std::min({kMaxBatch, pending_.size() / (64 * n_), by_time});
}

bool PoolCore::next_pending(std::string& msg) {
    std::lock_guard g(mu_);
    if (pending_.empty()) {
        token_ = false;  // the next submit puts a fresh token
        return false;
    }
    const size_t want = batch_size_locked();
    BatchWriter batch(task_room());
    while (want > 1 && !pending_.empty() && batch.count() < want && batch.fits(pending_.front().size())) {
        batch.add(pending_.front());
        pending_.pop_front();
    }
    if (batch.count() > 0) {
        pool_shared(id_).backlog.fetch_sub(batch.count(), std::memory_order_relaxed);
        msg = batch.take_tasks();
        return true;
    }
    msg = std::move(pending_.front());
    pending_.pop_front();
    pool_shared(id_).backlog.fetch_sub(1, std::memory_order_relaxed);
    return true;
}

void PoolCore::drop_pending() {
    std::lock_guard g(mu_);
    pool_shared(id_).backlog.fetch_sub(pending_.size(), std::memory_order_relaxed);
    pending_.clear();
}

// ---------------------------------------------------------------- handlers

bool PoolCore::keep_maintaining() {
    const PoolState s = pool_state(id_);
    if (s == PoolState::Run) return true;
    if (s == PoolState::Terminate) return false;
    std::lock_guard g(mu_);
    return !cache_.empty();
}

void PoolCore::handle_workers() {
    while (keep_maintaining()) {
        const int64_t msg = notifier_.get(true, -1, loc_);
        if (msg >= 0 && msg < static_cast<int64_t>(n_) && pool_state(id_) != PoolState::Terminate)
            replace(static_cast<uint32_t>(msg));
    }
    taskqueue_.put(-1, true, -1, loc_);  // the task handler's sentinel
}

void PoolCore::replace(uint32_t k) {
    if (kind_ == PoolKind::Pool) {
        Process* p = nullptr;
        {
            std::lock_guard g(wmu_);
            p = procs_[k].get();
        }
        if (p) p->join(-1, loc_);
    } else {
        std::optional<Thread> t;
        {
            std::lock_guard g(wmu_);
            t = threads_[k];
        }
        if (t) t->join(-1, loc_);
    }
    spawn(k);
}

void PoolCore::handle_tasks() {
    std::string msg;
    for (;;) {
        if (pool_state(id_) == PoolState::Terminate) drop_pending();  // terminate() wants no more
        if (next_pending(msg)) {
            inqueue_.put(msg, true, -1, loc_.line());
            continue;
        }
        if (taskqueue_.get(true, -1, loc_) < 0) break;  // a token: look again; -1: stop
    }
    if (pool_state(id_) == PoolState::Terminate) return;  // terminate() stops the others itself
    outqueue_.put(stop_result(), true, -1, loc_.line());
    for (uint32_t k = 0; k < n_; ++k) inqueue_.put(stop_task(), true, -1, loc_.line());
}

void PoolCore::handle_results() {
    for (;;) {
        const std::string msg = outqueue_.get(true, -1, loc_.line());
        std::string_view payload;
        const ResultHeader h = read_result(msg, payload);
        if (h.kind == ResultKind::Stop) {
            if (pool_state(id_) == PoolState::Terminate) return;
            std::lock_guard g(mu_);
            if (cache_.empty()) return;
            continue;
        }
        if (pool_state(id_) == PoolState::Terminate) continue;  // terminating: results are dropped
        if (h.job == kBatchJob) {
            for_each_in_batch(payload, [&](std::string_view sub) {
                std::string_view p;
                const ResultHeader r = read_result(sub, p);
                if (pool_state(id_) != PoolState::Terminate) deliver(r, p);
            });
        } else {
            deliver(h, payload);
        }
        if (terminator_.load(std::memory_order_acquire) == self()) return;  // a callback terminated the pool
    }
}

void PoolCore::deliver(const ResultHeader& h, std::string_view payload) {
    std::shared_ptr<JobBase> job;
    {
        std::lock_guard g(mu_);
        auto it = cache_.find(h.job);
        if (it == cache_.end()) return;
        job = it->second;
    }
    const bool ok = h.kind == ResultKind::Value;
    pool_note_result(id_, h.task, ok, job->note(ok, payload, kPoolRecentText - 1));
    if (!job->deliver(h.chunk, ok, payload)) return;
    job->complete(h.task, loc_.line());
    bool notify = false;
    {
        std::lock_guard g(mu_);
        cache_.erase(h.job);
        notify = cache_.empty() && pool_state(id_) != PoolState::Run;
    }
    if (notify) notifier_.put(-1, true, -1, loc_);  // the worker handler may end the pool now
}

// ---------------------------------------------------------------- close, terminate, join

void PoolCore::close(Loc loc) {
    if (pool_state(id_) != PoolState::Run) return;
    set_pool_state(id_, PoolState::Close);
    notifier_.put(-1, true, -1, loc);
}

void PoolCore::drain(QueueCore& q) {
    while (q.peek_size() > 0) {
        try {
            q.get(false, -1, loc_.line());
        } catch (const Empty&) {
            break;
        }
    }
}

void PoolCore::join_handler(std::optional<Thread>& h, Loc loc) {
    if (h && !on(h)) h->join(-1, loc);
}

void PoolCore::join_workers(Loc loc, bool drain_results) {
    for (uint32_t k = 0; k < n_; ++k) {
        Process* p = nullptr;
        std::optional<Thread> t;
        {
            std::lock_guard g(wmu_);
            p = procs_[k].get();
            t = threads_[k];
        }
        // Called by the result handler: nobody else empties the outqueue, so
        // a worker blocked putting its result needs us to.
        if (p) {
            while (!p->join(drain_results ? 0.01 : -1, loc)) drain(outqueue_);
        } else if (t) {
            while (!t->join(drain_results ? 0.01 : -1, loc)) drain(outqueue_);
        }
    }
}

void PoolCore::terminate(Loc loc) {
    if (terminating_.exchange(true)) return;
    terminator_.store(self(), std::memory_order_release);
    checkpoint(OpKind::Terminate, id_, line_of(loc));
    set_pool_state(id_, PoolState::Terminate);
    notifier_.put(-1, true, -1, loc);
    join_handler(worker_handler_, loc);  // no worker is replaced behind our back from here on
    if (kind_ == PoolKind::Pool) {
        for (uint32_t k = 0; k < n_; ++k) {
            Process* p = nullptr;
            {
                std::lock_guard g(wmu_);  // not held across terminate(): it is a checkpoint
                p = procs_[k].get();
            }
            if (p) p->terminate(loc);
        }
    }
    drain(inqueue_);  // a task handler blocked on a full inqueue can finish its put and see TERMINATE
    join_handler(task_handler_, loc);
    drain(inqueue_);
    for (uint32_t k = 0; k < n_; ++k) inqueue_.put(stop_task(), true, -1, line_of(loc));  // wake idle workers
    const bool from_results = on(result_handler_);
    if (kind_ == PoolKind::Pool) join_workers(loc, from_results);
    if (from_results) {
        drain(outqueue_);
    } else if (result_handler_ && result_handler_->is_alive()) {
        outqueue_.put(stop_result(), true, -1, line_of(loc));
        result_handler_->join(-1, loc);
    }
}

void PoolCore::join(Loc loc) {
    if (pool_state(id_) == PoolState::Run) throw ValueError("Pool is still running");
    join_handler(worker_handler_, loc);
    join_handler(task_handler_, loc);
    join_handler(result_handler_, loc);
    join_workers(loc, false);
    joined_ = true;
}

std::vector<std::string> PoolCore::worker_names() const {
    std::lock_guard g(wmu_);
    std::vector<std::string> out;
    for (uint32_t k = 0; k < n_; ++k) {
        if (procs_[k]) out.push_back(procs_[k]->name());
        else if (threads_[k]) out.push_back(threads_[k]->name());
    }
    return out;
}

std::vector<int> PoolCore::worker_pids() const {
    std::lock_guard g(wmu_);
    std::vector<int> out;
    for (uint32_t k = 0; k < n_; ++k) {
        if (procs_[k]) out.push_back(procs_[k]->pid());
        else if (threads_[k]) out.push_back(getpid());
    }
    return out;
}

}  // namespace detail

// ---------------------------------------------------------------- Pool

Pool::Pool(int processes, std::function<void()> initializer, int64_t maxtasksperchild, PoolOptions options, Loc loc)
    : Pool(PoolKind::Pool, processes, std::move(initializer), maxtasksperchild, std::move(options), loc) {}

Pool::Pool(PoolKind kind, int processes, std::function<void()> initializer, int64_t maxtasksperchild,
           PoolOptions options, Loc loc)
    : core_(std::make_shared<detail::PoolCore>(kind, processes, std::move(initializer), maxtasksperchild, options,
                                               loc)) {
    core_->start(core_);
}

Pool::~Pool() {
    if (!core_ || core_->joined()) return;
    try {
        core_->terminate(core_->loc());
        core_->join(core_->loc());
    } catch (...) {  // stopping mid-unwind: the run is being torn down anyway
    }
}

void Pool::submit(const std::shared_ptr<JobBase>& job, std::vector<detail::TaskSpec> tasks, Loc loc) {
    core_->submit(job, std::move(tasks), loc);
}
void Pool::submit_tasks(const std::shared_ptr<JobBase>& job, Trampoline trampoline, std::vector<std::string> payloads,
                        Loc loc) {
    std::vector<detail::TaskSpec> tasks;
    tasks.reserve(payloads.size());
    for (std::string& p : payloads) tasks.push_back({trampoline, 0, std::move(p)});
    core_->submit(job, std::move(tasks), loc);
}
size_t Pool::task_room() const { return core_->task_room(); }
size_t Pool::result_room() const { return core_->result_room(); }
size_t Pool::default_chunksize(size_t n) const {
    const size_t d = 4 * core_->workers();
    return std::max<size_t>(1, n / d + (n % d ? 1 : 0));
}
void Pool::close(Loc loc) { core_->close(loc); }
void Pool::terminate(Loc loc) { core_->terminate(loc); }
void Pool::join(Loc loc) { core_->join(loc); }
uint32_t Pool::id() const { return core_->id(); }
int Pool::processes() const { return static_cast<int>(core_->workers()); }
std::vector<std::string> Pool::worker_names() const { return core_->worker_names(); }
std::vector<int> Pool::worker_pids() const { return core_->worker_pids(); }

}  // namespace il::core
