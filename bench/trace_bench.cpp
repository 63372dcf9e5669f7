// bench/trace_bench.cpp — trace store throughput: draining and merging 1M
// events from 4 worker rings (all at once, and frame by frame as the GUI
// does), committing pre-merged events without an arena, and the native file
// round trip. Items are events; figures are in bench/README.md.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/trace/trace.hpp"
#include "core/trace/trace_file.hpp"

namespace {

using namespace il::core;

constexpr uint16_t kWorkers = 4;
constexpr int64_t kPerWorker = 250'000;  // 1M events in all
constexpr uint32_t kRingCapacity = 1u << 18;

// A worker's share of a lock-heavy run: obtain, release, block, wake.
EventKind kind_for(int64_t i) {
    static constexpr EventKind kCycle[] = {EventKind::Obtain, EventKind::Release, EventKind::Block, EventKind::Wake};
    return kCycle[i % 4];
}

Arena make_arena() {
    ArenaConfig c;
    c.max_workers = kWorkers;
    c.max_objects = 8;
    c.ring_capacity = kRingCapacity;
    c.console_size = 4096;
    c.heap_size = 4096;
    Arena a = Arena::create(c, "bench");
    for (uint16_t w = 0; w < kWorkers; ++w) {
        const uint16_t i = a.reserve_worker();
        copy_name(a.worker(i).name, "Thread-" + std::to_string(i));
        a.worker(i).used.store(1, std::memory_order_release);
    }
    for (uint32_t o = 0; o < 2; ++o) {
        const uint32_t i = a.reserve_object();
        a.object(i).kind = ObjectKind::Lock;
        copy_name(a.object(i).name, "lock_" + std::to_string(i));
        a.object(i).used.store(1, std::memory_order_release);
    }
    return a;
}

// Records events [from, to) of every worker, round-robin so the seqs interleave.
void produce(Arena& a, int64_t from, int64_t to) {
    for (int64_t i = from; i < to; ++i)
        for (uint16_t w = 0; w < kWorkers; ++w) a.record(w, kind_for(i), w % 2u, 1, 10);
}

void BM_DrainMergeAtOnce(benchmark::State& state) {
    Arena a = make_arena();
    for (auto _ : state) {
        state.PauseTiming();
        produce(a, 0, kPerWorker);
        auto store = std::make_unique<TraceStore>();
        state.ResumeTiming();
        store->drain(a);
        store->finish();
        benchmark::DoNotOptimize(store->counts().events);
        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kWorkers * kPerWorker);
}
BENCHMARK(BM_DrainMergeAtOnce)->Unit(benchmark::kMillisecond);

// The GUI drains once per frame: here 4 x 4096 events per drain.
void BM_DrainMergePerFrame(benchmark::State& state) {
    constexpr int64_t kChunk = 4096;
    Arena a = make_arena();
    for (auto _ : state) {
        auto store = std::make_unique<TraceStore>();
        for (int64_t i = 0; i < kPerWorker; i += kChunk) {
            state.PauseTiming();
            produce(a, i, std::min(i + kChunk, kPerWorker));
            state.ResumeTiming();
            store->drain(a);
        }
        store->finish();
        benchmark::DoNotOptimize(store->counts().events);
        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kWorkers * kPerWorker);
}
BENCHMARK(BM_DrainMergePerFrame)->Unit(benchmark::kMillisecond);

std::vector<TraceEvent> merged_events() {
    std::vector<TraceEvent> v;
    v.reserve(size_t(kWorkers) * kPerWorker);
    uint64_t seq = 0;
    for (int64_t i = 0; i < kPerWorker; ++i)
        for (uint16_t w = 0; w < kWorkers; ++w) {
            ++seq;
            v.push_back(TraceEvent{seq, seq * 50, 1, w % 2u, 10, w, kind_for(i), 0, 0});
        }
    return v;
}

// Commit and lane building alone (what loading a file costs per event).
void BM_AppendMerged(benchmark::State& state) {
    const std::vector<TraceEvent> events = merged_events();
    for (auto _ : state) {
        auto store = std::make_unique<TraceStore>();
        for (const TraceEvent& e : events) store->append(e);
        benchmark::DoNotOptimize(store->counts().events);
        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(events.size()));
}
BENCHMARK(BM_AppendMerged)->Unit(benchmark::kMillisecond);

void BM_SaveLoadRoundTrip(benchmark::State& state) {
    TraceStore store;
    for (const TraceEvent& e : merged_events()) store.append(e);
    int64_t bytes_total = 0;
    for (auto _ : state) {
        const std::string bytes = serialize_trace(store);
        const TraceStore loaded = parse_trace(bytes);
        benchmark::DoNotOptimize(loaded.counts().events);
        bytes_total += static_cast<int64_t>(bytes.size());
    }
    state.SetBytesProcessed(bytes_total);
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(store.events().size()));
}
BENCHMARK(BM_SaveLoadRoundTrip)->Unit(benchmark::kMillisecond);

}  // namespace
