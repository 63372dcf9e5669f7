// event.polling_vs_wait: the polling client wakes up many times for nothing
// and notices the server late; the Event.wait() client is woken once, by the
// server's set(), right away.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("event.polling_vs_wait: polling wastes wake-ups and is late, wait() wakes once, on time") {
    const Observation o = run_demo("event.polling_vs_wait", {"ready_after=0.35", "poll_interval=0.1"});
    const TraceStore& s = o.store;
    const uint16_t server = worker(s, "server"), polling = worker(s, "polling_client"),
                   waiting = worker(s, "waiting_client");
    const uint32_t flag = object(s, "is_up"), ev = object(s, "server_up");
    // Polling: one load of the flag per check; every check but the last found it False.
    const auto loads = of(s, EventKind::Load, flag, polling);
    CHECK(static_cast<double>(loads.size()) == number(o, "polling: checks"));
    REQUIRE(loads.size() >= 4);  // checks at about 0, 0.1, 0.2, 0.3 s found it down
    for (size_t i = 0; i + 1 < loads.size(); ++i) CHECK(loads[i].value == 0);
    CHECK(loads.back().value == 1);
    CHECK(number(o, "polling: wasted wake-ups") == static_cast<double>(loads.size() - 1));
    CHECK(of(s, EventKind::SleepEnd, kNoObject, polling).size() == loads.size() - 1);  // a wake-up per wasted check
    // Waiting: blocked on server_up once, for the whole start-up, released by the set.
    const auto set = of(s, EventKind::EventSet, ev, server);
    REQUIRE(set.size() == 1);
    const auto blocked = spans(s, waiting, WorkerState::Blocked, ev);
    REQUIRE(blocked.size() == 1);
    CHECK(blocked[0].t0 < of(s, EventKind::SleepEnd, kNoObject, server)[0].tsc);  // waiting before the server was up
    CHECK(blocked[0].t1 >= event_ns(set[0]));
    const auto done = of(s, EventKind::EventWaitDone, ev, waiting);
    REQUIRE(done.size() == 1);
    CHECK(done[0].value == 1);
    CHECK(done[0].seq > set[0].seq);
    CHECK(of(s, EventKind::Wake, ev, waiting).size() == 1);
    CHECK(result(o, "wait: wake-ups") == "1");
    // The poller noticed at its next check after the set; the waiter at once,
    // before that check (the delays in seconds are only reported).
    CHECK(loads.back().seq > set[0].seq);
    CHECK(done[0].seq < loads.back().seq);
    MESSAGE("detection delay: wait ", result(o, "wait: detection delay"), ", polling ",
            result(o, "polling: detection delay"));
}

TEST_CASE("event.polling_vs_wait: in step mode the waiting client gets no step until the server sets the event") {
    const Observation o = step_demo("event.polling_vs_wait", {"ready_after=1", "poll_interval=0.3"});
    const TraceStore& s = o.store;
    const uint16_t waiting = worker(s, "waiting_client");
    const uint32_t ev = object(s, "server_up");
    const auto set = of(s, EventKind::EventSet, ev);
    REQUIRE(set.size() == 1);
    // Its wait was pending (blocked) before the set, and it was granted only after it.
    const auto blocked = events(s, [&](const TraceEvent& e) {
        return e.kind == EventKind::Block && e.worker == waiting && e.object == ev;
    });
    REQUIRE(!blocked.empty());
    CHECK(blocked.front().seq < set[0].seq);
    for (const TraceEvent& st : of(s, EventKind::Step, kNoObject, waiting))
        if (st.seq > blocked.front().seq) CHECK(st.seq > set[0].seq);
    CHECK(of(s, EventKind::EventWaitDone, ev, waiting).size() == 1);
}

TEST_CASE("event.polling_vs_wait: a short poll_interval wastes many more wake-ups, bounded by the sleeps") {
    // ready_after=1 with poll_interval=0.01 ('about a hundred'), scaled to 0.3 s: about thirty.
    const Observation o = run_demo("event.polling_vs_wait", {"ready_after=0.3", "poll_interval=0.01"});
    const double wasted = number(o, "polling: wasted wake-ups");
    CHECK(wasted <= 31);  // each check but the first follows a sleep of at least 0.01 s
    CHECK(wasted >= 5);   // many, where poll_interval=0.1 would have had three or four
    CHECK(result(o, "wait: wake-ups") == "1");
}

TEST_CASE("event.polling_vs_wait: a poll_interval longer than the start-up wastes one check") {
    // poll_interval=1.5 with ready_after=1, scaled: the second check comes well after the server is up.
    const Observation o = run_demo("event.polling_vs_wait", {"ready_after=0.1", "poll_interval=0.3"});
    CHECK(number(o, "polling: wasted wake-ups") == 1);
    CHECK(number(o, "polling: checks") == 2);
}
