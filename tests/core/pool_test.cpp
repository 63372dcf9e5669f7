// Pool and ThreadPool: Python's multiprocessing.Pool rules, each stated as a
// test and checked on both kinds of pool (process workers and thread workers)
// through results, exceptions and the trace's structure.
#include <doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <unistd.h>

#include "core/primitives/pool.hpp"
#include "core/primitives/shared.hpp"
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

int64_t square(int64_t x) { return x * x; }
int64_t add(int64_t a, int64_t b) { return a + b; }
int64_t fail_on_three(int64_t x) {
    if (x == 3) throw std::runtime_error("three is bad");
    return x;
}
int64_t nap_then(int64_t x, double seconds) {
    sleep(seconds);
    return x;
}
int my_pid() { return ::getpid(); }
std::string describe_args(std::string name, double weight, bool flag, std::vector<int64_t> xs) {
    int64_t sum = 0;
    for (int64_t x : xs) sum += x;
    return name + ":" + std::to_string(static_cast<int>(weight * 10)) + (flag ? ":yes:" : ":no:") + std::to_string(sum);
}
std::tuple<int64_t, std::string> pair_up(int64_t n) { return {n, std::string(static_cast<size_t>(n), 'x')}; }
void nothing() {}
Event* g_gate = nullptr;  // set before a pool's workers start (a forked worker inherits it)
int64_t wait_at_gate(int64_t x) {
    g_gate->wait();
    return x;
}

}  // namespace

TEST_CASE_TEMPLATE("Pool: results come back in submission order", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(3);
    std::vector<AsyncResult<int64_t>> rs;
    // Later tasks are shorter, so they finish first; get() still answers in order.
    for (int64_t i = 0; i < 6; ++i) rs.push_back(pool.apply_async(nap_then, std::tuple{i, 0.03 - 0.005 * double(i)}));
    for (int64_t i = 0; i < 6; ++i) CHECK(rs[static_cast<size_t>(i)].get() == i);
    std::vector<int64_t> xs(40);
    for (size_t i = 0; i < xs.size(); ++i) xs[i] = static_cast<int64_t>(i);
    const std::vector<int64_t> squares = pool.map(square, xs, 3);
    REQUIRE(squares.size() == 40);
    for (size_t i = 0; i < 40; ++i) CHECK(squares[i] == int64_t(i * i));
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: get() re-raises the worker's exception", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(2);
    AsyncResult<int64_t> bad = pool.apply_async(fail_on_three, std::tuple{3});
    AsyncResult<int64_t> good = pool.apply_async(fail_on_three, std::tuple{4});
    CHECK_THROWS_WITH_AS(bad.get(), "three is bad", RuntimeError);
    CHECK_FALSE(bad.successful());
    CHECK(good.get() == 4);
    CHECK(good.successful());
    // map: one failing item fails the whole call with that item's exception.
    CHECK_THROWS_WITH_AS(pool.map(fail_on_three, std::vector<int64_t>{1, 2, 3, 4}), "three is bad", RuntimeError);
    pool.close();
    pool.join();
    const TaskTrace t(run.arena, pool.id());
    CHECK(t.failed_tasks() >= 2);  // TaskDone carries flags 1 for the raising tasks
}

TEST_CASE_TEMPLATE("Pool: callbacks run in the parent on the result-handler thread", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(2);
    std::vector<std::string> threads;
    std::vector<int> pids;
    std::vector<int64_t> values;
    std::vector<std::string> errors;
    Callbacks<int64_t> cb{.callback =
                              [&](const int64_t& v) {
                                  values.push_back(v);
                                  pids.push_back(::getpid());
                                  threads.push_back(current_thread_name());
                              },
                          .error_callback = [&](const RuntimeError& e) { errors.push_back(e.what()); }};
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < 5; ++i) rs.push_back(pool.apply_async(fail_on_three, std::tuple{i}, cb));
    for (auto& r : rs) r.wait();  // a callback has run once its result is ready
    CHECK(values.size() == 4);
    CHECK(errors == std::vector<std::string>{"three is bad"});
    // Pool(2): its handlers are Thread-1..3; ThreadPool(2): workers Thread-1, 2, then handlers Thread-3..5.
    const std::string handler = std::is_same_v<P, Pool> ? "Thread-3 (_handle_results)" : "Thread-5 (_handle_results)";
    for (const std::string& t : threads) CHECK(t == handler);
    for (int pid : pids) CHECK(pid == ::getpid());
    pool.close();
    pool.join();
    const TaskTrace t(run.arena, pool.id());
    CHECK(t.count(EventKind::TaskCallback) == 5);
    CHECK(t.callback_workers() == std::set<std::string>{handler});
}

