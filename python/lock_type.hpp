// python/lock_type.hpp — `_interleave.Lock` and `_interleave.RLock`: the
// locks a program's threading.Lock()/RLock() make, written against CPython's
// C API (vectorcall methods, no wrapper in Python) because a lock is what a
// program calls in its hottest loops. In run mode an uncontended acquire or
// release keeps the GIL (core's acquire_now/release_now: nothing can wait);
// any call that may wait — a held lock, slow, step or replay mode — drops it.
//
// Thread rules: Python threads holding the GIL.
#pragma once

#include <Python.h>

namespace il::core {
class Lock;
class RLock;
}

namespace il::python {

// New references to the two types (subclassable: the boot module names
// each lock in a subclass's __new__), or null with a Python error set.
PyObject* make_lock_type();
PyObject* make_rlock_type();

// The core lock inside such an object (for core's Condition, which must be
// given an RLock as an RLock), or null when `obj` is not one.
core::Lock* core_lock_of(PyObject* obj);
core::RLock* core_rlock_of(PyObject* obj);

// In a forked child, before any Python runs there (after_fork_child): the
// locks threading made before the fork are the parent's from now on, and
// using one says so once (python/lock_type.cpp, note_inherited).
void note_fork();

}  // namespace il::python
