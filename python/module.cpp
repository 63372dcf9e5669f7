// python/module.cpp — `_interleave`, the extension module through which a
// learner's Python program reaches core's own primitives (see module.hpp).
//
// Every function that may block or park (acquire, wait, join, sleep, print,
// get, put) releases the GIL first, so a worker parked by the director or
// blocked in a primitive never holds it, and records the program's own line
// (program_line(): the innermost frame in one of the program's files) through
// core's LineScope, so the timeline, source markers and schedules show the .py
// line, not this file's.
//
// Thread rules: called from Python threads holding the GIL; the GIL is
// released around every core call that may block.
#include "python/module.hpp"

#include <pybind11/embed.h>
#include <pybind11/functional.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>

#include "core/primitives/condition.hpp"
#include "core/primitives/lock.hpp"
#include "core/primitives/semaphore.hpp"
#include "core/primitives/sync_event.hpp"
#include "core/runtime/runtime.hpp"
#include "core/runtime/worker.hpp"

namespace py = pybind11;

namespace il::python {

namespace {

std::string& program_path() {
    static std::string path;
    return path;
}

// The program's line of the innermost frame in the program's own file; 0 when
// the call comes from elsewhere only (the standard library at import time).
uint32_t program_line() {
    PyFrameObject* f = PyEval_GetFrame();  // borrowed
    if (f == nullptr) return 0;
    Py_INCREF(f);
    uint32_t line = 0;
    while (f != nullptr) {
        PyCodeObject* code = PyFrame_GetCode(f);  // new reference
        const char* file = PyUnicode_AsUTF8(code->co_filename);
        const bool mine = file != nullptr && program_path() == file;
        Py_DECREF(code);
        if (mine) {
            line = static_cast<uint32_t>(PyFrame_GetLineNumber(f));
            Py_DECREF(f);
            break;
        }
        PyFrameObject* back = PyFrame_GetBack(f);  // new reference
        Py_DECREF(f);
        f = back;
    }
    if (PyErr_Occurred()) PyErr_Clear();
    return line;
}

// Runs `fn` without the GIL, at the program's current line.
template <typename Fn>
auto at_line(Fn&& fn) {
    const uint32_t line = program_line();
    py::gil_scoped_release nogil;
    core::LineScope scope(line);
    return fn();
}

// A timeout as core takes it: None or a negative value waits forever.
double timeout_of(const py::object& t) {
    if (t.is_none()) return -1;
    const double v = t.cast<double>();
    return v < 0 ? -1 : v;
}

// A Python object kept by C++ code that may drop it on any thread, with or
// without the GIL (a thread's target, once the thread is gone).
class Kept {
public:
    explicit Kept(py::object o) : obj_(o.release().ptr()) {}
    ~Kept() {
        if (obj_ == nullptr || !Py_IsInitialized()) return;
        const PyGILState_STATE s = PyGILState_Ensure();
        Py_DECREF(obj_);
        PyGILState_Release(s);
    }
    Kept(const Kept&) = delete;
    Kept& operator=(const Kept&) = delete;
    py::handle get() const { return obj_; }

private:
    PyObject* obj_;
};

// A Python thread: a core Thread (a worker, a real OS thread) whose body
// calls `bootstrap` holding the GIL.
class PyThread {
public:
    PyThread(py::function bootstrap, const std::string& name, bool daemon) {
        auto fn = std::make_shared<Kept>(std::move(bootstrap));
        thread_ = std::make_unique<core::Thread>(
            [fn] {
                bool stopped = false;
                {
                    py::gil_scoped_acquire gil;
                    try {
                        fn->get()();  // the Python bootstrap: it reports the thread's own exceptions
                    } catch (py::error_already_set& e) {
                        stopped = e.matches(py::module_::import("_interleave").attr("RunStopped"));
                        if (!stopped) e.discard_as_unraisable("interleave thread bootstrap");
                    }
                }
                if (stopped) throw core::RunStopped{};
            },
            name, daemon);
    }
    void start() {
        at_line([&] { thread_->start(); });
    }
    bool join(const py::object& timeout) {
        const double t = timeout_of(timeout);
        return at_line([&] { return thread_->join(t); });
    }
    bool is_alive() const { return thread_->is_alive(); }
    int native_id() const { return thread_->native_id(); }
    uint16_t worker() const { return thread_->worker(); }
    std::string name() const { return thread_->name(); }

private:
    std::unique_ptr<core::Thread> thread_;
};

}  // namespace

void set_program_path(const std::string& path) { program_path() = path; }

uint32_t current_program_line() { return program_line(); }

}  // namespace il::python

using il::python::at_line;
using il::python::timeout_of;
namespace core = il::core;

