# python/boot/interleave_objects.py — the threading and queue objects a
# learner's program makes, on Interleave's runtime: each is a core object in
# the run's arena (python/module.cpp), so every view shows it and every call
# to it is a checkpoint. Named after the variable or attribute they are bound
# to ("mutexA = Lock()" -> mutexA), or as the element of a list they are
# made for ("forks = [Lock() for _ in range(5)]" or "forks.append(Lock())"
# -> forks[0], forks[1] …), else "Lock@line 12".
#
# Only objects made after the boot shim stood behind `threading` are ours: a
# Lock the standard library made at its own import (logging) stays CPython's.
#
# Thread rules: called from Python threads holding the GIL; every
# _interleave call that may block releases it.
import _thread
import dis
import sys
import time as _std_time
import weakref

import _interleave

PROGRAM = None           # the program's absolute path (set by the boot shim)


# --------------------------------------------------------------- names ---

def _user_frame(depth):
    """The innermost frame, from `depth` up, that belongs to the program."""
    f = sys._getframe(depth + 1)
    while f is not None:
        if f.f_code.co_filename == PROGRAM:
            return f
        f = f.f_back
    return None


def _from_program(depth=1):
    """True when the caller `depth` frames up is the program's own code."""
    f = sys._getframe(depth + 1)
    return f is not None and f.f_code.co_filename == PROGRAM


