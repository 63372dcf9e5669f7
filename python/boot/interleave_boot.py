# python/boot/interleave_boot.py — runs before the learner's first line, in the
# run process's embedded CPython: puts Interleave's runtime (the _interleave
# extension module, python/module.cpp) behind `threading` and `time.sleep`,
# routes print() to the run's console, then runs the program as __main__.
#
# Only objects the program itself creates are Interleave's: a Lock made by the
# standard library (logging, at import time) stays CPython's own, so the
# library never parks in the middle of its own bookkeeping and the views show
# the program's objects only. Objects are named after the variable or
# attribute they are bound to ("mutexA = Lock()" -> mutexA), else "Lock@line 12".
#
# Thread rules: the functions here run in Python threads with the GIL; every
# _interleave call that may block releases it.
import dis
import os
import sys
import threading as _std_threading
import time as _std_time
import traceback as _std_traceback

import _interleave

_PROGRAM = None          # the program's absolute path
_TRACE = None            # lines/bytecode granularity: the tracer every thread of ours installs
_SHIM_FILE = "<interleave boot>"   # host.cpp compiles this file under that name


# --------------------------------------------------------------- names ---

def _user_frame(depth):
    """The innermost frame, from `depth` up, that belongs to the program."""
    f = sys._getframe(depth + 1)
    while f is not None:
        if f.f_code.co_filename == _PROGRAM:
            return f
        f = f.f_back
    return None


def _from_program(depth=1):
    """True when the caller `depth` frames up is the program's own code."""
    f = sys._getframe(depth + 1)
    return f is not None and f.f_code.co_filename == _PROGRAM


def _binding_name(frame):
    """The name the value being built in `frame` is stored to, read from the
    bytecode after the CALL: `x = Lock()` -> x, `self.lock = Lock()` -> lock,
    `locks["a"] = Lock()` -> locks['a']; None when it is not simply stored."""
    try:
        after = False
        loaded = []
        for ins in dis.get_instructions(frame.f_code):
            if ins.offset == frame.f_lasti:
                after = True
                continue
            if not after or ins.opname in ("CACHE", "PRECALL", "CALL", "KW_NAMES"):
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


_names_taken = {}        # name -> how many objects have been given it


def _name_for(kind, depth=2):
    """The object's name for every view; a name already given gets "#2", "#3"
    (two accounts' `self.lock` are lock and lock#2), so a deadlock sentence
    never names two different locks alike."""
    f = sys._getframe(depth)
    name = _binding_name(f) if f.f_code.co_filename == _PROGRAM else None
    if not name:
        uf = _user_frame(depth)
        name = "%s@line %d" % (kind, uf.f_lineno if uf is not None else 0)
    n = _names_taken.get(name, 0) + 1
    _names_taken[name] = n
    return name if n == 1 else "%s#%d" % (name, n)


# ----------------------------------------------------------- primitives ---

class Lock:
    """threading.Lock on Interleave's runtime (a core Lock in the arena)."""
    __slots__ = ("_l", "name", "__weakref__")

    def __init__(self, name=None):
        self.name = name or _name_for("Lock")
        self._l = _interleave.Lock(self.name)

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        return self._l.acquire(bool(blocking), None if timeout == -1 else timeout)

    def release(self):
        self._l.release()

    def locked(self):
        return self._l.locked()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        # The standard library's fork hook (os.register_at_fork): a fresh, unlocked lock.
        self._l = _interleave.Lock(self.name)

    def __repr__(self):
        return "<%s %s object %s>" % ("locked" if self.locked() else "unlocked", type(self).__name__, self.name)


class RLock:
    """threading.RLock on Interleave's runtime."""

    def __init__(self, name=None):
        self.name = name or _name_for("RLock")
        self._l = _interleave.RLock(self.name)

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return self._l.acquire(bool(blocking), None if timeout == -1 else timeout)

    def release(self):
        self._l.release()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._l = _interleave.RLock(self.name)

    def __repr__(self):
        return "<%s object %s count=%d>" % (type(self).__name__, self.name, self._l.count())


class Condition:
    """threading.Condition on Interleave's runtime, over a Lock or RLock of ours."""

    def __init__(self, lock=None, name=None):
        self.name = name or _name_for("Condition")
        if lock is None:
            lock = RLock(self.name + ".lock")
        if not isinstance(lock, (Lock, RLock)):
            raise TypeError("Condition needs a threading.Lock or threading.RLock")
        self._lock = lock
        self._c = _interleave.Condition(lock._l, self.name)

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

