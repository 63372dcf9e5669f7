// core/common/slot_guard.hpp — a short internal mutex on an ObjectSlot's `guard` word.
//
// Queue and Condition keep several fields that must change together (a ring's
// bytes and indices, a waiter list and its length). They protect them with this
// process-shared futex mutex on the slot's `guard` word: 0 free, 1 held,
// 2 held and someone may be waiting (Drepper's "mutex 2").
//
// Thread rules: held only for a few loads and stores by a worker inside one
// operation; never across a checkpoint, a futex wait on anything else, or an
// event that could block. The observer never takes it (it reads racy-but-safe
// snapshots instead, see queue_contents), so a stopped run cannot wedge the
// window. A process killed while holding it leaves the object unusable, the
// same warning Python gives for a Queue used by a terminate()d process.
#pragma once

#include <atomic>
#include <cstdint>

#include "core/common/futex.hpp"

namespace il::core {

class SlotGuard {
public:
    // Ordering: the winning CAS/exchange is acquire, so the holder sees every
    // store made under the previous holding; unlock's exchange is release.
    explicit SlotGuard(std::atomic<uint32_t>& word) : word_(word) {
        uint32_t expected = 0;
        if (word_.compare_exchange_strong(expected, 1, std::memory_order_acquire, std::memory_order_relaxed)) return;
        // Held for a few loads and stores: spin a little (about a microsecond)
        // before sleeping. A producer and its consumers meet here all the time,
        // and a futex sleep plus the holder's wake cost a syscall each and let
        // the sleeper preempt the holder (bench/README.md, executor).
        for (int i = 0; i < 100; ++i) {
            cpu_relax();
            expected = 0;
            if (word_.load(std::memory_order_relaxed) == 0 &&
                word_.compare_exchange_weak(expected, 1, std::memory_order_acquire, std::memory_order_relaxed))
                return;
        }
        while (word_.exchange(2, std::memory_order_acquire) != 0) futex_wait(&word_, 2);
    }
    ~SlotGuard() {
        if (word_.exchange(0, std::memory_order_release) == 2) futex_wake(&word_, 1);
    }
    SlotGuard(const SlotGuard&) = delete;
    SlotGuard& operator=(const SlotGuard&) = delete;

private:
    std::atomic<uint32_t>& word_;
};

}  // namespace il::core
