// core/primitives/gil.hpp — a model of CPython's global interpreter lock (the GIL).
//
// It is a model: CPython's GIL lives inside the interpreter; here demo threads
// that stand for Python threads run "bytecode" (real CPU work, compute()) and
// must hold a Gil object to do so. It is built on the runtime's own parking —
// checkpoints, block_on/unblock on process-shared futex words, and the Lock
// vocabulary of events (Obtain/Release on the Gil object, so the trace store's
// hold intervals are the GIL lane) plus GilDropRequest — with three policies:
//
//  - GilDesign::Switching (CPython 3.2+, the default). A thread that wants the
//    GIL waits up to the switch interval (5 ms, setswitchinterval()); if no
//    switch happened meanwhile it sets the drop request (GilDropRequest). The
//    holder checks the request at its next eval-breaker point (after each unit
//    of bytecode), releases, and waits until another thread has taken it
//    (FORCE_SWITCHING: the old holder cannot take it straight back).
//  - GilDesign::Ticks (CPython before 3.2). The holder counts ticks (one per
//    unit of bytecode); every check_interval ticks (100) it releases the GIL
//    and immediately re-acquires it. Nothing makes it hand over: on a multicore
//    machine the releasing thread, already running, wins again before a woken
//    waiter is even scheduled (the unfairness / convoy of the old GIL). The
//    model wakes the waiter just after the re-take (gil.cpp says why), so the
//    outcome does not depend on how loaded the machine running it is.
//  - GilDesign::None (free-threaded CPython): acquire and release do nothing,
//    compute() still does its work, so threads really run in parallel.
// Blocking I/O (blocking_io()) releases the GIL for the duration of the call.
//
// Each process has its own GIL. A Gil handle used in a fork()ed process makes
// that process's own Gil object on first use ("GIL (Process-1)"), with the
// options the handle had when the process was forked.
//
// State in the object's arena slot (ObjectKind::Gil):
//   word       0 free, 1 held; waiters for the GIL sleep on it (futex)
//   holder     worker + 1 holding it, 0 none
//   guard      worker + 1 of the last holder (a take by another worker is a switch)
//   count      switch number: +1 on every take; a forced-out holder sleeps on it
//   seq        the drop request (0/1): CPython's gil_drop_request
//   seq2       worker + 1 forced out by a drop request, who must not take the
//              GIL again before someone else has (FORCE_SWITCHING); 0 none
//   waiters    threads that want the GIL (announced before their checkpoint)
//   unfinished ticks since the last check (Ticks design; only the holder writes it)
//   value      switch interval in ns (Switching design; setswitchinterval() may change it)
//   capacity   GilDesign; storage_items: check interval in ticks (both fixed at creation)
//   head, tail switches (takes by another thread than the last holder), drop requests made
// Ordering: a take wins `word` with a seq_cst CAS and records Obtain after it;
// a release records Release before the store that frees `word`, so "A
// released, then B obtained" merges in the true order (and the Release is in
// its ring before the Obtain can be: the observer never receives it late). `word` and `waiters`
// are accessed seq_cst: a taker announces itself in `waiters` before it tries
// `word`, a releaser stores `word` before it reads `waiters`, so one of them
// sees the other and no wake-up is lost. A forced-out holder reads `count`
// before it releases, so the next take always moves it.
//
// Order of events around a hand-over: a forced-out holder records its Release
// and then Block (it waits for the GIL again) before the store that frees the
// GIL; blocking_io records Release, then SleepBegin, then frees it. So in the
// trace a thread is Running only while it holds the GIL (between its first
// take and its last release), exactly, under the Switching design.
//
// Step and replay mode (time is logical): every unit of bytecode is a step
// (OpKind::User on the Gil), taking the GIL is an Acquire step enabled while it
// is free and the worker is not the one forced out (core/primitives/gil_rules.cpp). The
// switch interval does not pass by itself: a thread waiting for the GIL under
// the Switching design offers a "time out" step, which stands for "my switch
// interval passed without a switch" and sets the drop request; it is offered
// while another thread holds the GIL and no request is pending. Under Ticks,
// the holder's release-and-retake is a real race in step mode: the learner
// (or the strategy) decides who wins it, where in run mode the OS does.
// Slow mode delays GIL takes and releases, not the units of bytecode (they
// are CPU work, not operations).
//
// Thread rules: a Gil handle is not copyable; threads of one process share it
// by reference. acquire/release/compute/blocking_io are called by the thread
// that runs the bytecode; the statistics and options may be read by any
// worker of the process.
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <string_view>

