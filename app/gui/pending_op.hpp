// app/gui/pending_op.hpp — what a parked worker is about to do, as the learner
// reads it: "Thread-2 → mutexA.acquire()  line 42".
//
// In step mode every worker waits at a checkpoint with its next operation
// published in its arena slot (pending_op / pending_object / pending_line /
// pending_value, see core/runtime.hpp). The run controls list the grantable
// choices with this text, and the source view puts it next to each worker's
// marker; both build it here, so the wording is the same everywhere. The
// spelling is Python's, as the course teaches it (core::to_string(OpKind)).
//
// Pure functions over a mapped arena (or plain values): no ImGui, tested headless.
//
// Thread rules: read the arena while the run holds still (step mode, quiescent);
// at other times the text may mix two consecutive operations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/arena.hpp"
#include "core/director.hpp"

namespace il::gui {

// The separator between a worker's name and its pending call.
inline constexpr std::string_view kPendingArrow = " \u2192 ";  // " → "

struct PendingOp {
    uint16_t worker = core::kNoWorker;
    std::string worker_name;  // "Thread-2"
    core::OpKind op = core::OpKind::None;
    std::string call;         // "mutexA.acquire()", "sleep(0.5)"
    uint32_t line = 0;        // 0: unknown
    bool has_timeout = false; // a timed wait: step mode may let it time out
};

// The call as Python spells it, on `object` (empty for operations on no
// object: sleep, print, begin, exit). `value` is the slot's pending_value:
// the timeout in ns for timed waits (shown when `has_timeout`), the duration
// of a sleep. Examples: "mutexA.acquire()", "mutexA.acquire(timeout=0.5)",
// "q.get()", "cond.wait() (for notify)", "sleep(1)", "print()".
std::string call_text(core::OpKind op, std::string_view object, int64_t value, bool has_timeout);

// A worker's pending operation, read from its arena slot.
PendingOp pending_op(const core::Arena& arena, uint16_t worker);

// "Thread-2 → mutexA.acquire()  line 42" (no line part when the line is 0).
std::string pending_text(const PendingOp& op);

// One grantable choice: pending_text(), or for a time-out choice
// "Thread-1 → mutexB.acquire(timeout=1): let it time out  line 30".
std::string choice_text(const core::Arena& arena, const core::Choice& choice);

// Why `worker` cannot go on with `op` on `object`, in the learner's words —
// the one wording every panel uses: "mutexA is held by Thread-1", "q is full
// (3/3)", "ev is not set", "Thread-1 has not finished". Without
// `name_object` a lock's name is left out ("held by Thread-1") where the
// context already names it. "" for no object.
std::string wait_reason(const core::Arena& a, uint16_t worker, core::OpKind op, uint32_t object,
                        bool name_object = true);

// wait_reason() for a parked worker's pending operation (step mode):
// meaningful for a worker that is not among the choices (or only as a time-out).
std::string why_blocked(const core::Arena& arena, uint16_t worker);

// Seconds as short text: 0.5 -> "0.5", 2 -> "2", 0.0001 -> "0.0001".
std::string seconds_text(int64_t ns);

}  // namespace il::gui
