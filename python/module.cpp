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

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "core/primitives/condition.hpp"
#include "core/primitives/lock.hpp"
#include "core/primitives/queue.hpp"
#include "core/primitives/semaphore.hpp"
#include "core/primitives/sync_event.hpp"
#include "core/primitives/thread_local.hpp"
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

// At most `limit` bytes of `text`, cut at a character boundary, with "…"
// when cut.
std::string utf8_prefix(const std::string& text, size_t limit) {
    if (text.size() <= limit) return text;
    static constexpr std::string_view kMore = "\xe2\x80\xa6";  // …
    size_t end = limit - kMore.size();
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + std::string(kMore);
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
    // As CPython's, known once start() returned: the new thread records its
    // kernel id before its first checkpoint, so this waits a moment at most.
    int native_id() const {
        if (thread_->ident() == 0) return 0;
        py::gil_scoped_release nogil;
        while (thread_->native_id() == 0) std::this_thread::yield();
        return thread_->native_id();
    }
    uint64_t ident() const { return thread_->ident(); }
    uint16_t worker() const { return thread_->worker(); }
    std::string name() const { return thread_->name(); }

private:
    std::unique_ptr<core::Thread> thread_;
};

// A queue.Queue (FIFO), LifoQueue or PriorityQueue: a core Queue whose items
// are keys of the Python objects this process keeps (ValueType::Repr: each
// cell is the key and the object's repr, which the Inspector shows). The core
// queue does the counting and the blocking (so steps, the wait-for graph and
// Full/Empty are the runtime's); which object a get returns is the policy's:
// the one that came with the key (FIFO), the newest (LIFO) or the smallest
// (priority). Held objects are touched only with the GIL.
class PyQueue {
public:
    enum Policy { Fifo = 0, Lifo = 1, Priority = 2 };
    static constexpr uint32_t kItemBytes = 96;  // key + repr (a longer repr is cut)

    PyQueue(int64_t maxsize, const std::string& name, int policy)
        : policy_(static_cast<Policy>(policy)),
          core_(maxsize, name, kItemBytes, core::ValueType::Repr, program_line()) {}

    void put(py::object item, bool block, const py::object& timeout) {
        const double t = timeout_of(timeout);
        const uint64_t key = next_key_++;
        std::string cell(core::kReprKeyBytes, '\0');
        std::memcpy(cell.data(), &key, sizeof key);
        std::string repr = py::repr(item).cast<std::string>();
        const size_t room = kItemBytes - core::kReprKeyBytes;
        if (repr.size() > room) repr = repr.substr(0, room - 3) + "...";
        cell += repr;
        held_.emplace(key, std::move(item));
        try {
            at_line([&] { core_.put(cell, block, t, core::line_of(core::Loc::current())); });
        } catch (...) {
            held_.erase(key);  // not put after all (Full, a stop): the GIL is held again here
            throw;
        }
    }
    py::object get(bool block, const py::object& timeout) {
        const double t = timeout_of(timeout);
        const std::string cell = at_line([&] { return core_.get(block, t, core::line_of(core::Loc::current())); });
        uint64_t key = 0;
        std::memcpy(&key, cell.data(), std::min(cell.size(), sizeof key));
        auto it = held_.end();
        if (policy_ == Fifo) it = held_.find(key);
        else if (policy_ == Lifo) it = held_.empty() ? held_.end() : std::prev(held_.end());
        else it = smallest();
        if (it == held_.end()) throw core::RuntimeError("interleave: a queue item was lost (a runtime bug)");
        py::object item = std::move(it->second);
        held_.erase(it);
        return item;
    }
    uint32_t qsize() { return at_line([&] { return core_.qsize(core::line_of(core::Loc::current())); }); }
    bool empty() { return at_line([&] { return core_.empty(core::line_of(core::Loc::current())); }); }
    bool full() { return at_line([&] { return core_.full(core::line_of(core::Loc::current())); }); }
    void task_done() { at_line([&] { core_.task_done(core::line_of(core::Loc::current())); }); }
    void join() { at_line([&] { core_.join(core::line_of(core::Loc::current())); }); }

private:
    // The smallest held item, compared as Python compares them (a TypeError propagates).
    std::map<uint64_t, py::object>::iterator smallest() {
        auto best = held_.begin();
        for (auto it = held_.begin(); it != held_.end(); ++it)
            if (it->second < best->second) best = it;
        return best;
    }

