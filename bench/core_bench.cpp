// bench/core_bench.cpp — the runtime's speed, each figure next to its floor
// measured in the same run (absolute times drift on shared machines; ratios
// hold). Figures and the command that produced them: bench/README.md.
//
//   lock:   instrumented uncontended Lock acquire+release (events included)
//           vs std::mutex lock+unlock plus two 40-byte TSC-stamped events
//           written to a per-thread ring                      target <= 2x
//   record: one event into a worker ring                     target <= 15 ns
//   step:   grant -> worker parked at its next checkpoint
//           vs a raw process-shared futex ping-pong            target <= 1.5x
//   start:  run-process start to its first event              target <= 5 ms
#include <benchmark/benchmark.h>
#include <sys/mman.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "bench/drainer.hpp"
#include "bench/run_host_main.hpp"
#include "core/common/clock.hpp"
#include "core/observer/director.hpp"
#include "core/common/futex.hpp"
#include "core/primitives/lock.hpp"
#include "core/runtime/registry.hpp"
#include "core/observer/run.hpp"
#include "core/primitives/shared.hpp"
#include "core/runtime/worker.hpp"

using namespace il::core;
using il::bench::Drainer;

namespace {

// Rings large enough that the drainer keeps up: drops would make recording cheaper.
ArenaConfig big_rings() {
    ArenaConfig c;
    c.max_workers = 8;
    c.ring_capacity = 1u << 20;
    return c;
}

struct BenchRun {
    Arena arena = Arena::create(big_rings(), "bench");
    BenchRun() {
        attach(&arena);
        register_main_worker();
    }
    ~BenchRun() { detach(); }
};

// --- lock vs floor -------------------------------------------------------------

void BM_Floor_MutexPlusTwoEvents(benchmark::State& state) {
    use_tsc(clock_calibration().tsc);
    static thread_local TraceEvent ring[16384];
    static thread_local uint64_t head = 0;
    std::mutex m;
    uint64_t seq = 0;
    for (auto _ : state) {
        m.lock();
        ring[head++ & 16383] = TraceEvent{++seq, now_ticks(), 1, 7, 42, 0, EventKind::Obtain, 0, 0};
        m.unlock();
        ring[head++ & 16383] = TraceEvent{++seq, now_ticks(), 0, 7, 43, 0, EventKind::Release, 0, 0};
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_Floor_MutexPlusTwoEvents);

// The same floor with the one thing the trace promises on top: an exact
// global order. Each event draws its seq from one shared counter with a
// locked RMW and marks the seq it is stamping in its own line, as
// Arena::record does (docs/promises.md). What no lock with exact event order
// can go below on this machine; bench/README.md, issue 16.
void BM_Floor_ExactOrder(benchmark::State& state) {
    use_tsc(clock_calibration().tsc);
    static thread_local TraceEvent ring[16384];
    static thread_local uint64_t head = 0;
    alignas(64) static std::atomic<uint64_t> seq{0};
    alignas(64) static std::atomic<uint64_t> stamping{0}, published{0};
    std::mutex m;
    const auto event = [&](EventKind k, uint32_t line) {
        stamping.store(kStampDrawing, std::memory_order_relaxed);
        const uint64_t s = seq.fetch_add(1, std::memory_order_seq_cst) + 1;
        stamping.store(s, std::memory_order_release);
        ring[head++ & 16383] = TraceEvent{s, now_ticks(), 1, 7, line, 0, k, 0, 0};
        published.store(head, std::memory_order_release);
        stamping.store(0, std::memory_order_release);
    };
    for (auto _ : state) {
        m.lock();
        event(EventKind::Obtain, 42);
        m.unlock();
        event(EventKind::Release, 43);
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_Floor_ExactOrder);

void BM_Lock_AcquireRelease(benchmark::State& state) {
    BenchRun run;
    Drainer drain(run.arena);
    Lock l("bench_lock");
    for (auto _ : state) {
        l.acquire();
        l.release();
    }
    state.counters["dropped"] = static_cast<double>(run.arena.worker(0).dropped.load());
}
BENCHMARK(BM_Lock_AcquireRelease);

void BM_RecordOneEvent(benchmark::State& state) {
    BenchRun run;
    Drainer drain(run.arena);
    for (auto _ : state) run.arena.record(0, EventKind::User, 1, 2, 3);
    state.counters["dropped"] = static_cast<double>(run.arena.worker(0).dropped.load());
}
BENCHMARK(BM_RecordOneEvent);

// What one event's time stamp alone costs: the TSC read (Arena::record makes
// one per event). On some VMs rdtsc is most of an event (bench/README.md).
void BM_Floor_ReadTsc(benchmark::State& state) {
    use_tsc(clock_calibration().tsc);
    for (auto _ : state) benchmark::DoNotOptimize(now_ticks());
}
BENCHMARK(BM_Floor_ReadTsc);

// --- step grant vs futex ping-pong ------------------------------------------------

void BM_Floor_FutexPingPong(benchmark::State& state) {
    void* page = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    auto* word = new (page) std::atomic<uint32_t>(0);
    std::atomic<bool> stop{false};
    std::thread peer([&] {
        for (;;) {
            while (word->load(std::memory_order_acquire) != 1) {
                if (stop.load()) return;
                futex_wait(word, 0, 1'000'000);
            }
            word->store(0, std::memory_order_release);
            futex_wake(word, 1);
        }
    });
    for (auto _ : state) {
        word->store(1, std::memory_order_release);
        futex_wake(word, 1);
        while (word->load(std::memory_order_acquire) != 0) futex_wait(word, 1);
    }
    stop = true;
    word->store(1);
    futex_wake(word, 1);
    peer.join();
    munmap(page, 4096);
}
BENCHMARK(BM_Floor_FutexPingPong)->UseRealTime();

void BM_StepGrantToNextPark(benchmark::State& state) {
    Arena arena = Arena::create(big_rings(), "bench");
    arena.header().mode.store(static_cast<uint32_t>(DirectorMode::Step));
    arena.header().in_flight.store(1);
    std::atomic<bool> stop{false};
    std::thread worker([&] {
        attach(&arena);
        register_main_worker();
        try {
            Shared<int64_t> x("x", 0);
            for (int64_t i = 0; !stop.load(std::memory_order_relaxed); ++i) x.store(i);
        } catch (const RunStopped&) {
        }
    });
    Drainer drain(arena);
    StepController ctl(arena);
    ctl.wait_quiescent(-1);
    auto choices = ctl.refresh();
    for (auto _ : state) {
        ctl.grant(choices.front());
        ctl.wait_quiescent(-1);
        state.PauseTiming();  // the observer's decision is not part of the hand-over
        choices = ctl.refresh();
        state.ResumeTiming();
    }
    stop = true;
    arena.header().stop.store(1);
    futex_wake_all(&arena.header().stop);
    arena.worker(0).go.store(static_cast<uint32_t>(Grant::Stop));
    futex_wake_all(&arena.worker(0).go);
    worker.join();
}
BENCHMARK(BM_StepGrantToNextPark)->UseRealTime();

// --- run-process start ---------------------------------------------------------

void empty_demo(RunContext&) {}
IL_DEMO({.id = "bench.empty", .title = "empty", .group = "Bench", .summary = {}, .explanation = {}, .python = {},
         .try_this = {}, .params = {}, .run = &empty_demo, .source_file = {}});

void BM_RunProcessStartToFirstEvent(benchmark::State& state) {
    RunOptions opt;
    opt.demo_id = "bench.empty";
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        RunHandle h = RunHandle::start(opt);
        while (h.arena().worker(0).ring_head.load(std::memory_order_acquire) == 0) {
            if (h.poll()) break;
        }
        const auto t1 = std::chrono::steady_clock::now();
        state.SetIterationTime(std::chrono::duration<double>(t1 - t0).count());
        h.wait(-1);
    }
}
BENCHMARK(BM_RunProcessStartToFirstEvent)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) { return il::bench::run_host_main(argc, argv); }
