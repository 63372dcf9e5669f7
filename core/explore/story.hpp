// core/explore/story.hpp — a failing schedule told as a short story of who did
// what, in the learner's words: "Thread-1 reads counter (0) → Thread-2 reads
// counter (0), writes counter = 1 → Thread-1 writes counter = 1".
//
// Told from a finished run's trace: each turn is a worker's consecutive
// deeds (reading and writing a shared value, taking, releasing and waiting
// for a lock, giving up on a lock or a queue after a time-out or a failed
// try, putting and getting, setting an event; forking a child process,
// its end, leaving an orphan, reaping a zombie; for a Python program
// stepped by lines or instructions, the line or instruction itself). Turns
// with no deed (starting threads, bookkeeping) are left out.
//
// Thread rules: plain functions over a finished TraceStore.
#pragma once

#include <string>
#include <vector>

#include "core/observer/schedule.hpp"
#include "core/trace/trace.hpp"

namespace il::core {

struct StoryTurn {
    std::string worker;
    std::vector<std::string> deeds;
};

std::vector<StoryTurn> story_of(const TraceStore& store);

// One turn's deeds joined with ", ", a pattern of one to three deeds repeated
// three times or more told once with its count: "(reads n, writes n) ×5".
std::string deeds_text(const std::vector<std::string>& deeds);

// A schedule's steps as runs of one worker, in order: "MainThread ×3 →
// Thread-1 ×4 → Thread-2 (time out) → …".
std::string steps_in_runs(const Schedule& schedule);

// The turns joined with " → ", the last `max_turns` of them ("… → " before
// them when some were left out: the end is where the bug shows).
std::string tell(const std::vector<StoryTurn>& turns, size_t max_turns = 12);

}  // namespace il::core