class Queue:
    """queue.Queue on Interleave's runtime: a core Queue of the items' keys,
    so put/get block, count and raise Full/Empty in the runtime, and the
    Inspector shows the items' reprs."""

    _policy = 0

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.name = _name_for(type(self).__name__)
        self._q = _interleave.Queue(maxsize, self.name, self._policy)

    def put(self, item, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        self._q.put(item, bool(block), timeout if block else None)

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        return self._q.get(bool(block), timeout if block else None)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


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
        self._q = _interleave.Queue(0, self.name, 0)

    def put(self, item, block=True, timeout=None):
        self._q.put(item, True, None)

    put_nowait = put

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        return self._q.get(bool(block), timeout if block else None)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return self._q.empty()

    def qsize(self):
        return self._q.qsize()


# --------------------------------------------------------------- threads ---

_counter = 0
_threads = {}            # worker index -> Thread
_main = None


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """threading.Thread: each start() makes a worker of the run (a real OS thread)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._handle = None
        self._ident = None
        self._native_id = None
        self._started = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._started and not self.is_alive():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._handle = _interleave.Thread(self._bootstrap, self._name, bool(self._daemonic))
        self._started = True
        _threads[self._handle.worker()] = self
        self._handle.start()
        if self._ident is None:   # as CPython's: known once start() returns
            self._ident = self._handle.ident()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        if _TRACE is not None:
            sys.settrace(_TRACE)
        self._ident = _std_threading.get_ident()
        self._native_id = _std_threading.get_native_id()
        try:
            self.run()
        except _interleave.RunStopped:
            raise
        except SystemExit:
            pass
        except BaseException as e:
            _report_thread_exception(self, e)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._handle.join(timeout)

    def is_alive(self):
        return self._started and self._handle.is_alive()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        if self._native_id is None and self._started:
            self._native_id = self._handle.native_id()
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _std_threading.get_ident()
        self._native_id = _std_threading.get_native_id()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class _DummyThread(Thread):
    """A thread Interleave did not start (the standard library's own)."""

    def __init__(self):
        Thread.__init__(self, name=_std_threading.current_thread().name, daemon=True)
        self._started = True
        self._ident = _std_threading.get_ident()

    def is_alive(self):
        return True


def current_thread():
    w = _interleave.current_worker()
    t = _threads.get(w)
    if t is not None and (t._ident is None or t._ident == _std_threading.get_ident()):
        return t
    if _main is not None and _std_threading.get_ident() == _main._ident:
        return _main
    return _DummyThread()


def main_thread():
    return _main


def enumerate():
    return [_main] + [t for t in list(_threads.values()) if t is not _main and t.is_alive()]


def active_count():
    return len(enumerate())


currentThread = current_thread
activeCount = active_count


def _report_thread_exception(thread, exc):
    """As CPython's threading.excepthook prints it."""
    sys.stderr.write("Exception in thread %s:\n" % thread.name)
    _write_traceback(exc)
    sys.stderr.flush()


class Timer(Thread):
    """threading.Timer: calls `function` after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# --------------------------------------------------------------- time ---

def sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _interleave.sleep(float(seconds))


def _install_logical_time():
    """Step and replay mode: time.time/monotonic/perf_counter follow the run's
    logical clock (only granted sleeps and time-outs move it), so a stepped
    program measures its sleeps, not the learner's think time, and a replay
    prints the same times."""
    wall0, mono0, perf0 = _std_time.time_ns(), _std_time.monotonic_ns(), _std_time.perf_counter_ns()
    clock = _interleave.clock_ns
    _std_time.time_ns = lambda: wall0 + clock()
    _std_time.monotonic_ns = lambda: mono0 + clock()
    _std_time.perf_counter_ns = lambda: perf0 + clock()
    _std_time.time = lambda: (wall0 + clock()) / 1e9
    _std_time.monotonic = lambda: (mono0 + clock()) / 1e9
    _std_time.perf_counter = lambda: (perf0 + clock()) / 1e9


# ------------------------------------------------------------- console ---

class _Console:
    """sys.stdout / sys.stderr: each thread's text, a line at a time, into the run's console."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, name):
        self.name = name
        self._pending = {}

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        key = _std_threading.get_ident()
        text = self._pending.pop(key, "") + s
        cut = text.rfind("\n")
        if cut >= 0:
            _interleave.print(text[: cut + 1])
            text = text[cut + 1:]
        if text:
            self._pending[key] = text
        return len(s)

    def flush(self):
        key = _std_threading.get_ident()
        text = self._pending.pop(key, "")
        if text:
            _interleave.print(text)

    def isatty(self):
        return False

    def writable(self):
        return True

    def fileno(self):
        raise OSError("the run's console has no file descriptor")


# ----------------------------------------------------------------- run ---

_PATCHED_THREADING = dict(
    Thread=Thread, Lock=Lock, RLock=RLock, Condition=Condition, Semaphore=Semaphore,
    BoundedSemaphore=BoundedSemaphore, Event=Event, current_thread=current_thread,
    currentThread=current_thread, main_thread=main_thread, enumerate=enumerate,
    active_count=active_count, activeCount=active_count, Timer=Timer,
)
# threading.Barrier is CPython's own class: it builds itself from the module's
# Condition and Lock, which are the runtime's once patched.


def _install():
    global _main
    # A crash in C code (a segfault through ctypes, a broken extension) kills
    # the run process; before it goes, Python's fault handler prints each
    # thread's Python stack on the run's stderr, so the line that crashed is
    # named beside the "killed by SIGSEGV" of the summary.
    import faulthandler
    faulthandler.enable(file=sys.__stderr__, all_threads=True)
    _main = _MainThread()
    _threads[_interleave.current_worker()] = _main
    # What the program reaches: the same module objects, with the runtime's
    # primitives in place of CPython's (the standard library's internal uses
    # keep CPython's: they bound their names at import, before this).
    for k, v in _PATCHED_THREADING.items():
        setattr(_std_threading, k, v)
    _std_time.sleep = sleep
    if _interleave.stepping():
        _install_logical_time()
    import queue as _std_queue
    for k, v in dict(Queue=Queue, LifoQueue=LifoQueue, PriorityQueue=PriorityQueue,
                     SimpleQueue=SimpleQueue).items():
        setattr(_std_queue, k, v)
    sys.stdout = _Console("<stdout>")
    sys.stderr = _Console("<stderr>")


def _check_encoding(path):
    """Raises the SyntaxError `python3 prog.py` raises for a file that is not
    in its declared encoding (UTF-8 unless a coding line says otherwise);
    compile() of the bytes, which runpy uses, would let a bad comment pass."""
    import tokenize
    with open(path, "rb") as f:
        data = f.read()
    try:
        encoding, _ = tokenize.detect_encoding(iter(data.splitlines(True)).__next__)
    except SyntaxError:       # a first line that is not UTF-8 and no coding line
        encoding = "utf-8"
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise SyntaxError("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                          "see https://peps.python.org/pep-0263/ for details" % (data[e.start], path, line)
                          if encoding == "utf-8" else
                          "'%s' codec can't decode byte 0x%02x in position %d: %s"
                          % (encoding, data[e.start], e.start, e.reason)) from None


def _program_traceback(e):
    """The exception as CPython prints it, with the frames of runpy and of
    Interleave's own shim left out: the learner's code is the story."""
    te = _std_traceback.TracebackException(type(e), e, e.__traceback__)
    keep = [f for f in te.stack if not f.filename.startswith("<interleave") and not f.filename.endswith("runpy>")
            and not f.filename.endswith("/runpy.py")]
    te.stack = _std_traceback.StackSummary.from_list(keep)
    return te.format()


def _write_traceback(e):
    for chunk in _program_traceback(e):
        sys.stderr.write(chunk)


def run(path, argv, granularity="operations"):
    """Runs the program at `path` as __main__; returns its exit status.
    granularity "lines" or "bytecode": in step mode lines (or, on lines that
    read and write one shared place, instructions) are steps too."""
    global _PROGRAM, _TRACE
    _PROGRAM = os.path.abspath(path)
    sys.argv = [path] + list(argv)
    sys.path.insert(0, os.path.dirname(_PROGRAM))
    _install()
    import runpy
    if _interleave.stepping():
        import interleave_steps
        _TRACE = interleave_steps.install(_PROGRAM, granularity)
        sys.settrace(_TRACE)
    try:
        _check_encoding(_PROGRAM)
        runpy.run_path(_PROGRAM, run_name="__main__")
        code = 0
    except _interleave.RunStopped:
        raise
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            sys.stderr.write(str(e.code) + "\n")
            code = 1
    except SyntaxError as e:
        if e.filename == _PROGRAM or e.filename is None:
            _std_traceback.print_exception(type(e), e, None, file=sys.stderr)
            code = 2          # as python3 prog.py: the program could not even start
        else:                 # a module it imports: a traceback through the program, status 1
            _write_traceback(e)
            code = 1
    except BaseException as e:
        _write_traceback(e)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code
