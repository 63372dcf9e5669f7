// python/module.cpp — `_interleave`, the extension module through which a
// learner's Python program reaches core's own primitives: built into the
// interleave binary (pybind11's embedded module), importable once the run
// process's interpreter is up. Lock, RLock and Queue are C types of their own
// (lock_type.hpp, queue_type.hpp); the rest is bound here.
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

#include <pybind11/embed.h>
#include <pybind11/functional.h>
#include <pybind11/stl.h>

#include <cerrno>
#include <memory>
#include <string>
#include <thread>

#include "core/common/i18n.hpp"
#include "core/primitives/condition.hpp"
#include "core/primitives/lock.hpp"
#include "core/primitives/outside.hpp"
#include "core/primitives/semaphore.hpp"
#include "core/primitives/sync_event.hpp"
#include "core/primitives/thread_local.hpp"
#include "core/runtime/runtime.hpp"
#include "core/runtime/worker.hpp"
#include "python/bridge.hpp"
#include "python/lock_type.hpp"
#include "python/pool_type.hpp"
#include "python/queue_type.hpp"

namespace py = pybind11;

namespace il::python {

namespace {

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
    double seconds = -1;
    if (!timeout_seconds(t.ptr(), seconds)) throw py::error_already_set();
    return seconds;
}

// A Python thread: a core Thread (a worker, a real OS thread) whose body
// calls `bootstrap` holding the GIL.
class PyThread {
public:
    PyThread(py::function bootstrap, const std::string& name, bool daemon) {
        auto fn = std::make_shared<Kept>(bootstrap.release().ptr());
        thread_ = std::make_unique<core::Thread>(
            [fn] {
                bool stopped = false;
                {
                    py::gil_scoped_acquire gil;
                    try {
                        py::handle(fn->get())();  // the Python bootstrap: it reports the thread's own exceptions
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

}  // namespace

}  // namespace il::python

using il::python::at_line;
using il::python::program_line;
using il::python::timeout_of;
using il::python::utf8_prefix;
using il::python::set_error_from_current_exception;
namespace core = il::core;

PYBIND11_EMBEDDED_MODULE(_interleave, m) {
    m.doc() = "Interleave's runtime for Python programs (threads and their primitives).";

    // Core's errors become Python's own built-in exceptions, with CPython's
    // messages ("release unlocked lock"); a stopped run unwinds as RunStopped,
    // a BaseException the program's `except Exception` does not catch.
    static py::exception<core::RunStopped> run_stopped(m, "RunStopped", PyExc_BaseException);
    il::python::set_run_stopped_type(run_stopped.ptr());
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (...) {
            if (!set_error_from_current_exception()) throw;  // pybind11's own
        }
    });

    // The hottest calls, written against CPython's C API (lock_type.hpp, queue_type.hpp).
    for (auto [name, make] : {std::pair{"Lock", &il::python::make_lock_type},
                              std::pair{"RLock", &il::python::make_rlock_type},
                              std::pair{"Queue", &il::python::make_queue_type}}) {
        PyObject* type = make();
        if (type == nullptr) throw py::error_already_set();
        m.add_object(name, py::reinterpret_steal<py::object>(type));
    }

    m.def("program_line", &il::python::program_line);
    m.def("current_worker", [] { return core::self(); });
    // The calling worker's name; "" on a thread that is no worker of the run.
    m.def("worker_name", [] {
        const uint16_t w = core::self();
        return w == core::kNoWorker ? std::string() : std::string(core::arena()->worker(w).name);
    });
    m.def("sleep", [](double seconds) { at_line([&] { core::sleep(seconds); }); });
    m.def("print", [](const std::string& text) { at_line([&] { core::print(text); }); });
    m.def("stepping", [] { return core::stepping(); });
    m.def("result", [](const std::string& key, const std::string& value) { core::report_result(key, value); });
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
    // Code the runtime does not stand behind (python/boot/interleave_outside.py):
    // the calls are counted and the thread shows "in uninstrumented code".
    m.def("outside_register",
          [](const std::string& function) { return core::register_outside(function, program_line()); });
    m.def("outside_begin", [](uint32_t object) { core::outside_begin(object, program_line()); });
    m.def("outside_end", [] {
        const uint32_t line = program_line();
        py::gil_scoped_release nogil;  // step mode: the return is a step, parked for
        core::outside_end(line);
    });
    m.attr("STEP_MAY_SWITCH") = core::kStepMaySwitch;
    m.attr("STEP_NO_SWITCH") = core::kStepNoSwitch;

    // os.fork, os.wait/waitpid, os.kill and os._exit on the runtime: the child
    // is a process worker ("Child-1", or multiprocessing's "Process-1") from
    // its first line. Every checkpoint happens without the GIL; the fork
    // itself holds it, between CPython's own before/after-fork handlers
    // (fork hooks, set below, so a fork core makes for a Pool does the same).
    m.def(
        "fork",
        [](const std::string& name, bool waited, bool daemon) {
            const uint32_t line = program_line();
            py::gil_scoped_release nogil;
            core::LineScope at(line);
            const uint16_t child = core::detail::fork_announce(line, name);
            const int pid = core::detail::fork_now(child, line, waited, daemon);
            if (pid == 0) core::checkpoint(core::OpKind::Begin, core::kNoObject, line);
            return pid;
        },
        py::arg("name") = "", py::arg("waited") = false, py::arg("daemon") = false);
    core::detail::set_fork_hooks({&il::python::before_fork, &il::python::after_fork_parent,
                                  &il::python::after_fork_child});
    m.def(
        "waitpid",
        [](int pid, bool block, const py::object& timeout) {
            const uint32_t line = program_line();
            const double t = timeout_of(timeout);
            std::pair<int, int> r;
            {
                py::gil_scoped_release nogil;
                core::LineScope at(line);
                r = core::wait_child(pid, block, core::Loc::current(), t);
            }
            if (r.first < 0) {
                errno = ECHILD;
                PyErr_SetFromErrno(PyExc_ChildProcessError);
                throw py::error_already_set();
            }
            // As the kernel encodes it: the exit code in the second byte, or the signal.
            const int status = r.second >= 0 ? (r.second & 0xff) << 8 : (-r.second & 0x7f);
            return py::make_tuple(r.first, status);
        },
        py::arg("pid"), py::arg("block"), py::arg("timeout") = py::none());
    m.def("kill", [](int pid, int sig) {
        const uint32_t line = program_line();
        int r = 0;
        {
            py::gil_scoped_release nogil;
            core::LineScope at(line);
            r = core::kill_child(pid, sig);
        }
        if (r < 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            throw py::error_already_set();
        }
    });
    // The run's language (INTERLEAVE_LANG, set by the front end that started
    // the run): what the boot modules say to the learner, in it.
    m.def("tr", [](const std::string& english) { return std::string(il::i18n::tr(english)); });

    m.def("exit", [](int code) {
        const uint32_t line = program_line();
        py::gil_scoped_release nogil;
        core::LineScope at(line);
        core::exit_process(code);
    });

    py::class_<core::Semaphore>(m, "Semaphore")
        .def(py::init([](int64_t value, const std::string& name) {
            return at_line([&] { return core::Semaphore(value, name); });
        }))
        .def("acquire",
             [](core::Semaphore& s, bool blocking, const py::object& timeout) {
                 const double t = timeout_of(timeout);
                 return at_line([&] { return s.acquire(blocking, t); });
             })
        .def("release", [](core::Semaphore& s, int n) { at_line([&] { s.release(n); }); })
        .def("value", [](core::Semaphore& s) { return s.value(); });

    py::class_<core::BoundedSemaphore, core::Semaphore>(m, "BoundedSemaphore")
        .def(py::init([](int64_t value, const std::string& name) {
            return at_line([&] { return core::BoundedSemaphore(value, name); });
        }));

    py::class_<core::Event>(m, "Event")
        .def(py::init([](const std::string& name) { return at_line([&] { return core::Event(name); }); }))
        // The event `id` of this run, made in another process (come through a pickle).
        .def_static("attach",
                    [](uint32_t id) {
                        if (!il::python::existing_object(id, core::ObjectKind::Event)) throw py::error_already_set();
                        return core::Event(core::Existing{id});
                    })
        .def("id", &core::Event::id)
        .def("set", [](core::Event& e) { at_line([&] { e.set(); }); })
        .def("clear", [](core::Event& e) { at_line([&] { e.clear(); }); })
        .def("is_set", [](core::Event& e) { return at_line([&] { return e.is_set(); }); })
        .def("wait", [](core::Event& e, const py::object& timeout) {
            const double t = timeout_of(timeout);
            return at_line([&] { return e.wait(t); });
        });

    py::class_<core::Condition>(m, "Condition")
        .def(py::init([](const py::object& lock, const std::string& name) {
            if (core::RLock* r = il::python::core_rlock_of(lock.ptr()))
                return at_line([&] { return core::Condition(*r, name); });
            if (core::Lock* l = il::python::core_lock_of(lock.ptr()))
                return at_line([&] { return core::Condition(*l, name); });
            throw py::type_error("Condition needs a threading.Lock or threading.RLock");
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

    il::python::bind_pool(m);

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
