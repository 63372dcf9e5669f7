// threadlocal.dict_by_thread: a dict keyed by thread name gives each thread its
// own entry, but every access goes through the shared dict (and its lock), any
// thread can read another's entry, and the entries outlive their threads.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("threadlocal.dict_by_thread: own entries by key, but shared, locked and left behind") {
    const Observation o = run_demo("threadlocal.dict_by_thread", {"threads=3", "hold=0.1"});
    CHECK(result(o, "threads that read their own student") == "3");
    CHECK(result(o, "Thread-A could read Thread-B's entry") == "yes: Bob");
    CHECK(result(o, "dict after the threads ended") == "{'Thread-A': 'Alice', 'Thread-B': 'Bob', 'Thread-C': 'Carol'}");
    const TraceStore& s = o.store;
    // Every access to the dict took dict_lock: a store, a lookup and a peek per thread.
    const uint32_t lock = object(s, "dict_lock");
    CHECK(s.holds(lock).size() == 9);
    for (const char* t : {"Thread-A", "Thread-B", "Thread-C"})
        CHECK(of(s, EventKind::Obtain, lock, worker(s, t)).size() == 3);
    CHECK(printed(s, "Thread-B") == std::vector<std::string>{"Hello, Bob (in Thread-B)"});
}

TEST_CASE("threadlocal.dict_by_thread: threads=6 stepped, each thread gets its own entry, every access takes dict_lock and all six entries stay") {
    const Observation o = step_demo("threadlocal.dict_by_thread", {"threads=6"});
    CHECK(result(o, "threads that read their own student") == "6");
    CHECK(result(o, "Thread-A could read Thread-B's entry") == "yes: Bob");
    CHECK(result(o, "dict after the threads ended") ==
          "{'Thread-A': 'Alice', 'Thread-B': 'Bob', 'Thread-C': 'Carol', 'Thread-D': 'Dave', 'Thread-E': 'Erin', "
          "'Thread-F': 'Frank'}");
    const TraceStore& s = o.store;
    const uint32_t lock = object(s, "dict_lock");
    CHECK(s.holds(lock).size() == 18);
    const char* const names[] = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank"};
    for (int i = 0; i < 6; ++i) {
        const std::string t = std::string("Thread-") + static_cast<char>('A' + i);
        CHECK(of(s, EventKind::Obtain, lock, worker(s, t)).size() == 3);
        CHECK(printed(s, t) == std::vector<std::string>{std::string("Hello, ") + names[i] + " (in " + t + ")"});
    }
}
