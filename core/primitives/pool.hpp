// core/primitives/pool.hpp — Pool (multiprocessing.Pool over fork()ed worker processes)
// and ThreadPool (multiprocessing.pool.ThreadPool over threads), with
// Python's API: apply, apply_async (callback, error_callback), map,
// map_async, starmap, starmap_async, imap; close, join, terminate; AsyncResult
// get(timeout) / wait / ready / successful.
//
// How it is built (the same shape as CPython's Pool, so the timeline shows
// what Python does):
//   submitter ─taskqueue─▶ task handler ─inqueue─▶ workers ─outqueue─▶ result handler
// The inqueue and outqueue are arena Queues (lanes on the timeline). As in
// Python, apply_async never blocks: submitted tasks wait in the parent (an
// unbounded backlog the inspector shows) and the arena taskqueue carries the
// task handler's wake-up (one token while tasks wait) and stop. A worker is a
// forked process ("ForkPoolWorker-N") or a thread ("Thread-N (worker)");
// the handlers are threads of the parent named as Python names them:
// "Thread-N (_handle_workers)" (replaces workers retired by maxtasksperchild,
// and ends the pool after close()), "Thread-N (_handle_tasks)" (moves tasks
// from the task queue into the inqueue), "Thread-N (_handle_results)" (stores
// results in submission order, runs callbacks, wakes get()).
//
// Tasks. A process worker was forked before your task existed, so a task is
// a plain function (or a lambda without captures: it converts to a function
// pointer, valid in every process of the run) plus arguments encoded as bytes
// (core/primitives/task_codec.hpp: ints, doubles, bools, strings, tuples/vectors of those,
// trivially copyable structs, runtime handles such as Queue<T>). Arguments are
// a std::tuple, converted to the function's parameter types:
//     int square(int x) { return x * x; }
//     Pool pool(4);
//     AsyncResult<int> r = pool.apply_async(square, std::tuple{7});
//     int v = r.get();                                    // 49
//     std::vector<int> all = pool.map(square, std::vector{1, 2, 3});
// A task that throws makes get() raise RuntimeError with the worker's message
// (what() of its exception); error_callback receives the same.
//
// Callbacks run in the parent, on the result-handler thread, before get()
// returns (as in Python): they may capture anything.
//
// Events (object = the pool, value = the task index; a map's chunk is one
// task): TaskSubmit by the submitter, TaskStart/TaskDone by the worker that ran
// it (TaskDone flags 1 when it raised), TaskCallback by the result handler.
// Waiting: get()/wait() are ResultWait operations on the pool (see
// core/primitives/pool_shared.hpp); the handlers and workers wait in their queues.
//
// Limits (this runtime's, not Python's): at most kPoolMaxWorkers workers;
// a task's message (its arguments, a map chunk) and a result must fit
// item_size bytes (default 4096) — map chunks are cut to fit; every worker
// ever started (maxtasksperchild replaces them) takes an arena worker slot
// (128 per run by default). Arena heap per pool: about 16 + 2 × (2n + 2)
// cells of item_size for the in/out queues (≈ 140 KB for 4 workers).
//
// Thread rules: create, submit, close, terminate and join from any worker of
// the process that created the pool (Python's rule: the pool belongs to its
// process). A pool destroyed while still running is terminated and joined,
// like leaving Python's `with Pool() as pool:` block.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/primitives/pool_worker.hpp"

namespace il::core {

template <typename R>
class AsyncResult {
public:
    using Value = ValueOf<R>;
    AsyncResult() = default;
    explicit AsyncResult(std::shared_ptr<TypedJob<Value>> job) : job_(std::move(job)) {}

