#include "core/primitives/executor.hpp"

#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "core/common/futex.hpp"
#include "core/runtime/worker.hpp"

namespace il::core {

namespace detail {

namespace {

constexpr uint32_t kWorkQueueSize = 16384;

// Python numbers executors per interpreter: ThreadPoolExecutor-0, -1 …
// Here: the thread executors this process made in this run so far.
uint32_t thread_executors_so_far() {
    const Arena& a = *arena();
    const uint16_t me = self() == kNoWorker ? 0 : a.worker(self()).process;
    uint32_t n = 0;
    for (uint32_t i = 0; i < a.object_count(); ++i) {
        const ObjectSlot& o = a.object(i);
        if (o.kind != ObjectKind::Pool || o.creator == kNoWorker || a.worker(o.creator).process != me) continue;
        if (pool_shared(a, i).kind == static_cast<uint32_t>(PoolKind::ThreadPoolExecutor)) ++n;
    }
    return n;
}

void record_outcome(uint32_t pool, int64_t task, const JobBase& job, std::string_view repr_text) {
    pool_note_result(pool, task, job.success(), job.success() ? repr_text : "exception: " + job.error());
}

}  // namespace

// ---------------------------------------------------------------- threads

class ThreadExecutorCore {
public:
    ThreadExecutorCore(int max_workers, std::string prefix, std::function<void()> init, Loc loc);
    ~ThreadExecutorCore();
    ThreadExecutorCore(const ThreadExecutorCore&) = delete;
    ThreadExecutorCore& operator=(const ThreadExecutorCore&) = delete;
    void submit(std::unique_ptr<ThreadCall> call, Loc loc, const std::weak_ptr<ThreadExecutorCore>& self);
    void shutdown(bool wait, Loc loc);
    uint32_t id() const { return id_; }
    std::vector<std::string> worker_names() const;

private:
    void adjust_thread_count(Loc loc, const std::weak_ptr<ThreadExecutorCore>& self);
    void worker_loop(uint32_t position);
    void run_item(uint32_t position, int64_t task, ThreadCall& item);

    Loc loc_;
    uint32_t max_;
    std::string prefix_;
    uint32_t id_;
    std::function<void()> init_;
    Queue<int64_t> work_queue_;  // task indices, -1: shut down

    // The item of task t waits in items_[t % kItemSlots] from its submit until a
    // worker takes it: handed over by pointer, with no lock shared by the
    // submitter and the workers (a map under a mutex made them queue for it on
    // every task; bench/README.md, executor). At most kWorkQueueSize items wait
    // in the queue, so a slot is free again long before its index comes round.
    static constexpr uint32_t kItemSlots = 2 * kWorkQueueSize;
    std::unique_ptr<std::atomic<ThreadCall*>[]> items_ = std::make_unique<std::atomic<ThreadCall*>[]>(kItemSlots);
    // Task index, also the job number; read unlocked for the PoolSubmit step's value.
    std::atomic<int64_t> next_task_{0};
    std::atomic<bool> shutdown_{false};
    // Python's _idle_semaphore: released after each item, taken by submit. acq_rel
    // RMWs; the release comes before the future is published (see run_item).
    std::atomic<int> idle_{0};

    mutable std::mutex tmu_;  // threads_
    std::atomic<uint32_t> started_{0};  // threads_.size(), read without tmu_ by every submit
    std::vector<Thread> threads_;
};

namespace {
uint32_t default_thread_workers(int n) {
    if (n > 0) return static_cast<uint32_t>(n);
    return static_cast<uint32_t>(std::min(32, cpu_count() + 4));
}
}  // namespace

ThreadExecutorCore::ThreadExecutorCore(int max_workers, std::string prefix, std::function<void()> init, Loc loc)
    : loc_(loc),
      max_(default_thread_workers(max_workers)),
      prefix_(prefix.empty() ? "ThreadPoolExecutor-" + std::to_string(thread_executors_so_far()) : std::move(prefix)),
      id_(register_pool(PoolKind::ThreadPoolExecutor, prefix_, std::min(max_, kPoolMaxWorkers), line_of(loc))),
      init_(std::move(init)),
      work_queue_(kWorkQueueSize, prefix_ + ".work_queue", sizeof(int64_t), loc) {
    if (max_workers < 0) throw ValueError("max_workers must be greater than 0");
    pool_shared(id_).taskqueue = work_queue_.id();
}

ThreadExecutorCore::~ThreadExecutorCore() {
    for (uint32_t i = 0; i < kItemSlots; ++i) delete items_[i].load(std::memory_order_acquire);  // never taken
}

void ThreadExecutorCore::submit(std::unique_ptr<ThreadCall> call, Loc loc, const std::weak_ptr<ThreadExecutorCore>& self) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::PoolSubmit, id_, line, next_task_.load(std::memory_order_relaxed));
    // No lock: a submit racing shutdown() is as in CPython without its
    // shutdown lock held across the put (the worker that takes -1 passes it on).
    if (shutdown_.load(std::memory_order_acquire)) throw RuntimeError("cannot schedule new futures after shutdown");
    const int64_t task = next_task_.fetch_add(1, std::memory_order_relaxed);
    const auto job = static_cast<uint64_t>(task);
    call->job->init(id_, job, 1, task);
    call->line = line;
    // Release: the worker that takes the slot sees the whole call.
    std::atomic<ThreadCall*>& slot = items_[static_cast<uint64_t>(task) % kItemSlots];
    for (ThreadCall* none = nullptr; !slot.compare_exchange_weak(none, call.get(), std::memory_order_release);
         none = nullptr) {
        // Only while the task kItemSlots earlier is still between its submit and a worker.
        if (arena()->header().stop.load(std::memory_order_acquire)) throw RunStopped{};
        sched_yield();
    }
    call.release();  // the slot owns it now
    pool_job_created(id_, job);
    emit(EventKind::TaskSubmit, id_, task, line);
    pool_shared(id_).submitted.fetch_add(1, std::memory_order_relaxed);
    work_queue_.put(task, true, -1, loc);
    adjust_thread_count(loc, self);
}

