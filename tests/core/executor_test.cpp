// ThreadPoolExecutor and ProcessPoolExecutor: concurrent.futures' rules for
// submit, Future.result/exception/done/add_done_callback, map and shutdown,
// checked through values, exceptions, thread names and the trace; and the
// ResultWait step rule (a Future's or AsyncResult's wait is enabled only once
// its result is ready).
#include <doctest.h>

#include <stdexcept>
#include <unistd.h>

#include "core/primitives/executor.hpp"
#include "core/primitives/sync_event.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/event_log.hpp"
#include "tests/support/pool_tasks.hpp"
#include "tests/support/step_util.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;
using il::test::TaskTrace;

namespace {

int64_t cube(int64_t x) { return x * x * x; }
int64_t nap_then(int64_t x, double seconds) {
    sleep(seconds);
    return x;
}
int64_t refuse(int64_t) { throw std::invalid_argument("no, thank you"); }
int worker_pid() { return ::getpid(); }

// A task that finishes only once the test opens the gate, so the test knows
// what is still running instead of hoping a nap outlasts it. The Event lives
// in the arena: a pool's worker processes, forked after the Gate was made,
// wait on the same one.
Event* g_gate = nullptr;
struct Gate {
    Event open{"gate"};
    Gate() { g_gate = &open; }
    ~Gate() { g_gate = nullptr; }
};
int64_t after_gate(int64_t x) {
    if (!g_gate->wait(20.0)) throw std::runtime_error("the test never opened the gate");
    return x;
}
int worker_pid_after_gate() { return static_cast<int>(after_gate(::getpid())); }

}  // namespace

TEST_CASE("ThreadPoolExecutor: submit returns a Future whose result() is the task's return value") {
    InProcessRun run;
    ThreadPoolExecutor ex(2);
    Future<int64_t> f = ex.submit([](int64_t a, int64_t b) { return a * b; }, std::tuple{6, 7});
    CHECK(f.result() == 42);
    CHECK(f.done());
    CHECK(f.exception() == nullptr);
    int captured = 5;
    CHECK(ex.submit([&captured] { return captured + 1; }).result() == 6);  // any callable: same process
}

TEST_CASE("ThreadPoolExecutor: result() re-raises the very exception the task threw") {
    InProcessRun run;
    ThreadPoolExecutor ex(1);
    Future<int64_t> f = ex.submit(refuse, std::tuple{1});
    CHECK_THROWS_WITH_AS(f.result(), "no, thank you", std::invalid_argument);
    CHECK(f.exception() != nullptr);
    const TaskTrace t(run.arena, ex.id());
    CHECK(t.failed_tasks() == 1);
}

TEST_CASE("ProcessPoolExecutor: result() raises RuntimeError with the worker's message") {
    InProcessRun run;
    ProcessPoolExecutor ex(1);
    Future<int64_t> f = ex.submit(refuse, std::tuple{1});
    CHECK_THROWS_WITH_AS(f.result(), "no, thank you", RuntimeError);
    CHECK(f.exception() != nullptr);
    CHECK(ex.submit(cube, std::tuple{3}).result() == 27);
}

TEST_CASE("Future: result with a timeout on an unfinished task raises TimeoutError") {
    InProcessRun run;
    Gate gate;
    ThreadPoolExecutor tex(1);
    ProcessPoolExecutor pex(1);
    Future<int64_t> a = tex.submit(after_gate, std::tuple{1});
    Future<int64_t> b = pex.submit(after_gate, std::tuple{2});
    CHECK_THROWS_AS(a.result(0.02), TimeoutError);
    CHECK_THROWS_AS(b.result(0.02), TimeoutError);
    CHECK_FALSE(a.done());
    gate.open.set();
    CHECK(a.result() == 1);
    CHECK(b.result() == 2);
}

TEST_CASE("ThreadPoolExecutor: a done callback runs in the worker thread, or at once in the caller when done") {
    InProcessRun run;
    Gate gate;
    ThreadPoolExecutor ex(1);
    std::vector<std::string> ran_in;
    Future<int64_t> f = ex.submit(after_gate, std::tuple{5});
    f.add_done_callback([&](const Future<int64_t>& d) {
        ran_in.push_back(current_thread_name() + ":" + std::to_string(d.result()));
    });
    gate.open.set();  // the callback is in place before the task can finish
    f.result();
    ex.shutdown();  // the callback runs right after waiters wake: wait for the worker to be done with it
    REQUIRE(ran_in.size() == 1);
    CHECK(ran_in[0] == "ThreadPoolExecutor-0_0:5");
    f.add_done_callback([&](const Future<int64_t>&) { ran_in.push_back(current_thread_name()); });
    CHECK(ran_in.back() == "MainThread");
    const TaskTrace t(run.arena, ex.id());
    CHECK(t.count(EventKind::TaskCallback) == 2);
}