TEST_CASE("Pool: worker and handler names follow Python") {
    InProcessRun run;
    Process before([] {});  // takes Process-1: pool workers share the counter, as in Python
    before.start();
    before.join();
    Pool pool(2);
    CHECK(pool.worker_names() == std::vector<std::string>{"ForkPoolWorker-2", "ForkPoolWorker-3"});
    CHECK(run.arena.find_worker("Thread-1 (_handle_workers)") != kNoWorker);
    CHECK(run.arena.find_worker("Thread-2 (_handle_tasks)") != kNoWorker);
    CHECK(run.arena.find_worker("Thread-3 (_handle_results)") != kNoWorker);
    ThreadPool tp(2);
    CHECK(tp.worker_names() == std::vector<std::string>{"Thread-4 (worker)", "Thread-5 (worker)"});
    CHECK(run.arena.find_worker("Thread-8 (_handle_results)") != kNoWorker);
}

TEST_CASE_TEMPLATE("Pool: a worker is reused for many tasks", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(3);
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < 12; ++i) rs.push_back(pool.apply_async(nap_then, std::tuple{i, 0.005}));
    for (auto& r : rs) r.get();
    pool.close();
    pool.join();
    const TaskTrace t(run.arena, pool.id());
    const auto per_worker = t.tasks_per_worker();
    CHECK(t.count(EventKind::TaskStart) == 12);
    CHECK(per_worker.size() <= 3);  // 12 tasks, never more than the 3 workers
    size_t total = 0;
    for (const auto& [w, n] : per_worker) total += n;
    CHECK(total == 12);
    CHECK(std::any_of(per_worker.begin(), per_worker.end(), [](const auto& kv) { return kv.second >= 2; }));
}

TEST_CASE("Pool: a process worker runs every task in the same process") {
    InProcessRun run;
    Pool pool(2);
    std::set<int> pids;
    for (int i = 0; i < 10; ++i) pids.insert(pool.apply(my_pid));
    const std::vector<int> workers = pool.worker_pids();
    CHECK(pids.size() <= 2);
    for (int p : pids) CHECK(std::find(workers.begin(), workers.end(), p) != workers.end());
    CHECK(pids.count(::getpid()) == 0);
}

TEST_CASE_TEMPLATE("Pool: terminate stops pending tasks", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(2);
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < 30; ++i) rs.push_back(pool.apply_async(nap_then, std::tuple{i, 0.02}));
    CHECK(rs[0].get() == 0);
    pool.terminate();
    pool.join();
    const TaskTrace t(run.arena, pool.id());
    CHECK(t.count(EventKind::TaskSubmit) == 30);
    CHECK(t.count(EventKind::TaskStart) < 30);
    CHECK_FALSE(rs.back().ready());
    CHECK_THROWS_AS(rs.back().get(0.01), TimeoutError);
    CHECK_THROWS_WITH_AS(pool.apply_async(square, std::tuple{1}), "Pool not running", ValueError);
    if constexpr (std::is_same_v<P, Pool>) {
        for (const std::string& name : pool.worker_names()) {
            const uint16_t w = run.arena.find_worker(name);
            REQUIRE(w != kNoWorker);
            CHECK(run.arena.worker(w).exitcode.load() == -15);  // SIGTERM, as in Python
        }
    }
}

