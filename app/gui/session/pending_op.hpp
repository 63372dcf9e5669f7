// app/gui/session/pending_op.hpp — what a parked worker is about to do, as the learner
// reads it: "Thread-2 → mutexA.acquire()  line 42".
//
// In step mode every worker waits at a checkpoint with its next operation
// published; the run snapshot (core/observer/snapshot.hpp) carries it as each
// worker's `call`, `line` and `why_not`, worded once in core (call_text and
// each kind's wait reason). The run controls list the grantable choices with
// this text, and the source view puts it next to each worker's marker; both
// build it here, so the wording is the same everywhere.
//
// Pure functions over a snapshot: no ImGui, tested headless.
//
// Thread rules: GUI thread. The texts are exact while the run holds still
// (step mode, quiescent); at other times they may mix two consecutive operations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/observer/director.hpp"
#include "core/observer/snapshot.hpp"

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

// A worker's pending operation, from the snapshot.
PendingOp pending_op(const core::RunSnapshot& snap, uint16_t worker);

// "Thread-2 → mutexA.acquire()  line 42" (no line part when the line is 0),
// in the user's language; `english`: always in English (the state dump).
std::string pending_text(const PendingOp& op, bool english = false);

// One grantable choice: pending_text(), or for a time-out choice
// "Thread-1 → mutexB.acquire(timeout=1): let it time out  line 30".
std::string choice_text(const core::RunSnapshot& snap, const core::Choice& choice, bool english = false);

// Why a parked worker's pending operation cannot complete now (step mode):
// meaningful for a worker that is not among the choices (or only as a
// time-out): "mutexA is held by Thread-1", "q is full (3/3)".
std::string why_blocked(const core::RunSnapshot& snap, uint16_t worker);

}  // namespace il::gui
