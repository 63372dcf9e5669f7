// tests/python/outside_test.cpp — programs that reach outside what the runtime
// stands behind (sockets, select, asyncio, ctypes) run unchanged; what was not
// observed is said in the summary, counted per function; in step mode a
// thread waiting in such a call is waited for, not called stuck.
#include <doctest.h>

#include <chrono>
#include <string>

#include "program.hpp"

using il::test::Program;
using il::test::check_both_modes;
using il::test::has;

TEST_CASE("python outside: sockets between two threads run in run and step mode — the summary counts each call not observed") {
    Program p(R"(import socket, threading
a, b = socket.socketpair()
def server():
    data = a.recv(100)
    a.sendall(data.upper())
t = threading.Thread(target=server)
t.start()
b.sendall(b"hello")
print(b.recv(100))
t.join()
)");
    check_both_modes(p, {"[MainThread] b'HELLO'",
                         "2 calls to socket.recv were not observed",
                         "2 calls to socket.sendall were not observed"});
}

TEST_CASE("python outside: in step mode, while every other thread waits, a thread in select is waited for, not called stuck") {
    // MainThread joins Thread-1, which sits in select() for 50 ms: nobody the
    // director could step can move, yet the run is not stuck.
    Program p(R"(import select, threading
def slow():
    select.select([], [], [], 0.05)
    print("back")
t = threading.Thread(target=slow)
t.start()
t.join()
print("joined")
)");
    const auto r = p.run({"--mode", "step"});
    CHECK(r.code == 0);
    CHECK(has(r.out, "outcome:   completed"));
    CHECK(has(r.out, "back"));
    CHECK(has(r.out, "[MainThread] joined"));
    CHECK(has(r.out, "1 call to select.select was not observed"));
}

TEST_CASE("python outside: an asyncio program runs in run and step mode, its event loop's waits counted") {
    Program p(R"(import asyncio
async def square(n):
    await asyncio.sleep(0.01 * n)
    return n * n
async def main():
    print(await asyncio.gather(*(square(i) for i in range(3))))
asyncio.run(main())
)");
    check_both_modes(p, {"[MainThread] [0, 1, 4]",
                         "calls to selectors.select were not observed"}, {}, 0, {"--timeout", "20"});
}

TEST_CASE("python outside: a C function called through ctypes is counted by its name") {
    Program p(R"(import ctypes
libc = ctypes.CDLL("libc.so.6")
libc.usleep.argtypes = [ctypes.c_uint]
libc.usleep(1000)
print(libc.abs(-7))
)");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK(has(r.out, "[MainThread] 7"));
    CHECK(has(r.out, "1 call to usleep (ctypes) was not observed"));
    CHECK(has(r.out, "1 call to abs (ctypes) was not observed"));
}

TEST_CASE("python outside: a program that uses none of it says nothing of it") {
    Program p("import threading\nprint('plain')\n");
    const auto r = p.run();
    CHECK(r.code == 0);
    CHECK_FALSE(has(r.out, "not observed"));
}

TEST_CASE("python outside: a loop that never calls a primitive is stopped at its timeout at once, and by lines each turn is a step") {
    Program p("n = 0\nwhile True:\n    n += 1\n");
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = p.run({"--timeout", "0.3"});
    CHECK(r.code == 1);
    CHECK(has(r.out, "outcome:   timed out after 0.3 s"));
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(10));  // stopped, not waited out
    const auto s = p.run({"--mode", "step", "--granularity", "lines", "--timeout", "0.3"});
    CHECK(s.code == 1);
    CHECK(has(s.out, "outcome:   timed out after 0.3 s"));
    const size_t at = s.out.find(" steps\n");
    REQUIRE(at != std::string::npos);
    const size_t start = s.out.rfind(' ', at - 1) + 1;
    CHECK(std::stoul(s.out.substr(start, at - start)) > 20);  // every turn of the loop was a step
}
