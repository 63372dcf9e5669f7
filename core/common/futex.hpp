// core/common/futex.hpp — process-shared futex wait/wake on a 32-bit atomic word.
//
// Every blocking wait in the runtime ends in futex_wait on a word that lives in
// the shared arena, so the same code parks threads of one process and threads of
// fork()ed processes. The futexes are deliberately *not* FUTEX_PRIVATE: the
// word's physical page is what the kernel keys on, and the arena is MAP_SHARED.
//
// Callers always re-check their condition in a loop: futex_wait may return
// early (spurious wake-up, EINTR, value already changed).
#pragma once

#include <atomic>
#include <cstdint>

#include "core/common/clock.hpp"

namespace il::core {

// Sleeps while *word == expected, at most timeout_ns (negative: no limit).
// Returns false only when the timeout elapsed.
bool futex_wait(std::atomic<uint32_t>* word, uint32_t expected, int64_t timeout_ns = -1);

// Wakes up to `count` waiters on word (INT32_MAX: all).
void futex_wake(std::atomic<uint32_t>* word, int count);
inline void futex_wake_all(std::atomic<uint32_t>* word) { futex_wake(word, 0x7fffffff); }

// One step of a spin-wait before a futex sleep (the CPU's pause hint).
inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}


}  // namespace il::core