void ThreadExecutorCore::adjust_thread_count(Loc loc, const std::weak_ptr<ThreadExecutorCore>& self) {
    // An idle worker will take the item: no new thread (Python's _adjust_thread_count).
    int idle = idle_.load(std::memory_order_relaxed);
    while (idle > 0 && !idle_.compare_exchange_weak(idle, idle - 1, std::memory_order_acq_rel)) {
    }
    if (idle > 0) return;
    // Every submit of a busy executor comes here: the full pool is seen without tmu_.
    if (started_.load(std::memory_order_relaxed) >= std::min(max_, kPoolMaxWorkers)) return;
    uint32_t n = 0;
    {
        std::lock_guard g(tmu_);
        n = static_cast<uint32_t>(threads_.size());
    }
    if (n >= max_ || n >= kPoolMaxWorkers) return;
    Thread t([self, n] { if (auto c = self.lock()) c->worker_loop(n); }, prefix_ + "_" + std::to_string(n), false,
             loc_);
    {
        std::lock_guard g(tmu_);
        threads_.push_back(t);
        started_.store(static_cast<uint32_t>(threads_.size()), std::memory_order_relaxed);
    }
    pool_worker_arrived(id_, n, t.worker());
    t.start(loc);
}

void ThreadExecutorCore::run_item(uint32_t position, int64_t task, ThreadCall& item) {
    pool_task_started(id_, position, task);
    emit(EventKind::TaskStart, id_, task, item.line);
    const int64_t t0 = monotonic_ns();
    item.run();
    const int64_t took = monotonic_ns() - t0;
    const bool ok = item.job->success();
    emit_flagged(EventKind::TaskDone, id_, task, item.line, ok ? 0 : 1);
    pool_task_finished(id_, position, ok, took);
    record_outcome(id_, task, *item.job, item.job->repr());
    // Idle from here (Python releases its idle semaphore after the item): counted
    // before the future is published, so a submit that follows result() sees it.
    idle_.fetch_add(1, std::memory_order_acq_rel);
    item.job->complete(task, item.line);
}

void ThreadExecutorCore::worker_loop(uint32_t position) {
    if (init_) init_();
    for (;;) {
        const int64_t task = work_queue_.get(true, -1, loc_);
        if (task < 0) {
            work_queue_.put(-1, true, -1, loc_);  // pass the word on to the next worker
            return;
        }
        // Acquire pairs with submit's release; the queue's put came after it.
        const std::unique_ptr<ThreadCall> item(
            items_[static_cast<uint64_t>(task) % kItemSlots].exchange(nullptr, std::memory_order_acquire));
        if (item) run_item(position, task, *item);
    }
}

void ThreadExecutorCore::shutdown(bool wait, Loc loc) {
    const bool first = !shutdown_.exchange(true, std::memory_order_acq_rel);
    if (first) work_queue_.put(-1, true, -1, loc);  // each worker passes it on and leaves
    if (!wait) return;
    std::vector<Thread> ts;
    {
        std::lock_guard g(tmu_);
        ts = threads_;
    }
    for (Thread& t : ts)
        if (t.worker() != self()) t.join(-1, loc);
}

std::vector<std::string> ThreadExecutorCore::worker_names() const {
    std::lock_guard g(tmu_);
    std::vector<std::string> out;
    for (const Thread& t : threads_) out.push_back(t.name());
    return out;
}

// ---------------------------------------------------------------- processes