TEST_CASE_TEMPLATE("AsyncResult: get with timeout on an unfinished task raises TimeoutError", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(1);
    AsyncResult<int64_t> r = pool.apply_async(nap_then, std::tuple{7, 0.3});
    CHECK_FALSE(r.ready());
    CHECK_THROWS_AS(r.successful(), ValueError);
    CHECK_THROWS_AS(r.get(0.02), TimeoutError);
    CHECK(r.get() == 7);
    CHECK(r.ready());
    CHECK(r.successful());
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: apply runs one task at a time, apply_async runs them side by side", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(4);
    for (int64_t i = 0; i < 6; ++i) CHECK(pool.apply(nap_then, std::tuple{i, 0.01}) == i);
    const TaskTrace serial(run.arena, pool.id());
    CHECK(serial.max_overlap() == 1);
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < 8; ++i) rs.push_back(pool.apply_async(nap_then, std::tuple{i, 0.05}));
    for (auto& r : rs) r.get();
    const TaskTrace both(run.arena, pool.id());
    CHECK(both.max_overlap() >= 2);  // 8 tasks of 50 ms on 4 workers overlap
    CHECK(both.max_overlap() <= 4);
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: map_async and starmap_async call back with the whole list or the first error", P, Pool,
                   ThreadPool) {
    InProcessRun run;
    P pool(2);
    std::vector<int64_t> got;
    std::string error;
    auto ok = pool.map_async(square, std::vector<int64_t>{1, 2, 3}, 1,
                             {.callback = [&](const std::vector<int64_t>& v) { got = v; }});
    auto bad = pool.map_async(fail_on_three, std::vector<int64_t>{1, 2, 3, 4, 5}, 1,
                              {.error_callback = [&](const RuntimeError& e) { error = e.what(); }});
    auto sums = pool.starmap_async(add, std::vector<std::tuple<int64_t, int64_t>>{{1, 2}, {3, 4}, {5, 6}});
    CHECK(ok.get() == std::vector<int64_t>{1, 4, 9});
    CHECK(got == std::vector<int64_t>{1, 4, 9});
    CHECK_THROWS_WITH_AS(bad.get(), "three is bad", RuntimeError);
    CHECK(error == "three is bad");
    CHECK(sums.get() == std::vector<int64_t>{3, 7, 11});
    CHECK(pool.starmap(add, std::vector<std::pair<int, int>>{{10, 1}}) == std::vector<int64_t>{11});
    CHECK(pool.map(square, std::vector<int64_t>{}).empty());
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: map cuts its items into chunks, one task each", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(2);
    std::vector<int64_t> xs(17, 2);
    CHECK(pool.map(square, xs, 5).size() == 17);  // chunks of 5: 5 + 5 + 5 + 2
    const TaskTrace t(run.arena, pool.id());
    CHECK(t.count(EventKind::TaskSubmit) == 4);
    CHECK(t.count(EventKind::TaskDone) == 4);
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: imap yields the results in order", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(2);
    auto it = pool.imap(square, std::vector<int64_t>{3, 1, 2});
    std::vector<int64_t> got;
    while (it.has_next()) got.push_back(it.next());
    CHECK(got == std::vector<int64_t>{9, 1, 4});
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: strings, doubles, bools, vectors and tuples cross into the workers and back", P, Pool,
                   ThreadPool) {
    InProcessRun run;
    P pool(1);
    CHECK(pool.apply(describe_args, std::tuple{"abc", 0.5, true, std::vector<int64_t>{1, 2, 3}}) == "abc:5:yes:6");
    CHECK(pool.apply(pair_up, std::tuple{3}) == std::tuple<int64_t, std::string>{3, "xxx"});
    pool.apply(nothing);
    CHECK(pool.apply([](int64_t a) { return a + 1; }, std::tuple{41}) == 42);  // a lambda without captures
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: maxtasksperchild replaces a worker after that many tasks", P, Pool, ThreadPool) {
    InProcessRun run;
    P pool(1, {}, 2);
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < 6; ++i) rs.push_back(pool.apply_async(square, std::tuple{i}));
    for (auto& r : rs) r.get();
    pool.close();
    pool.join();
    const TaskTrace t(run.arena, pool.id());
    const auto per_worker = t.tasks_per_worker();
    CHECK(per_worker.size() == 3);  // 6 tasks, 2 per worker
    for (const auto& [w, n] : per_worker) CHECK(n == 2);
}

