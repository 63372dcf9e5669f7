// core/primitives/outside.hpp — code the runtime does not stand behind: a
// socket's recv, select, a ctypes call, asyncio's event loop waiting. Such a
// call still runs, but nothing in it is a checkpoint, so the views must not
// pretend to know what happens there. Each function is an object of kind
// Outside, named as the program knows it ("socket.recv"); a call marks the
// worker "in uninstrumented code" (WorkerState::Outside, blocked_on the
// function) and is counted, so the summary and the status bar say what was not
// observed ("3 calls to socket.recv were not observed").
//
// Step and replay mode: a worker that goes outside stops counting as in
// flight, so the learner can step the others meanwhile (a client thread can
// send what a server thread's recv waits for), and it comes back through a
// checkpoint: its return is a step like any other. While nobody parked can
// move and somebody is outside, the run is waiting, not stuck.
//
// Thread rules: the worker-side calls from the worker itself (a non-worker
// thread's calls do nothing); outside_notes() on the observer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace il::core {

class TraceStore;

// The object for one function (its calls counted in the slot's `count`).
uint32_t register_outside(std::string_view function, uint32_t line);
// Around a call of that function. Nested calls count once (the outermost).
// outside_end() may park (step mode) and throws RunStopped.
void outside_begin(uint32_t object, uint32_t line);
void outside_end(uint32_t line);

// "3 calls to socket.recv were not observed", one per function called, from a
// run's events (live or saved).
std::vector<std::string> outside_notes(const TraceStore& store);

}  // namespace il::core
