// core/primitives/executor.hpp — concurrent.futures: ThreadPoolExecutor and
// ProcessPoolExecutor with submit → Future (result(timeout), exception,
// done, add_done_callback), map, shutdown(wait).
//
// ThreadPoolExecutor, as in CPython: submit() puts a work item on the
// executor's work queue (an arena Queue, a lane on the timeline) and starts a
// new worker thread only when no idle one is left, up to max_workers (default
// min(32, cpu_count + 4)); workers are named "ThreadPoolExecutor-<k>_<n>".
// Any callable works (it runs in this process). A done callback runs in the
// worker thread that finished the future — or at once in the caller when the
// future is already done.
//
// ProcessPoolExecutor: max_workers (default cpu_count) worker processes
// "ForkProcess-N", forked when the executor is made (CPython 3.11 forks them
// at the first submit), fed through a call queue of
// max_workers + 1 slots by the executor's manager thread ("Thread-N"), which
// also receives the results, completes the futures and runs their done
// callbacks (as CPython's executor manager thread does). Tasks are plain
// functions (or capture-less lambdas) with encodable arguments, as for Pool
// (core/primitives/pool.hpp), and an exception comes back as RuntimeError(message).
//
// Events (object = the executor, value = the task index): TaskSubmit,
// TaskStart, TaskDone (flags 1: raised), TaskCallback (one per done callback).
// Future.result/exception wait as ResultWait on the executor (step mode:
// enabled once the future is done; a timed wait may time out).
//
// Thread rules: submit/map/shutdown from any worker of the creating process;
// Future methods from any worker of that process. Destroying an executor is
// shutdown(wait=True), like leaving Python's `with` block.
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

#include "core/primitives/pool.hpp"

namespace il::core {

// concurrent.futures.CancelledError
struct CancelledError : std::runtime_error {
    CancelledError() : std::runtime_error("CancelledError") {}
};

// A future's state: its value or exception, and its done callbacks.
template <typename V>
class FutureState final : public JobBase {
public:
    // Completer: the value, or the exception (thread executor: the original).
    void set_value(V v) { value_ = std::move(v); }
    void assemble() override {
        if constexpr (std::is_same_v<V, NoneType>)
            if (!value_) value_.emplace();  // a void task: its value is None
    }
    void set_exception(std::exception_ptr e, std::string message) {
        exc_ = std::move(e);
        fail(std::move(message));
    }
    // Completer, once: publish (waiters wake), then the done callbacks, in order.
    void complete(int64_t task, uint32_t line) override {
        finish(task, line, false);
        std::vector<std::function<void()>> cbs;
        {
            std::lock_guard g(mu_);
            done_ = true;
            cbs.swap(callbacks_);
        }
        for (auto& cb : cbs) run_done_callback(cb, task, line);
    }
    // Runs cb when done: now in the caller when it already is, else in the completer.
    void add_callback(std::function<void()> cb, uint32_t line) {
        {
            std::lock_guard g(mu_);
            if (!done_) {
                callbacks_.push_back(std::move(cb));
                return;
            }
        }
        run_done_callback(cb, first_task(), line);
    }
    const V& value() const { return *value_; }
    std::string repr() const override { return value_ ? repr_of(*value_) : std::string(); }
    const std::exception_ptr& exception_ptr() const { return exc_; }

private:
    void store(uint32_t, std::string_view payload) override {
        if constexpr (kEncodable<V>) value_ = decode_bytes<V>(payload);
    }
    bool has_callback() const override { return false; }
    bool has_error_callback() const override { return false; }
    void run_callback() override {}
    void run_error_callback() override {}
    void run_done_callback(const std::function<void()>& cb, int64_t task, uint32_t line) {
        emit(EventKind::TaskCallback, pool(), task, line);
        pool_shared(pool()).callbacks.fetch_add(1, std::memory_order_relaxed);
        try {
            cb();
        } catch (const RunStopped&) {
            throw;
        } catch (const std::exception& e) {  // Python logs it and carries on
            print_unchecked(std::string("exception calling callback for future: ") + e.what() + "\n", line);
        }
    }
    std::optional<V> value_;  // never default-constructed (see TypedJob)
    std::exception_ptr exc_;
    std::mutex mu_;  // callbacks_, done_; never held while a callback runs
    std::vector<std::function<void()>> callbacks_;
    bool done_ = false;
};

template <typename R>
class Future {
public:
    using Value = ValueOf<R>;
    Future() = default;
    explicit Future(std::shared_ptr<FutureState<Value>> s) : s_(std::move(s)) {}