def _binding_name(frame):
    """The name the value being built in `frame` is stored to, read from the
    bytecode after the CALL: `x = Lock()` -> x, `self.lock = Lock()` -> lock,
    `locks["a"] = Lock()` -> locks['a']; None when it is not simply stored."""
    try:
        after = False
        loaded = []
        for ins in dis.get_instructions(frame.f_code):
            # f_lasti is the CALL, or (a call specialised for a Python
            # function) the last of its inline cache entries, which
            # get_instructions leaves out: what follows it is "after".
            if not after:
                if ins.offset < frame.f_lasti:
                    continue
                after = True
                if ins.offset == frame.f_lasti:
                    continue
            # `with Pool() as pool:` binds what __enter__ returns: the object
            # itself for a Pool, a lock, an executor.
            if ins.opname in ("CACHE", "PRECALL", "CALL", "KW_NAMES", "BEFORE_WITH"):
                continue
            op = ins.opname
            if op in ("STORE_NAME", "STORE_FAST", "STORE_GLOBAL", "STORE_DEREF") and not loaded:
                return ins.argval
            if op == "STORE_ATTR":
                return ins.argval
            if op == "STORE_SUBSCR" and len(loaded) == 2 and loaded[1][0] == "const":
                return "%s[%r]" % (loaded[0][1], loaded[1][1])
            if op in ("LOAD_FAST", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_DEREF", "LOAD_ATTR"):
                loaded.append(("name", ins.argval))
            elif op == "LOAD_CONST":
                loaded.append(("const", ins.argval))
            else:
                return None
            if len(loaded) > 3:
                return None
    except Exception:
        return None
    return None


_comprehensions = {}     # id(frame) -> [frame, objects made]: list comprehensions building objects


def _element_name(frame):
    """The list element the value being built in `frame` becomes: in
    `forks = [Lock() for _ in range(5)]` the first is forks[0] (counted per
    run of the comprehension); in `forks.append(Lock())` it is forks[n], n
    the list's length. None otherwise."""
    try:
        code = frame.f_code
        if code.co_name == "<listcomp>" and frame.f_back is not None:
            target = _binding_name(frame.f_back)  # forks = [ … ]: the comprehension's call, then its store
            if not target or not target.isidentifier():
                return None
            entry = _comprehensions.get(id(frame))
            if entry is None or entry[0] is not frame:  # kept alive while counted, so its id is not reused
                if len(_comprehensions) > 16:
                    _comprehensions.clear()
                entry = _comprehensions[id(frame)] = [frame, 0]
            entry[1] += 1
            return "%s[%d]" % (target, entry[1] - 1)
        # X.append(Lock()): LOAD X, LOAD_METHOD append, … our call, then a call with one argument.
        ins = [i for i in dis.get_instructions(code) if i.opname != "CACHE"]
        here = max((k for k, i in enumerate(ins) if i.offset <= frame.f_lasti), default=None)
        if here is None:
            return None
        after = [i for i in ins[here + 1:] if i.opname not in ("PRECALL", "KW_NAMES")][:1]
        if not after or after[0].opname != "CALL" or after[0].arg != 1:
            return None
        for k in range(here - 1, 0, -1):
            if ins[k].opname in ("LOAD_METHOD", "LOAD_ATTR") and ins[k].argval == "append":
                owner = ins[k - 1]
                if owner.opname not in ("LOAD_FAST", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_DEREF"):
                    return None
                name = owner.argval
                value = frame.f_locals.get(name, frame.f_globals.get(name))
                return "%s[%d]" % (name, len(value)) if isinstance(value, list) else None
            if ins[k].starts_line is not None:  # the statement began: no append before the call
                return None
    except Exception:
        return None
    return None


_names_taken = {}        # name -> how many objects have been given it


def _name_for(kind, depth=2):
    """The object's name for every view; a name already given gets "#2", "#3"
    (two accounts' `self.lock` are lock and lock#2), so a deadlock sentence
    never names two different locks alike."""
    f = sys._getframe(depth)
    name = (_binding_name(f) or _element_name(f)) if f.f_code.co_filename == PROGRAM else None
    if not name:
        uf = _user_frame(depth)
        if uf is not None:
            name = "%s@line %d" % (kind, uf.f_lineno)
        else:  # made by a library on its own (at its import): named after it
            module = f.f_globals.get("__name__", "?")
            binding = _binding_name(f)
            name = "%s.%s" % (module, binding) if binding else "%s@%s:%d" % (kind, module, f.f_lineno)
    n = _names_taken.get(name, 0) + 1
    _names_taken[name] = n
    return name if n == 1 else "%s#%d" % (name, n)


# ----------------------------------------------------------- primitives ---

class Lock(_interleave.Lock):
    """threading.Lock on Interleave's runtime: a core Lock in the arena, its
    acquire and release written in C (python/lock_type.cpp) — this class only
    names it."""
    __slots__ = ()

    def __new__(cls, name=None):
        return super().__new__(cls, name or _name_for("Lock"))


# As CPython's type is called (threading.Lock is a factory of _thread.lock):
# messages such as "lock.release() takes no arguments" read the same.
Lock.__name__ = Lock.__qualname__ = "lock"


class RLock(_interleave.RLock):
    """threading.RLock on Interleave's runtime (python/lock_type.cpp)."""
    __slots__ = ()

    def __new__(cls, name=None):
        return super().__new__(cls, name or _name_for("RLock"))


class Condition:
    """threading.Condition on Interleave's runtime, over a Lock or RLock of ours."""

    def __init__(self, lock=None, name=None):
        self.name = name or _name_for("Condition")
        if lock is None:
            lock = RLock(self.name + ".lock")
        if not isinstance(lock, (_interleave.Lock, _interleave.RLock)):
            raise TypeError("Condition needs a threading.Lock or threading.RLock")
        self._lock = lock
        self._c = _interleave.Condition(lock, self.name)

    def acquire(self, blocking=True, timeout=-1):
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def wait(self, timeout=None):
        return self._c.wait(timeout)

    def wait_for(self, predicate, timeout=None):
        end = None
        result = predicate()
        while not result:
            if timeout is not None:
                if end is None:
                    end = _std_time.monotonic() + timeout
                waittime = end - _std_time.monotonic()
                if waittime <= 0:
                    break
                self.wait(waittime)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        self._c.notify(n)

    def notify_all(self):
        self._c.notify_all()

    notifyAll = notify_all

    def __repr__(self):
        return "<Condition(%r)>" % (self._lock,)


class Semaphore:
    """threading.Semaphore on Interleave's runtime."""

    _core = _interleave.Semaphore

    def __init__(self, value=1, name=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self.name = name or _name_for(type(self).__name__)
        self._s = self._core(value, self.name)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return self._s.acquire(bool(blocking), timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._s.release(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """threading.BoundedSemaphore: releasing past the initial value raises ValueError."""

    _core = _interleave.BoundedSemaphore


class Event:
    """threading.Event on Interleave's runtime."""

    def __init__(self, name=None):
        self.name = name or _name_for("Event")
        self._e = _interleave.Event(self.name)

    def is_set(self):
        return self._e.is_set()

    isSet = is_set

    def set(self):
        self._e.set()

    def clear(self):
        self._e.clear()

    def wait(self, timeout=None):
        return self._e.wait(timeout)


# ----------------------------------------------------------------- queue ---

class Queue(_interleave.Queue):
    """queue.Queue on Interleave's runtime: a core Queue (python/queue_type.cpp,
    put and get written in C), so put/get block, count and raise Full/Empty in
    the runtime and the Inspector shows the items' reprs. A subclass calls
    super().__init__(maxsize) as it would with CPython's."""
    _policy = 0

    def __init__(self, maxsize=0):
        self._create(maxsize, _name_for(type(self).__name__), self._policy)


class LifoQueue(Queue):
    """queue.LifoQueue: the item put last is got first."""
    _policy = 1


class PriorityQueue(Queue):
    """queue.PriorityQueue: the smallest item is got first."""
    _policy = 2


class SimpleQueue:
    """queue.SimpleQueue: unbounded, no task tracking."""

    def __init__(self):
        self.name = _name_for("SimpleQueue")
        self._q = _interleave.Queue()
        self._q._create(0, self.name, 0)

    def put(self, item, block=True, timeout=None):
        self._q.put(item)

    put_nowait = put

    def get(self, block=True, timeout=None):
        return self._q.get(block, timeout)

    def get_nowait(self):
        return self._q.get_nowait()

    def empty(self):
        return self._q.empty()

    def qsize(self):
        return self._q.qsize()


# --------------------------------------------------------------- local ---

_locals = weakref.WeakKeyDictionary()   # local -> (its name, {attribute: core object id})


class local(_thread._local):
    """threading.local: CPython's own per-thread storage, observed. Each
    attribute the program sets is mirrored, as its repr, in a core
    ThreadLocal named "<local>.<attribute>", so the Inspector shows every
    thread's value side by side; setting one is a step in step mode."""

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls, *args, **kwargs)
        if _from_program(1):
            _locals[self] = (_name_for("local"), {})
        return self

    def __setattr__(self, name, value):
        super().__setattr__(name, value)
        seen = _locals.get(self)
        if seen is None or name.startswith("__"):
            return
        ids = seen[1]
        if name not in ids:
            ids[name] = _interleave.local_create("%s.%s" % (seen[0], name))
        _interleave.local_set(ids[name], repr(value))
