// core/explore/independence.hpp — which steps of a run could change places
// without changing what happens, as far as the runtime can see: the
// dependence relation explore uses to shrink a schedule.
//
// Used twice: explore's partial-order reduction (explore.cpp, only for a
// target that declares all its sharing visible, DemoInfo::visible_sharing,
// or when the user asks) and shrinking (random_search.cpp, always, each
// proposal checked by running it).
//
// A step is a grant to a worker parked before an operation; it runs that
// operation and then the program's own code up to its next checkpoint. What
// the runtime sees of a step is the operation and the object it is on (a
// lock, a queue, an event, a Shared value, a Python step label). Two steps
// are dependent when they are one worker's (program order), when they are on
// one object, when both print (the console's order) or both sleep (step
// mode's clock, which every sleep moves), or when either is a
// barrier: starting, joining, terminating or ending a worker, a Condition's
// or a pool's operations (they touch objects besides the one named), and a
// time-out (it is granted because of everyone else's state).
//
// What the runtime cannot see is the code between checkpoints: two steps on
// different objects may still read and write one plain variable. For a
// program that shares plain values only under its locks (or hands them over
// by start, join and queues) the relation is exact; for one that races on
// plain values it is a guess. So shrinking runs every order it proposes
// again, and the reduction is used only where the target says its sharing
// is all visible.
//
// Thread rules: plain functions; footprint_of reads a parked worker's
// published pending operation (the strategy's thread, in step mode).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/common/arena.hpp"
#include "core/observer/director.hpp"

namespace il::core {

// What a step is seen to touch.
struct Footprint {
    uint16_t worker = kNoWorker;
    uint32_t object = kNoObject;  // kNoObject: nothing besides the worker itself
    bool sleep = false;           // the default scheduler gives the processor away before a sleep
    bool barrier = false;         // dependent on every other step
};

// The footprint of granting `c` now (its worker's pending operation).
Footprint footprint_of(const Arena& a, const Choice& c);

bool dependent(const Footprint& a, const Footprint& b);

// One step of a finished run: who was granted, and what it touched.
struct SeenStep {
    Choice chosen;
    Footprint fp;
};

// An order of the same steps, equivalent under `dependent` (every pair of
// dependent steps keeps its order), chosen greedily the way the default
// scheduler would: the worker granted last goes on while its next step is
// free to come next (and is not a sleep), otherwise the next worker in turn
// whose step is. Greedy, so not always the fewest switches (a test of random
// runs finds it sometimes switches more than the run's own order; shrinking
// keeps it only when its run has fewer preemptions). For a deadlock of five
// philosophers drawn at random with seven preemptions, this is the order
// with four: each philosopher takes its left fork and is then set aside.
std::vector<Choice> fewest_switches(const std::vector<SeenStep>& steps);

// The state a run has reached, as far as `dependent` can tell: two orders
// of the same steps that keep every dependent pair in order (one
// Mazurkiewicz trace) get one key. Built a step at a time: per worker, the
// sequence of how many barriers came before each of its steps; per object,
// the sequence of (worker, its step number) on it; the key sums a hash of
// each sequence, so unrelated sequences may grow in any order.
class TraceKey {
public:
    void add(const Footprint& f);
    uint64_t key() const { return sum_; }
    // The key after one more step `f`, without taking it.
    uint64_t key_with(const Footprint& f) const;

private:
    struct Seq {
        uint64_t hash = 0;
        uint32_t length = 0;
    };
    // The terms `f` changes, before and after it.
    struct Change {
        uint64_t worker_before, worker_after, object_before, object_after;
        Seq worker, object;
    };
    Change change(const Footprint& f) const;
    std::unordered_map<uint16_t, Seq> workers_;
    std::unordered_map<uint32_t, Seq> objects_;
    uint32_t barriers_ = 0;
    uint64_t sum_ = 0;
};

}  // namespace il::core