    // result(timeout=None): the value once done; raises TimeoutError when not
    // done in time, or the task's exception (ThreadPoolExecutor: the very
    // exception the task threw; ProcessPoolExecutor: RuntimeError(message)).
    R result(double timeout = -1, Loc loc = Loc::current()) const {
        if (!s_->wait(timeout, line_of(loc))) throw TimeoutError();
        if (s_->exception_ptr()) std::rethrow_exception(s_->exception_ptr());
        s_->raise_if_failed();
        if constexpr (!std::is_void_v<R>) return s_->value();
    }
    // exception(timeout=None): the task's exception, or nullptr when it returned.
    std::exception_ptr exception(double timeout = -1, Loc loc = Loc::current()) const {
        if (!s_->wait(timeout, line_of(loc))) throw TimeoutError();
        if (s_->exception_ptr() || s_->success()) return s_->exception_ptr();
        return std::make_exception_ptr(RuntimeError(s_->error()));
    }
    // done(): no step.
    bool done() const { return s_->ready(); }
    // add_done_callback(fn): fn(future) once done (see the header comment for which thread).
    void add_done_callback(std::function<void(const Future&)> fn, Loc loc = Loc::current()) const {
        std::weak_ptr<FutureState<Value>> w = s_;
        s_->add_callback([fn = std::move(fn), w] {
            if (auto s = w.lock()) fn(Future(s));
        }, line_of(loc));
    }
    uint64_t job() const { return s_->job(); }

private:
    std::shared_ptr<FutureState<Value>> s_;
};

namespace detail {
class ThreadExecutorCore;
class ProcessExecutorCore;

// A call submitted to a ThreadPoolExecutor: the function and its arguments
// in one allocation with the work item (a std::function's own heap block and
// a separate item cost two more per task; bench/README.md, executor). Made
// by the submitter, run and deleted by the worker that takes it.
struct ThreadCall {
    explicit ThreadCall(std::shared_ptr<JobBase> j) : job(std::move(j)) {}
    virtual ~ThreadCall() = default;
    virtual void run() = 0;  // the call; its value or exception goes to job
    std::shared_ptr<JobBase> job;
    uint32_t line = 0;
};
template <typename Fn>
struct ThreadCallOf final : ThreadCall {
    ThreadCallOf(std::shared_ptr<JobBase> j, Fn f) : ThreadCall(std::move(j)), fn(std::move(f)) {}
    void run() override { fn(*job); }
    Fn fn;
};

// Executor.map's second half: every future's result, in order.
template <typename R>
std::vector<ValueOf<R>> results_in_order(std::vector<Future<R>>& fs, double timeout, Loc loc) {
    std::vector<ValueOf<R>> out;
    out.reserve(fs.size());
    for (auto& fu : fs) {
        if constexpr (std::is_void_v<R>) fu.result(timeout, loc), out.emplace_back();
        else out.push_back(fu.result(timeout, loc));
    }
    return out;
}
}  // namespace detail

class ThreadPoolExecutor {
public:
    // ThreadPoolExecutor(max_workers=None, thread_name_prefix='', initializer=None)
    explicit ThreadPoolExecutor(int max_workers = 0, std::string thread_name_prefix = {},
                                std::function<void()> initializer = {}, Loc loc = Loc::current());
    ~ThreadPoolExecutor();
    ThreadPoolExecutor(const ThreadPoolExecutor&) = delete;
    ThreadPoolExecutor& operator=(const ThreadPoolExecutor&) = delete;

