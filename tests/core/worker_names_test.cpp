// Worker names are unique within a run: schedules, lanes and the console name
// workers by them, so a second worker given a name already taken (Python lets
// two threads share one) is "name#2".
#include <doctest.h>

#include <string>

#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;
using il::test::InProcessRun;

TEST_CASE("Worker names: a second worker given a name already taken is name#2, a third name#3") {
    InProcessRun run;
    Thread a([] {}, "w");
    Thread b([] {}, "w");
    Thread c([] {}, "w");
    CHECK(std::string(run.arena.worker(a.worker()).name) == "w");
    CHECK(std::string(run.arena.worker(b.worker()).name) == "w#2");
    CHECK(std::string(run.arena.worker(c.worker()).name) == "w#3");
    const std::string long_name(60, 'x');  // cut to fit, and still told apart
    Thread d([] {}, long_name);
    Thread e([] {}, long_name);
    CHECK(std::string(run.arena.worker(d.worker()).name) != std::string(run.arena.worker(e.worker()).name));
    for (Thread* t : {&a, &b, &c, &d, &e}) {
        t->start();
        t->join();
    }
}
