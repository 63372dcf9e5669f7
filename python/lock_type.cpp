#include "python/lock_type.hpp"

#include <structmember.h>

#include <new>
#include <type_traits>

#include "core/common/i18n.hpp"
#include "core/primitives/lock.hpp"
#include "python/bridge.hpp"

namespace il::python {

namespace {

namespace core = il::core;

template <typename L>
struct LockObject {
    PyObject_HEAD
    L lock;           // a handle: the lock's index in the arena
    PyObject* name;   // str, as every view shows it
    PyObject* weakrefs;
    uint32_t generation;  // g_generation of the process that made it
    uint8_t shared;       // multiprocessing's: meant to be shared across fork
    uint8_t warned;       // the inherited-lock note was printed (in this process)
};

// This process's fork generation: one more in each forked child (note_fork),
// so a lock threading made before the fork is told apart in the child.
uint32_t g_generation = 0;
static_assert(std::is_trivially_destructible_v<core::Lock> && std::is_trivially_destructible_v<core::RLock>);

PyTypeObject* g_lock_type = nullptr;   // borrowed from the module that holds them
PyTypeObject* g_rlock_type = nullptr;

template <typename L>
LockObject<L>* as(PyObject* self) {
    return reinterpret_cast<LockObject<L>*>(self);
}

// Lock(name) / RLock(name): a new core lock in the arena.
template <typename L>
PyObject* lock_new(PyTypeObject* type, PyObject* args, PyObject* kwds) {
    static const char* kwlist[] = {"name", nullptr};
    PyObject* name = nullptr;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|U:Lock", const_cast<char**>(kwlist), &name)) return nullptr;
    PyObject* self = type->tp_alloc(type, 0);
    if (self == nullptr) return nullptr;
    if (name == nullptr) name = PyUnicode_FromString(std::is_same_v<L, core::RLock> ? "RLock" : "Lock");
    else Py_INCREF(name);
    as<L>(self)->name = name;
    const char* text = name != nullptr ? PyUnicode_AsUTF8(name) : nullptr;
    if (text == nullptr) {
        Py_DECREF(self);
        return nullptr;
    }
    as<L>(self)->generation = g_generation;
    try {
        core::LineScope at(program_line());
        new (&as<L>(self)->lock) L(text);
    } catch (...) {
        if (!set_error_from_current_exception()) PyErr_SetString(PyExc_RuntimeError, "interleave: cannot make a lock");
        Py_DECREF(self);
        return nullptr;
    }
    return self;
}

template <typename L>
void lock_dealloc(PyObject* self) {
    PyTypeObject* type = Py_TYPE(self);
    if (as<L>(self)->weakrefs != nullptr) PyObject_ClearWeakRefs(self);
    Py_XDECREF(as<L>(self)->name);
    type->tp_free(self);
    Py_DECREF(type);  // a heap type: each instance holds a reference to it
}

// A threading lock used in a process forked after it was made: CPython's
// child would have its own copy (locked as it was at the fork); here the
// lock is the arena's, one for both processes. Said once per lock and
// process, on the program's stderr, so a lesson that relies on the copy is
// not silently taught the other way.
template <typename L>
void note_inherited(PyObject* self) {
    auto* o = as<L>(self);
    if (o->shared || o->warned) return;
    o->warned = 1;
    const char* name = PyUnicode_AsUTF8(o->name);
    const std::string note = i18n::trf(
        "interleave: {lock} is a threading lock made before this process was forked. In CPython this "
        "process would have a copy of its own; on Interleave's runtime it is the parent's lock, shared. "
        "Use multiprocessing.Lock to share a lock between processes on purpose.\n",
        {{"lock", name != nullptr ? name : "?"}});
    if (name == nullptr) PyErr_Clear();
    PySys_FormatStderr("%s", note.c_str());
}

// acquire(blocking=True, timeout=-1) -> bool, as CPython's, with its errors.
template <typename L>
PyObject* lock_acquire(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    if (as<L>(self)->generation != g_generation) note_inherited<L>(self);
    PyObject* blocking_arg = nullptr;
    PyObject* timeout_arg = nullptr;
    static const Signature sig{"acquire", {"blocking", "timeout"}};
    if (!parse_args(sig, args, nargs, kwnames, {&blocking_arg, &timeout_arg})) return nullptr;
    int blocking = 1;
    if (blocking_arg != nullptr && (blocking = PyObject_IsTrue(blocking_arg)) < 0) return nullptr;
    double timeout = -1;
    if (timeout_arg != nullptr && !lock_timeout(timeout_arg, timeout)) return nullptr;
    if (!blocking && timeout != -1) {
        PyErr_SetString(PyExc_ValueError, "can't specify a timeout for a non-blocking call");
        return nullptr;
    }
    if (timeout < 0 && timeout != -1) {
        PyErr_SetString(PyExc_ValueError, "timeout value must be positive");  // 3.11's words
        return nullptr;
    }
    L& lock = as<L>(self)->lock;
    try {
        core::LineScope at(program_line());
        if (lock.acquire_now(blocking != 0, timeout)) Py_RETURN_TRUE;
        bool got = false;
        {
            NoGil nogil;
            got = lock.acquire(blocking != 0, timeout);
        }
        return PyBool_FromLong(got);
    } catch (...) {
        if (!set_error_from_current_exception()) PyErr_SetString(PyExc_RuntimeError, "interleave: acquire failed");
        return nullptr;
    }
}

template <typename L>
PyObject* lock_release(PyObject* self, PyObject*) {
    if (as<L>(self)->generation != g_generation) note_inherited<L>(self);
    L& lock = as<L>(self)->lock;
    try {
        core::LineScope at(program_line());
        if (!lock.release_now()) {
            NoGil nogil;
            lock.release();
        }
        Py_RETURN_NONE;
    } catch (...) {
        if (!set_error_from_current_exception()) PyErr_SetString(PyExc_RuntimeError, "interleave: release failed");
        return nullptr;
    }
}

// cls._attach(id, name): the lock `id` of this run, made in another process
// (its id came through a pickle: a Manager's lock passed to a pool's task).
template <typename L>
PyObject* lock_attach(PyObject* cls, PyObject* args) {
    unsigned int id = 0;
    PyObject* name = nullptr;
    if (!PyArg_ParseTuple(args, "IU:_attach", &id, &name)) return nullptr;
    if (!existing_object(id, std::is_same_v<L, core::RLock> ? core::ObjectKind::RLock : core::ObjectKind::Lock))
        return nullptr;
    PyObject* self = reinterpret_cast<PyTypeObject*>(cls)->tp_alloc(reinterpret_cast<PyTypeObject*>(cls), 0);
    if (self == nullptr) return nullptr;
    Py_INCREF(name);
    as<L>(self)->name = name;
    as<L>(self)->shared = 1;
    new (&as<L>(self)->lock) L(core::Existing{id});
    return self;
}

template <typename L>
PyObject* lock_id(PyObject* self, PyObject*) {
    return PyLong_FromUnsignedLong(as<L>(self)->lock.id());
}

template <typename L>
PyObject* lock_exit(PyObject* self, PyObject*) {
    return lock_release<L>(self, nullptr);
}

PyObject* lock_locked(PyObject* self, PyObject*) { return PyBool_FromLong(as<core::Lock>(self)->lock.locked()); }

PyObject* rlock_count(PyObject* self, PyObject*) { return PyLong_FromUnsignedLong(as<core::RLock>(self)->lock.count()); }

// The standard library's fork hook (os.register_at_fork): a fresh, unlocked lock.
template <typename L>
PyObject* lock_at_fork_reinit(PyObject* self, PyObject*) {
    const char* text = PyUnicode_AsUTF8(as<L>(self)->name);
    if (text == nullptr) return nullptr;
    try {
        new (&as<L>(self)->lock) L(text);
    } catch (...) {
        if (!set_error_from_current_exception()) PyErr_SetString(PyExc_RuntimeError, "interleave: cannot make a lock");
        return nullptr;
    }
    as<L>(self)->generation = g_generation;  // this process's own lock now
    Py_RETURN_NONE;
}

// _share(): multiprocessing's lock, shared across fork by design.
template <typename L>
PyObject* lock_share(PyObject* self, PyObject*) {
    as<L>(self)->shared = 1;
    Py_RETURN_NONE;
}

PyObject* lock_repr(PyObject* self) {
    auto* o = as<core::Lock>(self);
    return PyUnicode_FromFormat("<%s %s object %U>", o->lock.locked() ? "locked" : "unlocked", Py_TYPE(self)->tp_name,
                                o->name);
}

PyObject* rlock_repr(PyObject* self) {
    auto* o = as<core::RLock>(self);
    return PyUnicode_FromFormat("<%s object %U count=%u>", Py_TYPE(self)->tp_name, o->name,
                                static_cast<unsigned>(o->lock.count()));
}

#define as_method(fn) reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(fn))

PyMethodDef g_lock_methods[] = {
    {"acquire", as_method(lock_acquire<core::Lock>), METH_FASTCALL | METH_KEYWORDS,
     "acquire(blocking=True, timeout=-1) -> bool"},
    {"acquire_lock", as_method(lock_acquire<core::Lock>), METH_FASTCALL | METH_KEYWORDS, "acquire()"},
    {"__enter__", as_method(lock_acquire<core::Lock>), METH_FASTCALL | METH_KEYWORDS, "acquire()"},
    {"release", lock_release<core::Lock>, METH_NOARGS, "release(); RuntimeError when not locked"},
    {"release_lock", lock_release<core::Lock>, METH_NOARGS, "release()"},
    {"__exit__", lock_exit<core::Lock>, METH_VARARGS, "release()"},
    {"locked", lock_locked, METH_NOARGS, "locked() -> bool"},
    {"locked_lock", lock_locked, METH_NOARGS, "locked()"},
    {"_at_fork_reinit", lock_at_fork_reinit<core::Lock>, METH_NOARGS, "a fresh, unlocked lock"},
    {"_attach", lock_attach<core::Lock>, METH_VARARGS | METH_CLASS, "_attach(id, name): an existing lock"},
    {"_share", lock_share<core::Lock>, METH_NOARGS, "shared across fork by design (multiprocessing's)"},
    {"_id", lock_id<core::Lock>, METH_NOARGS, "the lock's index in the run"},
    {nullptr, nullptr, 0, nullptr},
};

PyMethodDef g_rlock_methods[] = {
    {"acquire", as_method(lock_acquire<core::RLock>), METH_FASTCALL | METH_KEYWORDS,
     "acquire(blocking=True, timeout=-1) -> bool"},
    {"__enter__", as_method(lock_acquire<core::RLock>), METH_FASTCALL | METH_KEYWORDS, "acquire()"},
    {"release", lock_release<core::RLock>, METH_NOARGS, "release(); RuntimeError unless the owner"},
    {"__exit__", lock_exit<core::RLock>, METH_VARARGS, "release()"},
    {"count", rlock_count, METH_NOARGS, "the recursion depth"},
    {"_at_fork_reinit", lock_at_fork_reinit<core::RLock>, METH_NOARGS, "a fresh, unlocked lock"},
    {"_attach", lock_attach<core::RLock>, METH_VARARGS | METH_CLASS, "_attach(id, name): an existing lock"},
    {"_share", lock_share<core::RLock>, METH_NOARGS, "shared across fork by design (multiprocessing's)"},
    {"_id", lock_id<core::RLock>, METH_NOARGS, "the lock's index in the run"},
    {nullptr, nullptr, 0, nullptr},
};

template <typename L>
PyMemberDef* members() {
    static PyMemberDef m[] = {
        {"name", T_OBJECT_EX, offsetof(LockObject<L>, name), READONLY, "the name every view shows"},
        {"__weaklistoffset__", T_PYSSIZET, offsetof(LockObject<L>, weakrefs), READONLY, nullptr},
        {nullptr, 0, 0, 0, nullptr},
    };
    return m;
}

template <typename L>
PyObject* make_type(const char* qualified, PyMethodDef* methods, reprfunc repr, PyTypeObject*& keep) {
    PyType_Slot slots[] = {
        {Py_tp_new, reinterpret_cast<void*>(lock_new<L>)},
        {Py_tp_dealloc, reinterpret_cast<void*>(lock_dealloc<L>)},
        {Py_tp_methods, methods},
        {Py_tp_members, members<L>()},
        {Py_tp_repr, reinterpret_cast<void*>(repr)},
        {0, nullptr},
    };
    PyType_Spec spec = {qualified, sizeof(LockObject<L>), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, slots};
    PyObject* type = PyType_FromSpec(&spec);
    keep = reinterpret_cast<PyTypeObject*>(type);
    return type;
}

}  // namespace

PyObject* make_lock_type() {
    return make_type<core::Lock>("_interleave.lock", g_lock_methods, lock_repr, g_lock_type);
}

PyObject* make_rlock_type() {
    return make_type<core::RLock>("_interleave.RLock", g_rlock_methods, rlock_repr, g_rlock_type);
}

core::Lock* core_lock_of(PyObject* obj) {
    if (g_lock_type != nullptr && PyObject_TypeCheck(obj, g_lock_type)) return &as<core::Lock>(obj)->lock;
    return nullptr;
}

core::RLock* core_rlock_of(PyObject* obj) {
    if (g_rlock_type != nullptr && PyObject_TypeCheck(obj, g_rlock_type)) return &as<core::RLock>(obj)->lock;
    return nullptr;
}

void note_fork() { ++g_generation; }

}  // namespace il::python
