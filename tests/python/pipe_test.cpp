// tests/python/pipe_test.cpp — multiprocessing.Pipe's end of file on the
// runtime (python/boot/interleave_processes.py, Connection): recv() raises
// EOFError once the pipe is empty and every copy of the sending end is
// closed — by close(), by the process ending, by os._exit, by a kill — and
// waits, as CPython's does, while any copy (the parent's forgotten one, the
// lesson "close the end you do not use") is still open.
#include <doctest.h>

#include "program.hpp"

using il::test::check_same_as_cpython;
using il::test::has;
using il::test::Program;

TEST_CASE("python pipes: recv() raises EOFError after the last sender closes, ends or calls os._exit, as in CPython") {
    Program p(R"PY(import multiprocessing as mp
import os

def child(conn):
    for i in range(3):
        conn.send(i)
    conn.close()

def child_drains(r, w):
    w.close()
    out = []
    try:
        while True:
            out.append(r.recv())
    except EOFError:
        print("child got EOF after", out)

def sends_then_exits(w):
    w.send(1)
    os._exit(0)

def says_hi(b):
    b.send("hi")

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=child, args=(w,))
    p.start()
    w.close()
    got = []
    try:
        while True:
            got.append(r.recv())
    except EOFError:
        print("EOF after", got)
    p.join()
    a, b = mp.Pipe()
    q = mp.Process(target=says_hi, args=(b,))
    q.start()
    q.join()
    print(a.recv(), a.poll())          # the parent still holds b: no EOF
    b.close()
    print("poll at the end", a.poll(), a.poll(0.5))
    for _ in range(2):
        try:
            a.recv()
        except EOFError:
            print("EOFError")
    r, w = mp.Pipe(False)
    k = mp.Process(target=child_drains, args=(r, w))
    k.start()
    w.send("x")
    w.send("y")
    w.close()
    k.join()
    r, w = mp.Pipe(False)
    s = mp.Process(target=sends_then_exits, args=(w,))
    s.start()
    s.join()
    w.close()
    print(r.recv(), end=" ")
    try:
        r.recv()
    except EOFError:
        print("EOF after os._exit")
    with mp.Pipe()[0] as c:
        pass
    try:
        c.recv()
    except OSError as e:
        print("closed:", e)
)PY");
    check_same_as_cpython(p);
}

TEST_CASE("python pipes: a sender killed before it could close still ends the pipe for the reader") {
    Program p(R"PY(import multiprocessing as mp
import time

def sends_then_sleeps(w):
    w.send("before the kill")
    time.sleep(3600)

if __name__ == "__main__":
    r, w = mp.Pipe(False)
    p = mp.Process(target=sends_then_sleeps, args=(w,))
    p.start()
    w.close()
    print(r.recv())
    p.kill()
    p.join()
    try:
        r.recv()
    except EOFError:
        print("EOF after the kill")
)PY");
    check_same_as_cpython(p);
}

TEST_CASE("python pipes: a reader whose own process still holds the sending end waits, and the step run says what it waits for") {
    Program p(R"PY(import multiprocessing as mp

def child(conn):
    conn.send("only one")
    conn.close()

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=child, args=(w,))
    p.start()
    print(r.recv())
    print(r.recv())
)PY");
    const auto r = p.run({"--mode", "step"});
    CHECK(has(r.out, "only one"));
    CHECK(has(r.out, "outcome:   stuck"));
    CHECK(has(r.out, "MainThread waits for Pipe@line 8"));
}