class ProcessExecutorCore {
public:
    ProcessExecutorCore(int max_workers, std::function<void()> init, const PoolOptions& o, Loc loc);
    void start(const std::weak_ptr<ProcessExecutorCore>& self);
    void submit(const std::shared_ptr<JobBase>& st, TaskSpec task, Loc loc);
    void shutdown(bool wait, Loc loc);
    uint32_t id() const { return id_; }
    std::vector<std::string> worker_names() const;

private:
    struct Pending {
        std::shared_ptr<JobBase> job;
        int64_t task = 0;
    };
    void manage();
    void feed_call_queue();
    void complete_one(const ResultHeader& h, std::string_view payload);
    void wake(Loc loc);
    bool finished();

    Loc loc_;
    uint32_t n_;
    uint32_t id_;
    std::string name_;
    QueueCore call_queue_, result_queue_;
    std::shared_ptr<const PoolWorkerSpec> spec_;

    std::mutex mu_;  // work_ids_, pending_, counters, shutdown_; never held across a checkpoint
    std::deque<std::string> work_ids_;                  // task messages not yet in the call queue
    std::unordered_map<uint64_t, Pending> pending_;     // futures not yet done
    int64_t next_task_ = 0;
    uint64_t next_job_ = 0;
    bool shutdown_ = false;
    std::atomic<bool> wakeup_pending_{false};  // a wakeup message is in the result queue, not yet read

    std::vector<std::unique_ptr<Process>> procs_;  // fixed after start()
    std::optional<Thread> manager_;
};

namespace {
std::string wakeup_message() {
    ResultHeader h;
    h.kind = ResultKind::Wakeup;
    return result_message(h, {});
}
}  // namespace

ProcessExecutorCore::ProcessExecutorCore(int max_workers, std::function<void()> init, const PoolOptions& o, Loc loc)
    : loc_(loc),
      n_(max_workers > 0 ? static_cast<uint32_t>(max_workers) : static_cast<uint32_t>(cpu_count())),
      id_(register_pool(PoolKind::ProcessPoolExecutor,
                        o.name.empty() ? std::string(to_string(PoolKind::ProcessPoolExecutor)) : o.name,
                        n_, line_of(loc))),
      name_(arena()->object_name(id_)),
      call_queue_(n_ + 1, name_ + ".call_queue", std::max<uint32_t>(o.item_size, 256), ValueType::None, line_of(loc)),
      result_queue_(std::max<uint32_t>(16, 2 * n_ + 2), name_ + ".result_queue", std::max<uint32_t>(o.item_size, 256),
                    ValueType::None, line_of(loc)) {
    if (max_workers < 0) throw ValueError("max_workers must be greater than 0");
    PoolShared& p = pool_shared(id_);
    p.inqueue = call_queue_.id();
    p.outqueue = result_queue_.id();
    spec_ = std::make_shared<const PoolWorkerSpec>(PoolWorkerSpec{
        .pool = id_,
        .loc = loc,
        .inqueue = call_queue_,
        .outqueue = result_queue_,
        .notifier = std::nullopt,
        .maxtasks = 0,
        .process = true,
        .parent = ::getpid(),
        .initializer = std::move(init),
    });
}

void ProcessExecutorCore::start(const std::weak_ptr<ProcessExecutorCore>& self) {
    for (uint32_t k = 0; k < n_; ++k) {
        auto p = std::make_unique<Process>([spec = spec_, k] { run_pool_worker(*spec, k); }, "", true, loc_,
                                           "ForkProcess");
        pool_worker_arrived(id_, k, p->worker());
        p->start(loc_);
        procs_.push_back(std::move(p));
    }
    manager_.emplace([self] { if (auto c = self.lock()) c->manage(); }, "", true, loc_);
    manager_->set_internal();  // the executor's machinery, not the lesson
    manager_->start(loc_);
}

void ProcessExecutorCore::submit(const std::shared_ptr<JobBase>& st, TaskSpec t, Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::PoolSubmit, id_, line, 0);
    const size_t room = call_queue_.item_size() - sizeof(TaskHeader);
    if (t.args.size() > room)
        throw ValueError("a task's arguments take " + std::to_string(t.args.size()) +
                         " bytes; the executor's item_size leaves room for " + std::to_string(room));
    int64_t task = 0;
    uint64_t job = 0;
    {
        std::lock_guard g(mu_);
        if (shutdown_) throw RuntimeError("cannot schedule new futures after shutdown");
        task = next_task_++;
        job = next_job_++;
        st->init(id_, job, 1, task);
        const TaskHeader h{job, task, 0, line, reinterpret_cast<uint64_t>(t.trampoline), t.fn};
        work_ids_.push_back(task_message(h, t.args));
        pending_.emplace(job, Pending{st, task});
    }
    pool_job_created(id_, job);
    emit(EventKind::TaskSubmit, id_, task, line);
    pool_shared(id_).submitted.fetch_add(1, std::memory_order_relaxed);
    wake(loc);
}