PYBIND11_EMBEDDED_MODULE(_interleave, m) {
    m.doc() = "Interleave's runtime for Python programs (threads and their primitives).";

    // Core's errors become Python's own built-in exceptions, with CPython's
    // messages ("release unlocked lock"); a stopped run unwinds as RunStopped,
    // a BaseException the program's `except Exception` does not catch.
    static py::exception<core::RunStopped> run_stopped(m, "RunStopped", PyExc_BaseException);
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const core::RunStopped&) {
            PyErr_SetString(run_stopped.ptr(), "the run was stopped");
        } catch (const core::ValueError& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        } catch (const core::RuntimeError& e) {
            PyErr_SetString(PyExc_RuntimeError, e.what());
        }
    });

    m.def("program_line", &il::python::current_program_line);
    m.def("current_worker", [] { return core::self(); });
    m.def("sleep", [](double seconds) { at_line([&] { core::sleep(seconds); }); });
    m.def("print", [](const std::string& text) { at_line([&] { core::print(text); }); });
    m.def("stepping", [] { return core::stepping(); });

    py::class_<core::Lock>(m, "Lock")
        .def(py::init([](const std::string& name) { return at_line([&] { return core::Lock(name); }); }))
        .def("acquire",
             [](core::Lock& l, bool blocking, const py::object& timeout) {
                 const double t = timeout_of(timeout);
                 return at_line([&] { return l.acquire(blocking, t); });
             })
        .def("release", [](core::Lock& l) { at_line([&] { l.release(); }); })
        .def("locked", [](core::Lock& l) { return l.locked(); });

    py::class_<core::RLock>(m, "RLock")
        .def(py::init([](const std::string& name) { return at_line([&] { return core::RLock(name); }); }))
        .def("acquire",
             [](core::RLock& l, bool blocking, const py::object& timeout) {
                 const double t = timeout_of(timeout);
                 return at_line([&] { return l.acquire(blocking, t); });
             })
        .def("release", [](core::RLock& l) { at_line([&] { l.release(); }); })
        .def("count", [](core::RLock& l) { return l.count(); });

    py::class_<core::Semaphore>(m, "Semaphore")
        .def(py::init([](int64_t value, const std::string& name) {
            return at_line([&] { return core::Semaphore(value, name); });
        }))
        .def("acquire",
             [](core::Semaphore& s, bool blocking, const py::object& timeout) {
                 const double t = timeout_of(timeout);
                 return at_line([&] { return s.acquire(blocking, t); });
             })
        .def("release", [](core::Semaphore& s, int n) { at_line([&] { s.release(n); }); });

    py::class_<core::BoundedSemaphore, core::Semaphore>(m, "BoundedSemaphore")
        .def(py::init([](int64_t value, const std::string& name) {
            return at_line([&] { return core::BoundedSemaphore(value, name); });
        }));

    py::class_<core::Event>(m, "Event")
        .def(py::init([](const std::string& name) { return at_line([&] { return core::Event(name); }); }))
        .def("set", [](core::Event& e) { at_line([&] { e.set(); }); })
        .def("clear", [](core::Event& e) { at_line([&] { e.clear(); }); })
        .def("is_set", [](core::Event& e) { return at_line([&] { return e.is_set(); }); })
        .def("wait", [](core::Event& e, const py::object& timeout) {
            const double t = timeout_of(timeout);
            return at_line([&] { return e.wait(t); });
        });

    py::class_<core::Condition>(m, "Condition")
        .def(py::init([](core::Lock& lock, const std::string& name) {
            return at_line([&] { return core::Condition(lock, name); });
        }))
        .def(py::init([](core::RLock& lock, const std::string& name) {
            return at_line([&] { return core::Condition(lock, name); });
        }))
        .def("acquire",
             [](core::Condition& c, bool blocking, const py::object& timeout) {
                 const double t = timeout_of(timeout);
                 return at_line([&] { return c.acquire(blocking, t); });
             })
        .def("release", [](core::Condition& c) { at_line([&] { c.release(); }); })
        .def("wait",
             [](core::Condition& c, const py::object& timeout) {
                 const double t = timeout_of(timeout);
                 return at_line([&] { return c.wait(t); });
             })
        .def("notify", [](core::Condition& c, int n) { at_line([&] { c.notify(n); }); })
        .def("notify_all", [](core::Condition& c) { at_line([&] { c.notify_all(); }); });

    py::class_<il::python::PyThread>(m, "Thread")
        .def(py::init<py::function, const std::string&, bool>())
        .def("start", &il::python::PyThread::start)
        .def("join", &il::python::PyThread::join)
        .def("is_alive", &il::python::PyThread::is_alive)
        .def("native_id", &il::python::PyThread::native_id)
        .def("worker", &il::python::PyThread::worker)
        .def("name", &il::python::PyThread::name);
}