    // get(timeout=None): the result once ready. Raises TimeoutError when it is
    // not ready in time, RuntimeError(the worker's message) when the task raised.
    R get(double timeout = -1, Loc loc = Loc::current()) const {
        if (!job_->wait(timeout, line_of(loc))) throw TimeoutError();
        job_->raise_if_failed();
        if constexpr (!std::is_void_v<R>) return job_->value();
    }
    // wait(timeout=None): waits until ready or the timeout passes.
    void wait(double timeout = -1, Loc loc = Loc::current()) const { job_->wait(timeout, line_of(loc)); }
    // ready(), successful(): no step. successful() raises ValueError before ready.
    bool ready() const { return job_->ready(); }
    bool successful() const {
        if (!ready()) throw ValueError("AsyncResult is not ready");
        return job_->success();
    }
    uint64_t job() const { return job_->job(); }

private:
    std::shared_ptr<TypedJob<Value>> job_;
};

// imap's results, one at a time in submission order.
template <typename R>
class IMapIterator {
public:
    explicit IMapIterator(std::vector<AsyncResult<R>> results) : results_(std::move(results)) {}
    bool has_next() const { return next_ < results_.size(); }
    // next(timeout=None): the next result; raises TimeoutError / RuntimeError as get() does.
    R next(double timeout = -1, Loc loc = Loc::current()) { return results_.at(next_++).get(timeout, loc); }

private:
    std::vector<AsyncResult<R>> results_;
    size_t next_ = 0;
};

// The result type of a task function F.
template <typename F>
using TaskResult = typename FnTraits<decltype(as_task_fn(std::declval<F>()))>::Result;

struct PoolOptions {
    std::string name;            // the pool object's name ("Pool-<object>" when empty)
    uint32_t item_size = 4096;   // bytes for one task or result message
    // A process worker's name, asked as each is started (a front end that
    // counts processes its own way: Python's "ForkPoolWorker-3" after a
    // Process-1 and -2); empty: "ForkPoolWorker-N" by this process's count.
    std::function<std::string()> worker_name = {};
};

namespace detail {

struct TaskSpec {
    Trampoline trampoline = nullptr;
    uintptr_t fn = 0;
    std::string args;  // encoded
};

class PoolCore;

// Cuts encoded list elements into chunks of at most `chunksize` elements that
// fit `room` bytes.
class Chunker {
public:
    Chunker(size_t chunksize, size_t room) : chunksize_(chunksize), room_(room) {}
    void add(std::string_view element);
    std::vector<std::string> finish();

private:
    void close_chunk();
    size_t chunksize_, room_;
    size_t count_ = 0;
    std::string body_;
    std::vector<std::string> chunks_;
};

}  // namespace detail

class Pool {
public:
    // Pool(processes=None, initializer=None, maxtasksperchild=None). processes
    // <= 0: os.cpu_count(). The initializer runs once in each worker as it starts.
    explicit Pool(int processes = 0, std::function<void()> initializer = {}, int64_t maxtasksperchild = 0,
                  PoolOptions options = {}, Loc loc = Loc::current());
    // Pool(processes, initializer, initargs, maxtasksperchild)
    template <typename F, typename... A>
    Pool(int processes, F initializer, std::tuple<A...> initargs, int64_t maxtasksperchild = 0,
         PoolOptions options = {}, Loc loc = Loc::current())
        : Pool(processes, [initializer, initargs] { std::apply(initializer, initargs); }, maxtasksperchild,
               std::move(options), loc) {}
    ~Pool();
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    // apply(func, args): apply_async(...).get(): one task at a time.
    template <typename F, typename... A>
    auto apply(F f, std::tuple<A...> args = {}, Loc loc = Loc::current()) {
        return apply_async(f, std::move(args), {}, loc).get(-1, loc);
    }
    template <typename F, typename... A>
    auto apply_async(F f, std::tuple<A...> args = {},
                     Callbacks<ValueOf<TaskResult<F>>> callbacks = {}, Loc loc = Loc::current()) {
        auto fn = as_task_fn(f);
        using Tr = FnTraits<decltype(fn)>;
        using R = typename Tr::Result;
        auto job = std::make_shared<ApplyJob<ValueOf<R>>>(std::move(callbacks));
        detail::TaskSpec t{one_trampoline(fn), reinterpret_cast<uintptr_t>(fn),
                           encode_bytes(std::make_from_tuple<typename Tr::Args>(std::move(args)))};
        submit(job, {std::move(t)}, loc);
        return AsyncResult<R>(std::move(job));
    }

