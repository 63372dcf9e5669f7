// python/queue_type.hpp — `_interleave.Queue`: queue.Queue, LifoQueue and
// PriorityQueue on a core Queue, written against CPython's C API (vectorcall
// methods, no wrapper in Python) because put and get are what a producer and
// a consumer call in their loops. In run mode a put with room or a get with an
// item keeps the GIL (core's put_now/get_now); a call that may wait drops it.
//
// Items: each core cell holds a key and the item's repr (ValueType::Repr, what
// the Inspector shows). The core queue counts, orders and blocks — so steps,
// the wait-for graph and Full/Empty are the runtime's — and which object a get
// returns is the policy's: FIFO, the cell's own key is the object (a reference
// the queue owns); LIFO and priority, the newest or smallest of the objects
// this process holds, kept in put order or sorted as Python compares them (a
// TypeError at put, as PriorityQueue raises it).
//
// Thread rules: Python threads holding the GIL.
#pragma once

#include <Python.h>

namespace il::python {

// A new reference to the type (subclassable: the boot module's queue.Queue
// names each queue in its __init__ through _create), or null with an error.
PyObject* make_queue_type();

}  // namespace il::python
