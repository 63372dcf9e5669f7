// python/bridge.hpp — what every call from Python into core shares: the
// program's line for the call, dropping the GIL around a call that may wait,
// Python's exception for a C++ one, and CPython-style argument parsing for the
// primitives written directly against the C API (python/lock_type.cpp,
// python/queue_type.cpp: the calls a program makes in its hottest loops).
//
// Thread rules: everything here is called from Python threads holding the GIL
// (NoGil drops it for its scope); set_program_path() before the program runs.
#pragma once

#include <Python.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/common/arena.hpp"

namespace il::python {

// The program's absolute path: frames of this file carry "the program's line".
void set_program_path(const std::string& path);
// The line of the innermost frame in the program's file (0: none). Cached per
// call site (code object and instruction), so a call in a loop costs a few
// loads, not a walk of the line table.
uint32_t program_line();

// Drops the GIL for its scope: a worker parked by the director or blocked in
// a primitive must not hold it, or no other Python thread could move.
class NoGil {
public:
    NoGil() : state_(PyEval_SaveThread()) {}
    ~NoGil() { PyEval_RestoreThread(state_); }
    NoGil(const NoGil&) = delete;
    NoGil& operator=(const NoGil&) = delete;

private:
    PyThreadState* state_;
};

// The exception a stopped run unwinds with (_interleave.RunStopped, a
// BaseException a program's `except Exception` does not catch).
void set_run_stopped_type(PyObject* type);
// Inside a catch block: sets the Python error for the C++ exception being
// handled — core's errors become Python's own built-ins with CPython's
// messages ("release unlocked lock"), Full and Empty the queue module's.
// False when it is not one of core's (pybind11's own errors, say).
bool set_error_from_current_exception();

// True when object `id` of the run exists and is of `kind` (an index that
// came through a pickle); false with a ValueError set otherwise.
bool existing_object(uint32_t id, core::ObjectKind kind);

// A timeout as core takes it: None or a negative value waits forever. False
// with a TypeError set when `t` is not a number.
bool timeout_seconds(PyObject* t, double& out);

// A method's parameters, all positional-or-keyword, and how CPython words
// its argument errors: as for a C function (lock.acquire: "'x' is an invalid
// keyword argument for acquire()") or for a `def` (Queue.put: "Queue.put()
// got an unexpected keyword argument 'x'").
struct Signature {
    const char* name;                          // "acquire", "Queue.put"
    std::initializer_list<const char*> params;
    Py_ssize_t required = 0;                   // the leading params with no default
    bool def = false;                          // worded as for a Python function
};

// Parses a METH_FASTCALL | METH_KEYWORDS call into `out` (a parameter not
// given is left alone). False with CPython's TypeError set.
bool parse_args(const Signature& sig, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                std::initializer_list<PyObject**> out);

// A lock's timeout as CPython 3.11's _thread takes it (a float, or an
// integer: "'str' object cannot be interpreted as an integer"). False with
// the error set.
bool lock_timeout(PyObject* t, double& out);

// A METH_FASTCALL method's function, as PyMethodDef stores it.
template <typename Fn>
PyCFunction as_method(Fn* fn) {
    return reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(fn));
}

// A Python object kept by C++ code that may drop it on any thread, with or
// without the GIL (a thread's target once the thread is gone, a pool's
// initializer in a worker). Takes over the reference it is given.
class Kept {
public:
    explicit Kept(PyObject* stolen) : obj_(stolen) {}
    ~Kept() {
        if (obj_ == nullptr || !Py_IsInitialized()) return;
        const PyGILState_STATE s = PyGILState_Ensure();
        Py_DECREF(obj_);
        PyGILState_Release(s);
    }
    Kept(const Kept&) = delete;
    Kept& operator=(const Kept&) = delete;
    PyObject* get() const { return obj_; }

private:
    PyObject* obj_;
};

// core's fork hooks (core::detail::set_fork_hooks): whichever thread forks,
// with or without the GIL, it holds the GIL across fork() between CPython's
// PyOS_BeforeFork and PyOS_AfterFork_Parent/Child (which run the program's
// and the standard library's os.register_at_fork handlers), as os.fork does.
void before_fork();
void after_fork_parent();
void after_fork_child();

// At most `limit` bytes of `text`, cut at a character boundary, with "…" when cut.
std::string utf8_prefix(std::string_view text, size_t limit);

}  // namespace il::python
