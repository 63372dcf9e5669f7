// bench/queue_bench.cpp — Queue throughput with tracing on: one producer, one
// consumer, int items through a bounded Queue (maxsize 1024), between two
// threads and between two fork()ed processes. Targets: >= 1,000,000 items/s
// between threads, >= 500,000 items/s between processes. bench/queue_python.py
// moves the same items through CPython's queue.Queue and multiprocessing.Queue;
// bench/compare.sh runs both and prints the ratios.
#include <benchmark/benchmark.h>

#include <atomic>
#include <thread>

#include "bench/drainer.hpp"
#include "core/primitives/queue.hpp"
#include "core/runtime/worker.hpp"

using namespace il::core;
using il::bench::Drainer;

namespace {

ArenaConfig bench_arena() {
    ArenaConfig c;
    c.max_workers = 16;
    c.ring_capacity = 1u << 20;
    return c;
}

template <typename Spawn>
void transfer(benchmark::State& state, Spawn spawn) {
    const int64_t n = state.range(0);
    uint64_t dropped = 0;
    for (auto _ : state) {
        Arena arena = Arena::create(bench_arena(), "bench");
        attach(&arena);
        register_main_worker();
        {
            Drainer drain(arena, std::chrono::microseconds(50));
            Queue<int64_t> q(1024, "q", 8);
            spawn([&] {
                for (int64_t i = 0; i < n; ++i) q.put(i);
            });
            int64_t sum = 0;
            for (int64_t i = 0; i < n; ++i) sum += q.get();
            benchmark::DoNotOptimize(sum);
            process_exit_cleanup();
        }
        for (uint32_t w = 0; w < arena.worker_count(); ++w) dropped += arena.worker(w).dropped.load();
        detach();
    }
    state.SetItemsProcessed(state.iterations() * n);
    state.counters["dropped"] = static_cast<double>(dropped);
}

void BM_Queue_Threads(benchmark::State& state) {
    transfer(state, [](std::function<void()> producer) {
        Thread t(std::move(producer));
        t.start();
    });
}
BENCHMARK(BM_Queue_Threads)->Arg(200000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Queue_Processes(benchmark::State& state) {
    transfer(state, [](std::function<void()> producer) {
        auto p = std::make_shared<Process>(std::move(producer));
        p->start();
    });
}
BENCHMARK(BM_Queue_Processes)->Arg(200000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
