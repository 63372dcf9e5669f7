#include "python/bridge.hpp"

#include "python/lock_type.hpp"

#include <cstring>
#include <exception>
#include <string_view>
#include <vector>

#include "core/runtime/runtime.hpp"

namespace il::python {

namespace {

std::string& program_path() {
    static std::string path;
    return path;
}

PyObject* g_run_stopped = nullptr;  // a strong reference, set once by the module

// True when `code` was compiled from the program's file. The filename object
// last found to match is kept, so the usual check is one pointer compare.
bool is_program_code(PyCodeObject* code) {
    static PyObject* known = nullptr;  // a strong reference
    PyObject* file = code->co_filename;
    if (file == known) return true;
    const char* utf8 = PyUnicode_AsUTF8(file);
    if (utf8 == nullptr) {
        PyErr_Clear();
        return false;
    }
    if (program_path() != utf8) return false;
    Py_INCREF(file);
    Py_XSETREF(known, file);
    return true;
}

// The walk from the innermost frame outwards, for a call the program makes
// through a library (the standard library's wrappers, the boot modules).
uint32_t walk_to_program_line(PyFrameObject* top) {
    Py_INCREF(top);
    PyFrameObject* f = top;
    while (f != nullptr) {
        PyCodeObject* code = PyFrame_GetCode(f);  // new reference
        const bool mine = is_program_code(code);
        Py_DECREF(code);
        if (mine) {
            const auto line = static_cast<uint32_t>(PyFrame_GetLineNumber(f));
            Py_DECREF(f);
            return line;
        }
        PyFrameObject* back = PyFrame_GetBack(f);  // new reference
        Py_DECREF(f);
        f = back;
    }
    return 0;
}

// One call site of the program's: a code object (kept alive, so its address
// cannot come back as another code object's) and the instruction calling.
struct Site {
    PyCodeObject* code = nullptr;
    int lasti = -1;
    uint32_t line = 0;
};
constexpr size_t kSites = 64;
// Per thread, without a destructor: the references are the interpreter's to
// drop, and a thread may end without the GIL.
thread_local Site t_sites[kSites];

// Raises the queue module's Full or Empty, as queue.Queue does.
void set_queue_error(const char* name) {
    PyObject* queue = PyImport_ImportModule("queue");
    PyObject* type = queue != nullptr ? PyObject_GetAttrString(queue, name) : nullptr;
    Py_XDECREF(queue);
    if (type != nullptr) PyErr_SetNone(type);  // else the import's own error stands
    Py_XDECREF(type);
}

}  // namespace

void set_program_path(const std::string& path) { program_path() = path; }

uint32_t program_line() {
    PyFrameObject* f = PyEval_GetFrame();  // borrowed
    if (f == nullptr) return 0;
    PyCodeObject* code = PyFrame_GetCode(f);  // new reference
    const int lasti = PyFrame_GetLasti(f);
    Site& s = t_sites[((reinterpret_cast<uintptr_t>(code) >> 6) ^ static_cast<uintptr_t>(lasti)) % kSites];
    if (s.code == code && s.lasti == lasti) {
        Py_DECREF(code);
        return s.line;
    }
    if (!is_program_code(code)) {
        Py_DECREF(code);
        return walk_to_program_line(f);
    }
    const auto line = static_cast<uint32_t>(PyFrame_GetLineNumber(f));
    Py_XDECREF(s.code);
    s = Site{code, lasti, line};  // keeps the reference PyFrame_GetCode gave
    return line;
}

void set_run_stopped_type(PyObject* type) {
    Py_XINCREF(type);
    Py_XSETREF(g_run_stopped, type);
}

bool set_error_from_current_exception() {
    try {
        throw;
    } catch (const core::RunStopped&) {
        PyErr_SetString(g_run_stopped != nullptr ? g_run_stopped : PyExc_SystemExit, "the run was stopped");
    } catch (const core::Full&) {
        set_queue_error("Full");
    } catch (const core::Empty&) {
        set_queue_error("Empty");
    } catch (const core::ValueError& e) {
        PyErr_SetString(PyExc_ValueError, e.what());
    } catch (const core::RuntimeError& e) {
        PyErr_SetString(PyExc_RuntimeError, e.what());
    } catch (const std::bad_alloc&) {
        PyErr_NoMemory();
    } catch (...) {
        return false;
    }
    return true;
}

bool timeout_seconds(PyObject* t, double& out) {
    if (t == nullptr || t == Py_None) {
        out = -1;
        return true;
    }
    const double v = PyFloat_AsDouble(t);
    if (v == -1.0 && PyErr_Occurred()) return false;
    out = v < 0 ? -1 : v;
    return true;
}

bool parse_args(const Signature& sig, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                std::initializer_list<PyObject**> out) {
    const auto n = static_cast<Py_ssize_t>(sig.params.size());
    if (nargs > n) {
        if (!sig.def)
            PyErr_Format(PyExc_TypeError, "%s() takes at most %zd argument%s (%zd given)", sig.name, n,
                         n == 1 ? "" : "s", nargs);
        else if (sig.required == n)  // a def's counts include self
            PyErr_Format(PyExc_TypeError, "%s() takes %zd positional argument%s but %zd were given", sig.name, n + 1,
                         n == 0 ? "" : "s", nargs + 1);
        else
            PyErr_Format(PyExc_TypeError, "%s() takes from %zd to %zd positional arguments but %zd were given",
                         sig.name, sig.required + 1, n + 1, nargs + 1);
        return false;
    }
    PyObject** const* slot = out.begin();
    const char* const* names = sig.params.begin();
    for (Py_ssize_t i = 0; i < nargs; ++i) *slot[i] = args[i];
    const Py_ssize_t nkw = kwnames == nullptr ? 0 : PyTuple_GET_SIZE(kwnames);
    for (Py_ssize_t k = 0; k < nkw; ++k) {
        const char* kname = PyUnicode_AsUTF8(PyTuple_GET_ITEM(kwnames, k));
        if (kname == nullptr) return false;
        Py_ssize_t i = 0;
        while (i < n && std::strcmp(names[i], kname) != 0) ++i;
        if (i == n) {
            if (sig.def) PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%s'", sig.name, kname);
            else PyErr_Format(PyExc_TypeError, "'%s' is an invalid keyword argument for %s()", kname, sig.name);
            return false;
        }
        if (i < nargs) {
            if (sig.def) PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'", sig.name, kname);
            else
                PyErr_Format(PyExc_TypeError, "argument for %s() given by name ('%s') and position (%zd)", sig.name,
                             kname, i + 1);
            return false;
        }
        *slot[i] = args[nargs + k];
    }
    for (Py_ssize_t i = 0; i < sig.required; ++i) {
        if (*slot[i] != nullptr) continue;
        PyErr_Format(PyExc_TypeError, "%s() missing 1 required positional argument: '%s'", sig.name, names[i]);
        return false;
    }
    return true;
}

bool lock_timeout(PyObject* t, double& out) {
    if (PyFloat_Check(t)) {
        out = PyFloat_AS_DOUBLE(t);
        if (out != out) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        return true;
    }
    PyObject* index = PyNumber_Index(t);  // "'str' object cannot be interpreted as an integer"
    if (index == nullptr) return false;
    out = PyLong_AsDouble(index);
    Py_DECREF(index);
    return !(out == -1.0 && PyErr_Occurred());
}

std::string utf8_prefix(std::string_view text, size_t limit) {
    if (text.size() <= limit) return std::string(text);
    static constexpr std::string_view kMore = "\xe2\x80\xa6";  // …
    size_t end = limit - kMore.size();
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return std::string(text.substr(0, end)).append(kMore);
}

namespace {
PyGILState_STATE g_fork_gil;  // forks are one at a time: the GIL serialises them
}  // namespace

void before_fork() {
    g_fork_gil = PyGILState_Ensure();
    PyOS_BeforeFork();
}

void after_fork_parent() {
    PyOS_AfterFork_Parent();
    PyGILState_Release(g_fork_gil);
}

void after_fork_child() {
    note_fork();
    PyOS_AfterFork_Child();
    // Not PyGILState_Release: on a thread Python did not make (a pool's
    // worker handler forking a replacement) it would delete the only thread
    // state the child has, and CPython 3.11 cannot make a new one after
    // that (it reuses the interpreter's first, "already initialized"). The
    // child keeps this thread's state and gives up only the GIL.
    if (g_fork_gil == PyGILState_UNLOCKED) PyEval_SaveThread();
}

bool existing_object(uint32_t id, core::ObjectKind kind) {
    const core::Arena* a = core::arena();
    if (a != nullptr && id < a->object_count() && a->object(id).kind == kind) return true;
    PyErr_Format(PyExc_ValueError, "interleave: object %u is not a %s of this run", id,
                 kind == core::ObjectKind::Queue ? "queue" : kind == core::ObjectKind::Event ? "event" : "lock");
    return false;
}

}  // namespace il::python