TEST_CASE("ProcessPoolExecutor: done callbacks run in the parent, on the executor's manager thread") {
    InProcessRun run;
    Gate gate;
    std::string thread;
    int pid = 0;
    {
        ProcessPoolExecutor ex(2);
        Future<int> f = ex.submit(worker_pid_after_gate);
        f.add_done_callback([&](const Future<int>&) {
            thread = current_thread_name();
            pid = ::getpid();
        });
        gate.open.set();  // the callback is in place before the task can finish
        CHECK(f.result() != ::getpid());  // the task ran in a worker process
    }  // shutdown(wait=True): the manager has run the callback
    CHECK(thread == "Thread-1");
    CHECK(pid == ::getpid());
}

TEST_CASE("ThreadPoolExecutor: threads are named like Python's and started only when none is idle") {
    InProcessRun run;
    {
        ThreadPoolExecutor first(4);
        for (int i = 0; i < 5; ++i) first.submit(cube, std::tuple{i}).result();  // one at a time: one thread does all
        CHECK(first.worker_names() == std::vector<std::string>{"ThreadPoolExecutor-0_0"});
    }
    Gate gate;  // no task ends before all six are submitted: no thread is ever idle
    ThreadPoolExecutor second(3);
    std::vector<Future<int64_t>> fs;
    for (int i = 0; i < 6; ++i) fs.push_back(second.submit(after_gate, std::tuple{i}));
    gate.open.set();
    for (auto& f : fs) f.result();
    CHECK(second.worker_names() ==
          std::vector<std::string>{"ThreadPoolExecutor-1_0", "ThreadPoolExecutor-1_1", "ThreadPoolExecutor-1_2"});
    ThreadPoolExecutor named(1, "io");
    named.submit(cube, std::tuple{1}).result();
    CHECK(named.worker_names() == std::vector<std::string>{"io_0"});
}

TEST_CASE("Executor: submit after shutdown raises RuntimeError") {
    InProcessRun run;
    ThreadPoolExecutor tex(1);
    ProcessPoolExecutor pex(1);
    tex.shutdown();
    pex.shutdown();
    CHECK_THROWS_WITH_AS(tex.submit(cube, std::tuple{1}), "cannot schedule new futures after shutdown", RuntimeError);
    CHECK_THROWS_WITH_AS(pex.submit(cube, std::tuple{1}), "cannot schedule new futures after shutdown", RuntimeError);
}

TEST_CASE("Executor: shutdown(wait=True) returns once every submitted task is done") {
    InProcessRun run;
    ThreadPoolExecutor tex(2);
    ProcessPoolExecutor pex(2);
    std::vector<Future<int64_t>> tf, pf;
    for (int i = 0; i < 6; ++i) {
        tf.push_back(tex.submit(nap_then, std::tuple{i, 0.01}));
        pf.push_back(pex.submit(nap_then, std::tuple{i, 0.01}));
    }
    tex.shutdown(true);
    pex.shutdown(true);
    for (auto& f : tf) CHECK(f.done());
    for (auto& f : pf) CHECK(f.done());
    for (const std::string& n : pex.worker_names()) CHECK(run.arena.worker(run.arena.find_worker(n)).done.load() == 1);
}

TEST_CASE("Executor: shutdown(wait=False) returns at once and the futures still complete") {
    InProcessRun run;
    Gate gate;
    ThreadPoolExecutor ex(1);
    Future<int64_t> f = ex.submit(after_gate, std::tuple{9});
    ex.shutdown(false);
    CHECK_FALSE(f.done());
    gate.open.set();
    CHECK(f.result() == 9);
}

TEST_CASE("Executor: map returns the results in order") {
    InProcessRun run;
    ThreadPoolExecutor tex(3);
    ProcessPoolExecutor pex(3);
    const std::vector<int64_t> xs{4, 1, 3, 2};
    CHECK(tex.map(cube, xs) == std::vector<int64_t>{64, 1, 27, 8});
    CHECK(pex.map(cube, xs) == std::vector<int64_t>{64, 1, 27, 8});
}