TEST_CASE_TEMPLATE("Pool: a large backlog travels in batches, yet every task runs, is recorded and answered once", P,
                   Pool, ThreadPool) {
    auto config = il::test::small_arena();
    config.ring_capacity = 1u << 17;  // the test reads every event without draining
    InProcessRun run(config);
    Event gate("gate");
    g_gate = &gate;  // before the pool forks its workers
    P pool(2);
    // Many short tasks first: batches are sized by the mean task time, and the
    // two gate tasks below must hardly move it.
    constexpr int64_t warm = 20000, n = 3000;
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < warm; ++i) rs.push_back(pool.apply_async(square, std::tuple{i}));
    for (auto& r : rs) r.get();
    rs.clear();
    const auto inq = pool_shared(run.arena, pool.id()).inqueue;
    const auto gets_before = il::test::count_kind(il::test::all_events(run.arena), EventKind::QueueGet, inq);
    // Both workers wait at the gate, so the whole backlog is queued before any
    // of it is sent: the batches do not depend on how fast anything ran.
    AsyncResult<int64_t> g1 = pool.apply_async(wait_at_gate, std::tuple{int64_t{1}});
    AsyncResult<int64_t> g2 = pool.apply_async(wait_at_gate, std::tuple{int64_t{2}});
    for (int64_t i = 0; i < n; ++i) rs.push_back(pool.apply_async(square, std::tuple{i}));
    gate.set();
    for (int64_t i = 0; i < n; ++i) REQUIRE(rs[static_cast<size_t>(i)].get() == i * i);
    CHECK(g1.get() + g2.get() == 3);
    pool.close();
    pool.join();
    g_gate = nullptr;
    const TaskTrace t(run.arena, pool.id());
    CHECK(t.count(EventKind::TaskStart) == warm + 2 + n);
    CHECK(t.count(EventKind::TaskDone) == warm + 2 + n);
    const auto gets = il::test::count_kind(il::test::all_events(run.arena), EventKind::QueueGet, inq) - gets_before;
    // Fewer inqueue messages than tasks: 604-688 measured in an optimised
    // build; the batch size follows the mean task time, so a sanitizer build's
    // slower tasks make smaller batches (over n / 3 once). One message per task
    // would make n + 4; half of that still says the backlog went in batches.
    INFO("inqueue messages: ", gets);
    CHECK(gets < n / 2);
}

TEST_CASE("Pool: with maxtasksperchild a worker stops after exactly that many tasks, backlog or not") {
    InProcessRun run;
    Pool pool(2, {}, 100);
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < 1000; ++i) rs.push_back(pool.apply_async(square, std::tuple{i}));
    for (auto& r : rs) r.get();
    pool.close();
    pool.join();
    const auto per_worker = TaskTrace(run.arena, pool.id()).tasks_per_worker();
    CHECK(per_worker.size() >= 10);
    for (const auto& [w, k] : per_worker) CHECK(k <= 100);
}

TEST_CASE_TEMPLATE("Pool: the initializer runs once in each worker", P, Pool, ThreadPool) {
    InProcessRun run;
    Shared<int64_t> started("started", 0);
    {
        P pool(3, [started]() mutable { started.store(started.load() + 1); });
        for (int64_t i = 0; i < 6; ++i) pool.apply(square, std::tuple{i});
        pool.close();
        pool.join();
    }
    CHECK(started.peek() == 3);
}