void ProcessExecutorCore::wake(Loc loc) {
    // acq_rel: the manager clears the flag before it looks at work_ids_, so
    // work queued after that clear is always followed by a fresh wakeup.
    if (!wakeup_pending_.exchange(true, std::memory_order_acq_rel))
        result_queue_.put(wakeup_message(), true, -1, line_of(loc));
}

void ProcessExecutorCore::feed_call_queue() {
    // Only the manager puts into the call queue, so room seen here stays.
    while (call_queue_.peek_size() < n_ + 1) {
        std::string msg;
        {
            std::lock_guard g(mu_);
            if (work_ids_.empty()) return;
            msg = std::move(work_ids_.front());
            work_ids_.pop_front();
        }
        call_queue_.put(msg, true, -1, loc_.line());
    }
}

bool ProcessExecutorCore::finished() {
    std::lock_guard g(mu_);
    return shutdown_ && pending_.empty() && work_ids_.empty();
}

void ProcessExecutorCore::manage() {
    const uint32_t line = loc_.line();
    while (!finished()) {
        feed_call_queue();
        const std::string msg = result_queue_.get(true, -1, line);
        std::string_view payload;
        const ResultHeader h = read_result(msg, payload);
        if (h.kind == ResultKind::Wakeup) wakeup_pending_.store(false, std::memory_order_release);
        else if (h.kind != ResultKind::Stop) complete_one(h, payload);
    }
    for (uint32_t k = 0; k < n_; ++k) call_queue_.put(task_message(TaskHeader{}, {}), true, -1, line);
    for (auto& p : procs_) p->join(-1, loc_);
}

void ProcessExecutorCore::complete_one(const ResultHeader& h, std::string_view payload) {
    Pending p;
    {
        std::lock_guard g(mu_);
        auto it = pending_.find(h.job);
        if (it == pending_.end()) return;
        p = std::move(it->second);
        pending_.erase(it);
    }
    const bool ok = h.kind == ResultKind::Value;
    p.job->deliver(0, ok, payload);
    record_outcome(id_, p.task, *p.job, ok ? repr_bytes(payload, kPoolRecentText - 1) : std::string());
    p.job->complete(p.task, loc_.line());
}

void ProcessExecutorCore::shutdown(bool wait, Loc loc) {
    {
        std::lock_guard g(mu_);
        shutdown_ = true;
    }
    if (!manager_) return;
    wake(loc);
    if (wait && manager_->worker() != self()) manager_->join(-1, loc);
}

std::vector<std::string> ProcessExecutorCore::worker_names() const {
    std::vector<std::string> out;
    for (const auto& p : procs_) out.push_back(p->name());
    return out;
}

}  // namespace detail

// ---------------------------------------------------------------- facades

ThreadPoolExecutor::ThreadPoolExecutor(int max_workers, std::string thread_name_prefix,
                                       std::function<void()> initializer, Loc loc)
    : core_(std::make_shared<detail::ThreadExecutorCore>(max_workers, std::move(thread_name_prefix),
                                                         std::move(initializer), loc)) {}

ThreadPoolExecutor::~ThreadPoolExecutor() {
    try {
        shutdown(true);
    } catch (...) {  // stopping mid-unwind: the run is being torn down anyway
    }
}

void ThreadPoolExecutor::submit_call(std::unique_ptr<detail::ThreadCall> call, Loc loc) {
    core_->submit(std::move(call), loc, core_);
}
void ThreadPoolExecutor::shutdown(bool wait, Loc loc) { core_->shutdown(wait, loc); }
uint32_t ThreadPoolExecutor::id() const { return core_->id(); }
std::vector<std::string> ThreadPoolExecutor::worker_names() const { return core_->worker_names(); }

ProcessPoolExecutor::ProcessPoolExecutor(int max_workers, std::function<void()> initializer, PoolOptions options,
                                         Loc loc)
    : core_(std::make_shared<detail::ProcessExecutorCore>(max_workers, std::move(initializer), options, loc)) {
    core_->start(core_);
}

ProcessPoolExecutor::~ProcessPoolExecutor() {
    try {
        shutdown(true);
    } catch (...) {  // stopping mid-unwind: the run is being torn down anyway
    }
}

void ProcessPoolExecutor::submit_task(const std::shared_ptr<JobBase>& st, detail::TaskSpec task, Loc loc) {
    core_->submit(st, std::move(task), loc);
}
void ProcessPoolExecutor::shutdown(bool wait, Loc loc) { core_->shutdown(wait, loc); }
uint32_t ProcessPoolExecutor::id() const { return core_->id(); }
std::vector<std::string> ProcessPoolExecutor::worker_names() const { return core_->worker_names(); }

}  // namespace il::core
