// bench/drainer.hpp — stands in for the observer in benchmarks that host a run
// in their own process: a thread that empties every ring (the workers' and the
// director's) every `period`, so nothing is dropped. Drops would make
// recording cheaper and the figures flattering.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

#include "core/common/arena.hpp"

namespace il::bench {

class Drainer {
public:
    explicit Drainer(il::core::Arena& a, std::chrono::microseconds period = std::chrono::microseconds(20))
        : a_(a), period_(period), t_([this] { loop(); }) {}
    ~Drainer() {
        stop_ = true;
        t_.join();
    }
    Drainer(const Drainer&) = delete;
    Drainer& operator=(const Drainer&) = delete;

private:
    void loop() {
        while (!stop_) {
            for (uint32_t w = 0; w <= a_.max_workers(); ++w) {
                if (w < a_.max_workers() && w >= a_.worker_count()) continue;  // index max_workers: the director
                il::core::WorkerSlot& s = a_.worker(w);
                s.ring_tail.store(s.ring_head.load(std::memory_order_acquire), std::memory_order_release);
            }
            std::this_thread::sleep_for(period_);
        }
    }
    il::core::Arena& a_;
    const std::chrono::microseconds period_;
    std::atomic<bool> stop_{false};
    std::thread t_;
};

}  // namespace il::bench