#include "core/runtime/runtime.hpp"

namespace il::core {

enum class GilDesign : uint32_t {
    Switching = 0,  // CPython 3.2+: switch interval, drop request, forced switching
    Ticks = 1,      // CPython < 3.2: check every N ticks, release and re-acquire at once
    None = 2,       // free-threaded CPython: no GIL
};
// "new", "old", "none" — the names demos use as parameter values.
std::string_view to_string(GilDesign d);
std::optional<GilDesign> gil_design_from(std::string_view name);

struct GilOptions {
    GilDesign design = GilDesign::Switching;
    double switch_interval = 0.005;  // seconds (sys.setswitchinterval), Switching design
    uint32_t check_interval = 100;   // ticks (sys.setcheckinterval), Ticks design
};

// One unit of "bytecode": a fixed amount of real integer work (a dependent
// xorshift chain; no memory traffic), about 10 µs on a current x86 core.
uint64_t bytecode_unit(uint64_t x);
// `units` of the same work with no GIL and no steps: a demo's baseline.
uint64_t burn_units(uint64_t units);

class Gil {
public:
    // Registers this process's GIL object. Raises ValueError for a switch
    // interval <= 0 or a check interval of 0.
    explicit Gil(GilOptions options = {}, std::string_view name = "GIL", Loc loc = Loc::current());
    Gil(const Gil&) = delete;
    Gil& operator=(const Gil&) = delete;

    // take_gil: waits for the GIL as the design says. A no-op when the calling
    // thread already holds it, or under GilDesign::None.
    void acquire(Loc loc = Loc::current());
    // drop_gil: a no-op under GilDesign::None; raises RuntimeError when the
    // calling thread does not hold it.
    void release(Loc loc = Loc::current());
    // Whether the calling thread holds this process's GIL.
    bool held() const;

    // Runs `units` of bytecode, checking the eval breaker after each unit (the
    // drop request, or the tick count). The calling thread must hold the GIL
    // (raises RuntimeError otherwise), except under GilDesign::None. Returns a
    // checksum of the work, so it cannot be optimised away.
    uint64_t compute(uint64_t units, Loc loc = Loc::current());
    // A blocking I/O call of `seconds`: releases the GIL (if held), sleeps,
    // takes it back. A step in step mode, like sleep().
    void blocking_io(double seconds, Loc loc = Loc::current());

    // sys.setswitchinterval / getswitchinterval (seconds; ValueError if <= 0).
    void setswitchinterval(double seconds);
    double getswitchinterval() const;
    GilDesign design() const { return design_; }

    // This process's Gil object (made on first use in a fork()ed process).
    uint32_t id() const;
    // Statistics of this process's GIL.
    uint64_t switches() const;       // takes by another thread than the last holder
    uint64_t drop_requests() const;  // drop requests made by waiting threads
    uint64_t lost_races() const;     // waiters woken by a release that found it taken again

    // A thread's time inside the interpreter: takes the GIL, and drops it when
    // the scope ends (a Python thread releases the GIL when it finishes).
    class Session {
    public:
        explicit Session(Gil& gil, Loc loc = Loc::current()) : gil_(gil), loc_(loc) { gil_.acquire(loc); }
        ~Session() {
            try {
                if (gil_.held()) gil_.release(loc_);
            } catch (...) {  // stopping mid-unwind: the run is being torn down anyway
            }
        }
        Session(const Session&) = delete;
        Session& operator=(const Session&) = delete;

    private:
        Gil& gil_;
        Loc loc_;
    };

private:
    uint32_t create(uint16_t process) const;
    GilDesign design_;
    uint32_t check_interval_;
    std::atomic<int64_t> interval_ns_;  // copied into each new process's GIL (what fork() inherits)
    std::string name_;
    uint32_t line_;
    // (process worker + 1) << 32 | object: this process's GIL, made lazily.
    mutable std::atomic<uint64_t> state_{0};
    mutable std::atomic<uint64_t> lost_races_{0};
};

// Step mode's rules (core/primitives/gil_rules.cpp): may `worker`, parked at an Acquire of
// this Gil, take it now? May it be granted a time-out (its switch interval
// passed: it sets the drop request)?
bool gil_may_take(const ObjectSlot& o, uint16_t worker);
bool gil_may_request_drop(const ObjectSlot& o, uint16_t worker);

}  // namespace il::core