    // submit(fn, *args) -> Future. Raises RuntimeError after shutdown.
    template <typename F, typename... A>
    auto submit(F f, std::tuple<A...> args = {}, Loc loc = Loc::current()) {
        using R = decltype(std::apply(f, args));
        using State = FutureState<ValueOf<R>>;
        auto st = std::make_shared<State>();
        auto run = [f = std::move(f), args = std::move(args)](JobBase& job) mutable {
            auto& state = static_cast<State&>(job);
            try {
                if constexpr (std::is_void_v<R>) std::apply(f, std::move(args));
                else state.set_value(std::apply(f, std::move(args)));
            } catch (const RunStopped&) {
                throw;
            } catch (const std::exception& e) {
                state.set_exception(std::current_exception(), e.what());
            } catch (...) {
                state.set_exception(std::current_exception(), "unknown exception");
            }
        };
        submit_call(std::make_unique<detail::ThreadCallOf<decltype(run)>>(st, std::move(run)), loc);
        return Future<R>(std::move(st));
    }
    // map(fn, items) -> the results in order (Python returns them lazily).
    template <typename F, typename T>
    auto map(F f, const std::vector<T>& items, double timeout = -1, Loc loc = Loc::current()) {
        using R = decltype(f(items.front()));
        std::vector<Future<R>> fs;
        for (const T& x : items) fs.push_back(submit(f, std::tuple<T>(x), loc));
        return detail::results_in_order(fs, timeout, loc);
    }
    // shutdown(wait=True): no more submits; with wait, returns once every
    // submitted task is done and the workers have exited.
    void shutdown(bool wait = true, Loc loc = Loc::current());
    uint32_t id() const;
    std::vector<std::string> worker_names() const;

private:
    void submit_call(std::unique_ptr<detail::ThreadCall> call, Loc loc);
    std::shared_ptr<detail::ThreadExecutorCore> core_;
};

class ProcessPoolExecutor {
public:
    // ProcessPoolExecutor(max_workers=None, initializer=None)
    explicit ProcessPoolExecutor(int max_workers = 0, std::function<void()> initializer = {},
                                 PoolOptions options = {}, Loc loc = Loc::current());
    ~ProcessPoolExecutor();
    ProcessPoolExecutor(const ProcessPoolExecutor&) = delete;
    ProcessPoolExecutor& operator=(const ProcessPoolExecutor&) = delete;

    // submit(fn, *args) -> Future. fn: a plain function or capture-less lambda.
    template <typename F, typename... A>
    auto submit(F f, std::tuple<A...> args = {}, Loc loc = Loc::current()) {
        auto fn = as_task_fn(f);
        using Tr = FnTraits<decltype(fn)>;
        using R = typename Tr::Result;
        auto st = std::make_shared<FutureState<ValueOf<R>>>();
        detail::TaskSpec t{one_trampoline(fn), reinterpret_cast<uintptr_t>(fn),
                           encode_bytes(std::make_from_tuple<typename Tr::Args>(std::move(args)))};
        submit_task(st, std::move(t), loc);
        return Future<R>(std::move(st));
    }
    template <typename F, typename T>
    auto map(F f, const std::vector<T>& items, double timeout = -1, Loc loc = Loc::current()) {
        using R = TaskResult<F>;
        std::vector<Future<R>> fs;
        for (const T& x : items) fs.push_back(submit(f, std::tuple<T>(x), loc));
        return detail::results_in_order(fs, timeout, loc);
    }
    void shutdown(bool wait = true, Loc loc = Loc::current());
    uint32_t id() const;
    std::vector<std::string> worker_names() const;

private:
    void submit_task(const std::shared_ptr<JobBase>& st, detail::TaskSpec task, Loc loc);
    std::shared_ptr<detail::ProcessExecutorCore> core_;
};

}  // namespace il::core