    Policy policy_;
    core::QueueCore core_;
    std::map<uint64_t, py::object> held_;  // key -> the object put with it
    uint64_t next_key_ = 1;
};

}  // namespace

void set_program_path(const std::string& path) { program_path() = path; }

uint32_t current_program_line() { return program_line(); }

}  // namespace il::python

using il::python::at_line;
using il::python::program_line;
using il::python::timeout_of;
using il::python::utf8_prefix;
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
        } catch (const core::Full&) {
            PyErr_SetNone(py::module_::import("queue").attr("Full").ptr());
        } catch (const core::Empty&) {
            PyErr_SetNone(py::module_::import("queue").attr("Empty").ptr());
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
    m.def("clock_ns", [] { return core::run_clock_ns(); });
    // A step at the program's current line (line granularity): a checkpoint, no event.
    // Line and bytecode steps (granularity lines/bytecode in step mode). A
    // label is an object of kind None — named, never shown as an object — so
    // the pending step reads as the line or instruction it stands for.
    // threading.local, observed: one core ThreadLocal per attribute the
    // program sets, holding each thread's repr (cut to fit a cell), so the
    // Inspector shows every thread's value side by side.
    m.def("local_create", [](const std::string& name) {
        return core::detail::local_create(name, core::ValueType::Repr, program_line());
    });
    m.def("local_set", [](uint32_t id, const std::string& repr) {
        std::string cell(core::kReprKeyBytes, '\0');  // a Repr value: key (unused here), then the text
        cell += utf8_prefix(repr, core::kLocalValueBytes - core::kReprKeyBytes);
        at_line([&] { core::detail::local_set(id, cell, core::line_of(core::Loc::current())); });
    });
    m.def("step_label", [](const std::string& text, uint32_t line) {
        return core::register_object(core::ObjectKind::None, text, line);
    });
    m.def(
        "line_step",
        [](uint32_t label, uint32_t line, int64_t switch_mark) {
            py::gil_scoped_release nogil;
            core::checkpoint(core::OpKind::User, label, line, switch_mark);
        },
        py::arg("label") = core::kNoObject, py::arg("line") = 0, py::arg("switch_mark") = 0);
    m.attr("NO_LABEL") = core::kNoObject;
    m.attr("STEP_MAY_SWITCH") = core::kStepMaySwitch;
    m.attr("STEP_NO_SWITCH") = core::kStepNoSwitch;

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

    py::class_<il::python::PyQueue>(m, "Queue")
        .def(py::init<int64_t, const std::string&, int>())
        .def("put", &il::python::PyQueue::put)
        .def("get", &il::python::PyQueue::get)
        .def("qsize", &il::python::PyQueue::qsize)
        .def("empty", &il::python::PyQueue::empty)
        .def("full", &il::python::PyQueue::full)
        .def("task_done", &il::python::PyQueue::task_done)
        .def("join", &il::python::PyQueue::join);

    py::class_<il::python::PyThread>(m, "Thread")
        .def(py::init<py::function, const std::string&, bool>())
        .def("start", &il::python::PyThread::start)
        .def("join", &il::python::PyThread::join)
        .def("is_alive", &il::python::PyThread::is_alive)
        .def("native_id", &il::python::PyThread::native_id)
        .def("ident", &il::python::PyThread::ident)
        .def("worker", &il::python::PyThread::worker)
        .def("name", &il::python::PyThread::name);
}
