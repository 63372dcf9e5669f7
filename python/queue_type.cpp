#include "python/queue_type.hpp"

#include <structmember.h>

#include <algorithm>
#include <cstring>
#include <new>
#include <optional>
#include <string>

#include "core/primitives/queue.hpp"
#include "python/bridge.hpp"

namespace il::python {

namespace {

namespace core = il::core;

// kShared: multiprocessing's queues, whose items cross fork()ed processes, so
// a cell holds the item itself (pickled, python/boot/interleave_processes.py)
// after its repr and a NUL: key, repr, NUL, payload.
enum Policy { kFifo = 0, kLifo = 1, kPriority = 2, kShared = 3 };
constexpr uint32_t kItemBytes = 96;          // key + repr (a longer repr is cut)
constexpr uint32_t kSharedItemBytes = 256;   // key + repr + NUL + payload
constexpr uint32_t kSharedReprBytes = 56;    // the repr part of a shared cell, at most

struct QueueObject {
    PyObject_HEAD
    std::optional<core::QueueCore> q;  // empty until _create
    PyObject* held;                    // LIFO and priority: a list of the items (a heap for priority)
    int policy;
    Py_ssize_t maxsize;
    PyObject* name;
    PyObject* weakrefs;
};

QueueObject* as(PyObject* self) { return reinterpret_cast<QueueObject*>(self); }

PyObject* queue_new(PyTypeObject* type, PyObject*, PyObject*) {
    PyObject* self = type->tp_alloc(type, 0);
    if (self == nullptr) return nullptr;
    new (&as(self)->q) std::optional<core::QueueCore>();
    return self;
}

void queue_dealloc(PyObject* self) {
    PyTypeObject* type = Py_TYPE(self);
    QueueObject* o = as(self);
    if (o->weakrefs != nullptr) PyObject_ClearWeakRefs(self);
    Py_XDECREF(o->held);
    o->q.~optional();
    Py_XDECREF(o->name);
    type->tp_free(self);
    Py_DECREF(type);  // a heap type: each instance holds a reference to it
}

// Sets the error for the C++ exception being handled; returns null for the caller to return.
PyObject* fail(const char* what) {
    if (!set_error_from_current_exception()) PyErr_SetString(PyExc_RuntimeError, what);
    return nullptr;
}

core::QueueCore* made(PyObject* self) {
    QueueObject* o = as(self);
    if (o->q.has_value()) return &*o->q;
    PyErr_Format(PyExc_RuntimeError, "%s.__init__() was not called", Py_TYPE(self)->tp_name);
    return nullptr;
}

// _create(maxsize, name, policy): the core queue behind this object.
PyObject* queue_create(PyObject* self, PyObject* args) {
    Py_ssize_t maxsize = 0;
    PyObject* name = nullptr;
    int policy = kFifo;
    if (!PyArg_ParseTuple(args, "nUi:_create", &maxsize, &name, &policy)) return nullptr;
    QueueObject* o = as(self);
    const char* text = PyUnicode_AsUTF8(name);
    if (text == nullptr) return nullptr;
    try {
        o->q.emplace(maxsize, text, policy == kShared ? kSharedItemBytes : kItemBytes, core::ValueType::Repr,
                     program_line());
    } catch (...) {
        return fail("interleave: cannot make a queue");
    }
    o->policy = std::clamp(policy, 0, 3);
    o->maxsize = maxsize;
    if ((o->policy == kLifo || o->policy == kPriority) && o->held == nullptr && (o->held = PyList_New(0)) == nullptr) return nullptr;
    Py_INCREF(name);
    Py_XSETREF(o->name, name);
    Py_RETURN_NONE;
}

// _attach(id, maxsize, name): a shared queue of this run made in another
// process (its id came through a pickle: a Manager's queue passed to a task).
PyObject* queue_attach(PyObject* self, PyObject* args) {
    unsigned int id = 0;
    Py_ssize_t maxsize = 0;
    PyObject* name = nullptr;
    if (!PyArg_ParseTuple(args, "InU:_attach", &id, &maxsize, &name)) return nullptr;
    if (!existing_object(id, core::ObjectKind::Queue)) return nullptr;
    QueueObject* o = as(self);
    if (core::QueueCore(core::Existing{id}).item_size() != kSharedItemBytes) {
        PyErr_SetString(PyExc_ValueError, "interleave: not a multiprocessing queue of this run");
        return nullptr;
    }
    o->q.emplace(core::Existing{id});
    o->policy = kShared;
    o->maxsize = maxsize;
    Py_INCREF(name);
    Py_XSETREF(o->name, name);
    Py_RETURN_NONE;
}

PyObject* queue_id(PyObject* self, PyObject*) {
    core::QueueCore* q = made(self);
    return q != nullptr ? PyLong_FromUnsignedLong(q->id()) : nullptr;
}

// block and timeout as queue.Queue takes them: `timeout < 0` compared as
// Python compares it (an error when blocking), ignored when not blocking.
bool block_and_timeout(PyObject* block_arg, PyObject* timeout_arg, bool& block, double& timeout) {
    int b = 1;
    if (block_arg != nullptr && (b = PyObject_IsTrue(block_arg)) < 0) return false;
    block = b != 0;
    timeout = -1;
    if (!block || timeout_arg == nullptr || timeout_arg == Py_None) return true;
    PyObject* zero = PyLong_FromLong(0);
    const int negative = zero != nullptr ? PyObject_RichCompareBool(timeout_arg, zero, Py_LT) : -1;
    Py_XDECREF(zero);
    if (negative < 0) return false;
    if (negative) {
        PyErr_SetString(PyExc_ValueError, "'timeout' must be a non-negative number");
        return false;
    }
    timeout = PyFloat_AsDouble(timeout_arg);
    return !(timeout == -1.0 && PyErr_Occurred());
}

// heapq's own functions (C, _heapq), so a PriorityQueue orders, ties and
// fails exactly as CPython's, which is a heap of a list.
PyObject* heapq(const char* name) {
    static PyObject* module = PyImport_ImportModule("heapq");  // kept for the process
    return module != nullptr ? PyObject_GetAttrString(module, name) : nullptr;
}

// Adds `item` to a LIFO or priority list. CPython's heappush appends first,
// so an item that cannot be compared is in the queue even though put raised
// TypeError; so it is here (the core put is made, then the error raised).
bool hold(QueueObject* o, PyObject* item) {
    if (o->policy == kLifo) return PyList_Append(o->held, item) == 0;
    static PyObject* push = heapq("heappush");
    PyObject* r = push != nullptr ? PyObject_CallFunctionObjArgs(push, o->held, item, nullptr) : nullptr;
    Py_XDECREF(r);
    return r != nullptr;
}

// Takes back an item whose core put did not happen (Full, a stop).
void unhold(QueueObject* o, PyObject* item) {
    for (Py_ssize_t i = PyList_GET_SIZE(o->held) - 1; i >= 0; --i) {
        if (PyList_GET_ITEM(o->held, i) != item) continue;
        PySequence_DelItem(o->held, i);
        break;
    }
    if (o->policy == kPriority) {
        static PyObject* heapify = heapq("heapify");
        PyObject* r = heapify != nullptr ? PyObject_CallFunctionObjArgs(heapify, o->held, nullptr) : nullptr;
        Py_XDECREF(r);
    }
    PyErr_Clear();  // the put's own error is the one to raise
}

// The LIFO item (the newest) or the priority item (heappop), as a new reference.
PyObject* unhold_next(QueueObject* o) {
    if (PyList_GET_SIZE(o->held) == 0) {
        PyErr_SetString(PyExc_RuntimeError, "interleave: a queue item was lost (a runtime bug)");
        return nullptr;
    }
    if (o->policy == kLifo) return PyObject_CallMethod(o->held, "pop", nullptr);
    static PyObject* pop = heapq("heappop");
    return pop != nullptr ? PyObject_CallFunctionObjArgs(pop, o->held, nullptr) : nullptr;
}

// A cell's start: the key (zero here) and at most `limit` bytes of the item's repr.
bool start_cell(PyObject* item, size_t limit, std::string& cell) {
    PyObject* repr = PyObject_Repr(item);
    if (repr == nullptr) return false;
    Py_ssize_t size = 0;
    const char* text = PyUnicode_AsUTF8AndSize(repr, &size);
    if (text == nullptr) {
        Py_DECREF(repr);
        return false;
    }
    cell.assign(core::kReprKeyBytes, '\0');
    cell += utf8_prefix(std::string_view(text, static_cast<size_t>(size)), limit);
    Py_DECREF(repr);
    return true;
}

// The core put of a whole cell, keeping the GIL when it cannot wait.
void put_cell(core::QueueCore& q, const std::string& cell, bool block, double timeout) {
    core::LineScope at(program_line());
    const uint32_t line = core::line_of(core::Loc::current());
    if (!q.put_now(cell, block, timeout, line)) {
        NoGil nogil;
        q.put(cell, block, timeout, line);
    }
}

// The core get of a whole cell, as put_cell.
std::string get_cell(core::QueueCore& q, bool block, double timeout) {
    std::string cell;
    core::LineScope at(program_line());
    const uint32_t line = core::line_of(core::Loc::current());
    if (!q.get_now(cell, block, timeout, line)) {
        NoGil nogil;
        cell = q.get(block, timeout, line);
    }
    return cell;
}

// A shared queue's items are payloads (_put_packed/_get_packed), never objects.
bool not_shared(QueueObject* o) {
    if (o->policy != kShared) return true;
    PyErr_SetString(PyExc_TypeError, "interleave: a shared queue takes _put_packed/_get_packed");
    return false;
}

PyObject* do_put(PyObject* self, PyObject* item, bool block, double timeout) {
    core::QueueCore* q = made(self);
    if (q == nullptr) return nullptr;
    QueueObject* o = as(self);
    if (!not_shared(o)) return nullptr;
    std::string cell;
    if (!start_cell(item, kItemBytes - core::kReprKeyBytes, cell)) return nullptr;
    std::memcpy(cell.data(), &item, sizeof item);  // FIFO: the key is the object
    // LIFO and priority: the list holds the item before the core put makes
    // it gettable. A comparison's TypeError is raised after the put (CPython's).
    PyObject *err_type = nullptr, *err_value = nullptr, *err_tb = nullptr;
    if (o->policy != kFifo && !hold(o, item)) {
        if (!PyErr_ExceptionMatches(PyExc_TypeError)) return nullptr;
        PyErr_Fetch(&err_type, &err_value, &err_tb);
    }
    if (o->policy == kFifo) Py_INCREF(item);  // the queue's reference, in the cell
    try {
        put_cell(*q, cell, block, timeout);
    } catch (...) {
        // Not put after all (Full, a stop): the GIL is held again here.
        if (o->policy == kFifo) Py_DECREF(item);
        else unhold(o, item);
        Py_XDECREF(err_type);
        Py_XDECREF(err_value);
        Py_XDECREF(err_tb);
        return fail("interleave: put failed");
    }
    if (err_type != nullptr) {
        PyErr_Restore(err_type, err_value, err_tb);
        return nullptr;
    }
    Py_RETURN_NONE;
}

PyObject* do_get(PyObject* self, bool block, double timeout) {
    core::QueueCore* q = made(self);
    if (q == nullptr) return nullptr;
    QueueObject* o = as(self);
    if (!not_shared(o)) return nullptr;
    std::string cell;
    try {
        cell = get_cell(*q, block, timeout);
    } catch (...) {
        return fail("interleave: get failed");
    }
    if (o->policy != kFifo) return unhold_next(o);
    PyObject* item = nullptr;
    if (cell.size() < sizeof item) {
        PyErr_SetString(PyExc_RuntimeError, "interleave: a queue item was lost (a runtime bug)");
        return nullptr;
    }
    std::memcpy(&item, cell.data(), sizeof item);
    return item;  // the queue's reference, now the caller's
}

// _put_packed(item, payload, block, timeout): a shared queue's put; `payload`
// (bytes, at most _room() of them) is what the getter receives, the item's
// repr what every view shows.
PyObject* queue_put_packed(PyObject* self, PyObject* args) {
    PyObject *item = nullptr, *block_arg = nullptr, *timeout_arg = nullptr;
    Py_buffer payload{};
    if (!PyArg_ParseTuple(args, "Oy*OO:_put_packed", &item, &payload, &block_arg, &timeout_arg)) return nullptr;
    core::QueueCore* q = made(self);
    bool block = true;
    double timeout = -1;
    std::string cell;
    const bool ok = q != nullptr && block_and_timeout(block_arg, timeout_arg, block, timeout) &&
                    start_cell(item, kSharedReprBytes, cell);
    if (ok) {
        cell.push_back('\0');
        cell.append(static_cast<const char*>(payload.buf), static_cast<size_t>(payload.len));
    }
    PyBuffer_Release(&payload);
    if (!ok) return nullptr;
    if (cell.size() > kSharedItemBytes) {
        PyErr_SetString(PyExc_ValueError, "interleave: a queue payload longer than _room()");
        return nullptr;
    }
    try {
        put_cell(*q, cell, block, timeout);
    } catch (...) {
        return fail("interleave: put failed");
    }
    Py_RETURN_NONE;
}

// _get_packed(block, timeout) -> the payload a _put_packed gave.
PyObject* queue_get_packed(PyObject* self, PyObject* args) {
    PyObject *block_arg = nullptr, *timeout_arg = nullptr;
    if (!PyArg_ParseTuple(args, "OO:_get_packed", &block_arg, &timeout_arg)) return nullptr;
    core::QueueCore* q = made(self);
    bool block = true;
    double timeout = -1;
    if (q == nullptr || !block_and_timeout(block_arg, timeout_arg, block, timeout)) return nullptr;
    std::string cell;
    try {
        cell = get_cell(*q, block, timeout);
    } catch (...) {
        return fail("interleave: get failed");
    }
    const size_t nul = cell.find('\0', core::kReprKeyBytes);
    if (nul == std::string::npos) {
        PyErr_SetString(PyExc_RuntimeError, "interleave: a queue item was lost (a runtime bug)");
        return nullptr;
    }
    return PyBytes_FromStringAndSize(cell.data() + nul + 1, static_cast<Py_ssize_t>(cell.size() - nul - 1));
}

// The payload bytes a shared queue's cell leaves room for, whatever the repr.
PyObject* queue_room(PyObject*, PyObject*) {
    return PyLong_FromUnsignedLong(kSharedItemBytes - core::kReprKeyBytes - kSharedReprBytes - 4 - 1);
}

// put(item, block=True, timeout=None), worded as queue.Queue's def.
PyObject* queue_put(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const Signature sig{"Queue.put", {"item", "block", "timeout"}, 1, true};
    PyObject *item = nullptr, *block_arg = nullptr, *timeout_arg = nullptr;
    if (!parse_args(sig, args, nargs, kwnames, {&item, &block_arg, &timeout_arg})) return nullptr;
    bool block = true;
    double timeout = -1;
    if (!block_and_timeout(block_arg, timeout_arg, block, timeout)) return nullptr;
    return do_put(self, item, block, timeout);
}

PyObject* queue_put_nowait(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const Signature sig{"Queue.put_nowait", {"item"}, 1, true};
    PyObject* item = nullptr;
    if (!parse_args(sig, args, nargs, kwnames, {&item})) return nullptr;
    return do_put(self, item, false, -1);
}

// get(block=True, timeout=None)
PyObject* queue_get(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const Signature sig{"Queue.get", {"block", "timeout"}, 0, true};
    PyObject *block_arg = nullptr, *timeout_arg = nullptr;
    if (!parse_args(sig, args, nargs, kwnames, {&block_arg, &timeout_arg})) return nullptr;
    bool block = true;
    double timeout = -1;
    if (!block_and_timeout(block_arg, timeout_arg, block, timeout)) return nullptr;
    return do_get(self, block, timeout);
}

PyObject* queue_get_nowait(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const Signature sig{"Queue.get_nowait", {}, 0, true};
    if (!parse_args(sig, args, nargs, kwnames, {})) return nullptr;
    return do_get(self, false, -1);
}

// Runs fn(queue, line) without the GIL: qsize, empty, full, task_done and
// join are checkpoints that may park (step mode) or block (join).
template <typename Fn>
bool without_gil(PyObject* self, Fn&& fn) {
    core::QueueCore* q = made(self);
    if (q == nullptr) return false;
    try {
        core::LineScope at(program_line());
        const uint32_t line = core::line_of(core::Loc::current());
        NoGil nogil;
        fn(*q, line);
        return true;
    } catch (...) {
        fail("interleave: queue call failed");
        return false;
    }
}

PyObject* queue_qsize(PyObject* self, PyObject*) {
    uint32_t n = 0;
    if (!without_gil(self, [&](core::QueueCore& q, uint32_t line) { n = q.qsize(line); })) return nullptr;
    return PyLong_FromUnsignedLong(n);
}

PyObject* queue_empty(PyObject* self, PyObject*) {
    bool empty = false;
    if (!without_gil(self, [&](core::QueueCore& q, uint32_t line) { empty = q.empty(line); })) return nullptr;
    return PyBool_FromLong(empty);
}

PyObject* queue_full(PyObject* self, PyObject*) {
    bool full = false;
    if (!without_gil(self, [&](core::QueueCore& q, uint32_t line) { full = q.full(line); })) return nullptr;
    return PyBool_FromLong(full);
}

PyObject* queue_task_done(PyObject* self, PyObject*) {
    if (!without_gil(self, [](core::QueueCore& q, uint32_t line) { q.task_done(line); })) return nullptr;
    Py_RETURN_NONE;
}

PyObject* queue_join(PyObject* self, PyObject*) {
    if (!without_gil(self, [](core::QueueCore& q, uint32_t line) { q.join(line); })) return nullptr;
    Py_RETURN_NONE;
}

#define as_method(fn) reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(fn))

PyMethodDef g_methods[] = {
    {"_create", queue_create, METH_VARARGS, "_create(maxsize, name, policy): the core queue behind this object"},
    {"put", as_method(queue_put), METH_FASTCALL | METH_KEYWORDS, "put(item, block=True, timeout=None)"},
    {"put_nowait", as_method(queue_put_nowait), METH_FASTCALL | METH_KEYWORDS, "put(item, block=False)"},
    {"get", as_method(queue_get), METH_FASTCALL | METH_KEYWORDS, "get(block=True, timeout=None)"},
    {"get_nowait", as_method(queue_get_nowait), METH_FASTCALL | METH_KEYWORDS, "get(block=False)"},
    {"_put_packed", queue_put_packed, METH_VARARGS, "_put_packed(item, payload, block, timeout): shared queues"},
    {"_get_packed", queue_get_packed, METH_VARARGS, "_get_packed(block, timeout) -> payload: shared queues"},
    {"_room", queue_room, METH_NOARGS, "the payload bytes a shared queue's cell holds"},
    {"_attach", queue_attach, METH_VARARGS, "_attach(id, maxsize, name): an existing shared queue"},
    {"_id", queue_id, METH_NOARGS, "the queue's index in the run"},
    {"qsize", queue_qsize, METH_NOARGS, "the number of items"},
    {"empty", queue_empty, METH_NOARGS, "qsize() == 0"},
    {"full", queue_full, METH_NOARGS, "0 < maxsize <= qsize()"},
    {"task_done", queue_task_done, METH_NOARGS, "one item fetched earlier is done"},
    {"join", queue_join, METH_NOARGS, "waits until every item put is done"},
    {nullptr, nullptr, 0, nullptr},
};

PyMemberDef g_members[] = {
    {"maxsize", T_PYSSIZET, offsetof(QueueObject, maxsize), 0, "as given (0: unbounded)"},
    {"name", T_OBJECT, offsetof(QueueObject, name), READONLY, "the name every view shows"},
    {"__weaklistoffset__", T_PYSSIZET, offsetof(QueueObject, weakrefs), READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

}  // namespace

PyObject* make_queue_type() {
    PyType_Slot slots[] = {
        {Py_tp_new, reinterpret_cast<void*>(queue_new)},
        {Py_tp_dealloc, reinterpret_cast<void*>(queue_dealloc)},
        {Py_tp_methods, g_methods},
        {Py_tp_members, g_members},
        {0, nullptr},
    };
    PyType_Spec spec = {"_interleave.Queue", sizeof(QueueObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, slots};
    return PyType_FromSpec(&spec);
}

}  // namespace il::python