TEST_CASE("ProcessPoolExecutor: workers are forked processes named ForkProcess-N, each reused") {
    InProcessRun run;
    ProcessPoolExecutor ex(2);
    CHECK(ex.worker_names() == std::vector<std::string>{"ForkProcess-1", "ForkProcess-2"});
    std::vector<Future<int>> fs;
    for (int i = 0; i < 10; ++i) fs.push_back(ex.submit(worker_pid));
    std::set<int> pids;
    for (auto& f : fs) pids.insert(f.result());
    CHECK(pids.size() <= 2);
    CHECK(pids.count(::getpid()) == 0);
    ex.shutdown();
    const TaskTrace t(run.arena, ex.id());
    CHECK(t.count(EventKind::TaskStart) == 10);
    size_t total = 0;
    for (const auto& [w, n] : t.tasks_per_worker()) {
        CHECK(w.rfind("ForkProcess-", 0) == 0);
        total += n;
    }
    CHECK(total == 10);
}

// ------------------------------------------------------------ step mode

namespace {

// Records, at every grant, whether MainThread's pending ResultWait was offered
// while its result was not ready (must never happen) and whether it was
// withheld at least once (the rule really gates it).
struct ResultWaitWatch {
    bool offered_unready = false, withheld = false;
    std::atomic<uint32_t> pool{kNoObject};
    std::optional<Choice> pick(const Arena& a, const std::vector<Choice>& cs) {
        const uint16_t main = a.find_worker("MainThread");
        if (main != kNoWorker && il::test::pending_op(a, "MainThread") == OpKind::ResultWait) {
            const WorkerSlot& w = a.worker(main);
            const bool ready = pool_result_ready(a, a.object(w.pending_object.load()), w.pending_value.load());
            const bool offered = il::test::find_choice(a, cs, "MainThread").has_value();
            offered_unready |= offered && !ready;
            withheld |= !offered;
        }
        return il::test::prefer(a, cs, "MainThread");  // MainThread first: it reaches get() early
    }
};

}  // namespace

TEST_CASE("Future: in step mode result() is not enabled until the future is done") {
    ResultWaitWatch watch;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) { return watch.pick(a, cs); });
    int64_t got = 0;
    const auto r = il::test::run_stepped(
        [&] {
            ThreadPoolExecutor ex(1);
            got = ex.submit(cube, std::tuple{4}).result();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(got == 64);
    CHECK(watch.withheld);
    CHECK_FALSE(watch.offered_unready);
}

TEST_CASE_TEMPLATE("Pool: in step mode get() is not enabled until the result is ready", P, Pool, ThreadPool) {
    ResultWaitWatch watch;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) { return watch.pick(a, cs); });
    std::vector<int64_t> got;
    const auto r = il::test::run_stepped(
        [&] {
            P pool(2);
            auto a = pool.apply_async(cube, std::tuple{2});
            auto b = pool.map_async(cube, std::vector<int64_t>{1, 2, 3});
            got.push_back(a.get());
            for (int64_t v : b.get()) got.push_back(v);
            pool.close();
            pool.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(got == std::vector<int64_t>{8, 1, 8, 27});
    CHECK(watch.withheld);
    CHECK_FALSE(watch.offered_unready);
}

TEST_CASE_TEMPLATE("Pool: in step mode terminate() ends the pool and a timed get() may time out", P, Pool, ThreadPool) {
    bool timed_out = false;
    il::test::FnStrategy strategy([&](const Arena& a, const std::vector<Choice>& cs) -> std::optional<Choice> {
        if (auto c = il::test::find_choice(a, cs, "MainThread", Grant::TimeOut)) return c;
        return il::test::prefer(a, cs, "MainThread");
    });
    const auto r = il::test::run_stepped(
        [&] {
            P pool(2);
            auto slow = pool.apply_async(nap_then, std::tuple{1, 10.0});
            try {
                slow.get(1.0);
            } catch (const TimeoutError&) {
                timed_out = true;
            }
            pool.terminate();
            pool.join();
        },
        strategy);
    INFO(r.error);
    CHECK(r.status == StepStatus::Finished);
    CHECK(timed_out);
}
