// bench/pool_bench.cpp — Pool and executors against CPython, with tracing on
// (a drainer thread empties the rings as the observer would, so nothing is
// dropped: drops would make recording cheaper). The same workloads in CPython:
// bench/pool_python.py. Figures and commands: bench/README.md.
//
//   apply_async: 50,000 trivial tasks on a 4-process Pool, all submitted,
//                then every get()                target >= 10x CPython's Pool
//   map:         Pool.map of the same 50,000 items target >= CPython's
//   process:     Process start + join, per process  target <= 0.5 ms median,
//                                                    below CPython's
//   executor:    50,000 ThreadPoolExecutor.submit + result(), 4 threads
//                                                    target >= 5x CPython's
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "bench/drainer.hpp"
#include "bench/run_host_main.hpp"
#include "core/primitives/executor.hpp"
#include "core/primitives/pool.hpp"
#include "core/observer/run.hpp"
#include "core/runtime/worker.hpp"

using namespace il::core;
using il::bench::Drainer;

namespace {

constexpr int64_t kTasks = 50'000;

// A run in this process: the arena, MainThread, and a drainer.
struct BenchRun {
    Arena arena;
    std::unique_ptr<Drainer> drain;
    explicit BenchRun(uint32_t max_workers = 32, uint32_t ring = 1u << 16) {
        ArenaConfig c;
        c.max_workers = max_workers;
        c.ring_capacity = ring;
        c.heap_size = 64ull << 20;
        arena = Arena::create(c, "bench");
        attach(&arena);
        register_main_worker();
        drain = std::make_unique<Drainer>(arena);
    }
    ~BenchRun() {
        try {
            process_exit_cleanup();
        } catch (...) {
        }
        drain.reset();
        detach();
    }
    uint64_t dropped() const {
        uint64_t n = 0;
        for (uint32_t w = 0; w < arena.worker_count(); ++w) n += arena.worker(w).dropped.load();
        return n;
    }
};

int64_t add_one(int64_t x) { return x + 1; }

// --- Process start + join ------------------------------------------------------

void BM_Process_StartJoin(benchmark::State& state) {
    // Every process takes a worker slot for the rest of its run: start a fresh
    // run (outside the timing) every few hundred processes.
    constexpr int kPerRun = 200;
    std::unique_ptr<BenchRun> run;
    int in_run = kPerRun;
    std::vector<double> ms;
    for (auto _ : state) {
        if (in_run == kPerRun) {
            state.PauseTiming();
            run.reset();
            run = std::make_unique<BenchRun>(kPerRun + 8, 1024);
            in_run = 0;
            state.ResumeTiming();
        }
        const auto t0 = std::chrono::steady_clock::now();
        Process p([] {});
        p.start();
        p.join();
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        ++in_run;
    }
    run.reset();
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms.empty() ? 0 : ms[ms.size() / 2];
    state.counters["p90_ms"] = ms.empty() ? 0 : ms[ms.size() * 9 / 10];
}
BENCHMARK(BM_Process_StartJoin)->UseRealTime()->Unit(benchmark::kMicrosecond);

// The floor under Process start + join: a bare fork(), _exit(0) in the child,
// waitpid() in the parent, from the same process (same address space to copy).
void BM_Fork_Floor(benchmark::State& state) {
    BenchRun run;
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        const pid_t pid = ::fork();
        if (pid == 0) _exit(0);
        int status = 0;
        ::waitpid(pid, &status, 0);
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms.empty() ? 0 : ms[ms.size() / 2];
}
BENCHMARK(BM_Fork_Floor)->UseRealTime()->Unit(benchmark::kMicrosecond);

// --- Pool --------------------------------------------------------------------

void BM_Pool_ApplyAsync(benchmark::State& state) {
    BenchRun run;
    uint64_t dropped = 0;
    {
        Pool pool(4);
        pool.map(add_one, std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8});  // the workers are up
        std::vector<AsyncResult<int64_t>> rs;
        rs.reserve(kTasks);
        for (auto _ : state) {
            rs.clear();
            for (int64_t i = 0; i < kTasks; ++i) rs.push_back(pool.apply_async(add_one, std::tuple{i}));
            int64_t sum = 0;
            for (auto& r : rs) sum += r.get();
            benchmark::DoNotOptimize(sum);
        }
        pool.close();
        pool.join();
        dropped = run.dropped();
    }
    state.SetItemsProcessed(state.iterations() * kTasks);
    state.counters["dropped"] = static_cast<double>(dropped);
}
BENCHMARK(BM_Pool_ApplyAsync)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_Pool_Map(benchmark::State& state) {
    BenchRun run;
    std::vector<int64_t> items(kTasks);
    for (int64_t i = 0; i < kTasks; ++i) items[static_cast<size_t>(i)] = i;
    uint64_t dropped = 0;
    {
        Pool pool(4);
        pool.map(add_one, std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8});
        for (auto _ : state) {
            const std::vector<int64_t> out = pool.map(add_one, items);
            benchmark::DoNotOptimize(out.data());
        }
        pool.close();
        pool.join();
        dropped = run.dropped();
    }
    state.SetItemsProcessed(state.iterations() * kTasks);
    state.counters["dropped"] = static_cast<double>(dropped);
}
BENCHMARK(BM_Pool_Map)->UseRealTime()->Unit(benchmark::kMillisecond);

// --- ThreadPoolExecutor ----------------------------------------------------------

void BM_ThreadPoolExecutor_Submit(benchmark::State& state) {
    BenchRun run;
    uint64_t dropped = 0;
    {
        ThreadPoolExecutor ex(4);
        std::vector<Future<int64_t>> fs;
        fs.reserve(kTasks);
        for (auto _ : state) {
            fs.clear();
            for (int64_t i = 0; i < kTasks; ++i) fs.push_back(ex.submit(add_one, std::tuple{i}));
            int64_t sum = 0;
            for (auto& f : fs) sum += f.result();
            benchmark::DoNotOptimize(sum);
        }
        ex.shutdown();
        dropped = run.dropped();
    }
    state.SetItemsProcessed(state.iterations() * kTasks);
    state.counters["dropped"] = static_cast<double>(dropped);
}
BENCHMARK(BM_ThreadPoolExecutor_Submit)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) { return il::bench::run_host_main(argc, argv); }