    // map(func, iterable, chunksize=None): the results in order. chunksize 0:
    // Python's choice (len / (4 * processes), rounded up), cut to fit item_size.
    template <typename F, typename T>
    auto map(F f, const std::vector<T>& items, size_t chunksize = 0, Loc loc = Loc::current()) {
        return map_async(f, items, chunksize, {}, loc).get(-1, loc);
    }
    template <typename F, typename T>
    auto map_async(F f, const std::vector<T>& items, size_t chunksize = 0,
                   Callbacks<std::vector<ValueOf<TaskResult<F>>>> callbacks = {}, Loc loc = Loc::current()) {
        auto fn = as_task_fn(f);
        using P = std::tuple_element_t<0, typename FnTraits<decltype(fn)>::Args>;
        return submit_chunks<decltype(fn)>(fn, map_trampoline(fn), items, chunksize, std::move(callbacks), loc,
                                           [](Writer& w, const T& x) { encode(w, P(x)); });
    }
    // starmap(func, iterable of argument tuples, chunksize=None)
    template <typename F, typename T>
    auto starmap(F f, const std::vector<T>& items, size_t chunksize = 0, Loc loc = Loc::current()) {
        return starmap_async(f, items, chunksize, {}, loc).get(-1, loc);
    }
    template <typename F, typename T>
    auto starmap_async(F f, const std::vector<T>& items, size_t chunksize = 0,
                       Callbacks<std::vector<ValueOf<TaskResult<F>>>> callbacks = {}, Loc loc = Loc::current()) {
        auto fn = as_task_fn(f);
        using Args = typename FnTraits<decltype(fn)>::Args;
        return submit_chunks<decltype(fn)>(fn, starmap_trampoline(fn), items, chunksize, std::move(callbacks), loc,
                                           [](Writer& w, const T& x) { encode(w, std::make_from_tuple<Args>(x)); });
    }
    // imap(func, iterable): results one by one, in order, as they become ready.
    template <typename F, typename T>
    auto imap(F f, const std::vector<T>& items, Loc loc = Loc::current()) {
        auto fn = as_task_fn(f);
        using R = typename FnTraits<decltype(fn)>::Result;
        std::vector<AsyncResult<R>> rs;
        rs.reserve(items.size());
        for (const T& x : items) rs.push_back(apply_async(fn, std::tuple<T>(x), {}, loc));
        return IMapIterator<R>(std::move(rs));
    }

    // close(): no more tasks; the workers exit once the submitted ones are done.
    void close(Loc loc = Loc::current());
    // terminate(): stops the workers at once (SIGTERM for processes; threads
    // finish the task they run); tasks not started are dropped.
    void terminate(Loc loc = Loc::current());
    // join(): waits for the handlers and the workers; raises ValueError while
    // the pool is still running (call close() or terminate() first).
    void join(Loc loc = Loc::current());

    // For a front end whose tasks are its own (Python's pickled calls): one
    // task per payload, all of `job` (a JobBase of the front end's), each run
    // in a worker by `trampoline` with the payload as its arguments. Payloads
    // must fit task_room(); a result, result_room().
    void submit_tasks(const std::shared_ptr<JobBase>& job, Trampoline trampoline, std::vector<std::string> payloads,
                      Loc loc = Loc::current());
    size_t task_room() const;
    size_t result_room() const;

    uint32_t id() const;
    int processes() const;
    // The workers now (names and pids; a thread worker's pid is the process's).
    std::vector<std::string> worker_names() const;
    std::vector<int> worker_pids() const;

protected:
    Pool(PoolKind kind, int processes, std::function<void()> initializer, int64_t maxtasksperchild,
         PoolOptions options, Loc loc);

private:
    void submit(const std::shared_ptr<JobBase>& job, std::vector<detail::TaskSpec> tasks, Loc loc);
    size_t default_chunksize(size_t n) const;

    template <typename Fn, typename T, typename V, typename Enc>
    auto submit_chunks(Fn fn, Trampoline tr, const std::vector<T>& items, size_t chunksize,
                       Callbacks<std::vector<V>> cb, Loc loc, Enc enc) {
        using R = typename FnTraits<Fn>::Result;
        detail::Chunker chunker(chunksize ? chunksize : default_chunksize(items.size()), task_room());
        Writer w;
        for (const T& x : items) {
            w.bytes().clear();
            enc(w, x);
            chunker.add(w.bytes());
        }
        std::vector<std::string> chunks = chunker.finish();
        auto job = std::make_shared<MapJob<ValueOf<R>>>(std::move(cb), chunks.size(), items.size());
        std::vector<detail::TaskSpec> tasks;
        tasks.reserve(chunks.size());
        for (std::string& c : chunks) tasks.push_back({tr, reinterpret_cast<uintptr_t>(fn), std::move(c)});
        submit(job, std::move(tasks), loc);
        return AsyncResult<std::vector<ValueOf<R>>>(std::move(job));
    }

    std::shared_ptr<detail::PoolCore> core_;
};

// multiprocessing.pool.ThreadPool: the same API, workers are threads of this
// process ("Thread-N (worker)"). terminate() cannot kill a thread: a worker
// finishes the task it runs and then stops.
class ThreadPool : public Pool {
public:
    explicit ThreadPool(int processes = 0, std::function<void()> initializer = {}, int64_t maxtasksperchild = 0,
                        PoolOptions options = {}, Loc loc = Loc::current())
        : Pool(PoolKind::ThreadPool, processes, std::move(initializer), maxtasksperchild, std::move(options), loc) {}
};

// os.cpu_count()
int cpu_count();

}  // namespace il::core