TEST_CASE("Pool: initargs are handed to the initializer") {
    InProcessRun run;
    Shared<int64_t> seen("seen", 0);
    {
        Pool pool(2, [](Shared<int64_t> s, int64_t v) { s.store(v); }, std::tuple{seen, int64_t{5}});
        pool.close();
        pool.join();
    }
    CHECK(seen.peek() == 5);
}

TEST_CASE("Pool: using a closed or running pool wrongly raises ValueError") {
    InProcessRun run;
    Pool pool(1);
    CHECK_THROWS_WITH_AS(pool.join(), "Pool is still running", ValueError);
    pool.close();
    CHECK_THROWS_WITH_AS(pool.apply_async(square, std::tuple{2}), "Pool not running", ValueError);
    pool.join();
    CHECK_THROWS_AS(Pool(0, {}, -1), ValueError);
}

TEST_CASE("Pool: an argument larger than item_size raises ValueError at submission") {
    InProcessRun run;
    Pool pool(1, {}, 0, PoolOptions{.name = "small", .item_size = 256});
    const std::tuple big{std::string(300, 'a'), 0.0, false, std::vector<int64_t>{}};
    CHECK_THROWS_AS(pool.apply_async(describe_args, big), ValueError);
    // A map's items are cut into chunks that fit.
    std::vector<int64_t> many(100, 3);
    CHECK(pool.map(square, many, 100).size() == 100);
    pool.close();
    pool.join();
}

TEST_CASE_TEMPLATE("Pool: tasks are recorded as TaskSubmit, TaskStart, TaskDone with the task index", P, Pool,
                   ThreadPool) {
    InProcessRun run;
    P pool(2);
    std::vector<AsyncResult<int64_t>> rs;
    for (int64_t i = 0; i < 5; ++i) rs.push_back(pool.apply_async(square, std::tuple{i}));
    for (auto& r : rs) r.get();
    pool.close();
    pool.join();
    const TaskTrace t(run.arena, pool.id());
    CHECK(t.values(EventKind::TaskSubmit) == std::vector<int64_t>{0, 1, 2, 3, 4});
    std::vector<int64_t> done = t.values(EventKind::TaskDone);
    std::sort(done.begin(), done.end());
    CHECK(done == std::vector<int64_t>{0, 1, 2, 3, 4});
    CHECK(t.each_start_follows_its_submit());
    CHECK(t.submitters() == std::set<std::string>{"MainThread"});
}

TEST_CASE("pool_contents: shows the pool's workers, counters and recent results") {
    InProcessRun run;
    Pool pool(2, {}, 0, PoolOptions{.name = "squares"});
    for (int64_t i = 1; i <= 3; ++i) pool.apply(square, std::tuple{i});
    const auto snap = pool_contents(run.arena, pool.id());
    REQUIRE(snap.has_value());
    CHECK(snap->kind == PoolKind::Pool);
    CHECK(snap->state == PoolState::Run);
    CHECK(snap->workers_n == 2);
    CHECK(snap->submitted == 3);
    CHECK(snap->done == 3);
    REQUIRE(snap->workers.size() == 2);
    CHECK(snap->workers[0].name == "ForkPoolWorker-1");
    CHECK(snap->workers[0].completed + snap->workers[1].completed == 3);
    REQUIRE(snap->recent.size() == 3);
    CHECK(snap->recent[2].text == "9");
    pool.close();
    CHECK(pool_contents(run.arena, pool.id())->state == PoolState::Close);
    pool.join();
    CHECK_FALSE(pool_contents(run.arena, kNoObject).has_value());
}

TEST_CASE("Pool: destroying a running pool terminates it, like leaving `with Pool() as pool:`") {
    InProcessRun run;
    uint32_t id = 0;
    std::vector<std::string> names;
    {
        Pool pool(2);
        id = pool.id();
        names = pool.worker_names();
        pool.apply_async(nap_then, std::tuple{int64_t{1}, 5.0});  // would take 5 s
    }
    CHECK(pool_contents(run.arena, id)->state == PoolState::Terminate);
    for (const std::string& n : names) CHECK(run.arena.worker(run.arena.find_worker(n)).done.load() == 1);
}
