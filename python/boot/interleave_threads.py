# python/boot/interleave_threads.py — threading.Thread and its helpers
# (current_thread, enumerate, Timer …) on Interleave's runtime: each started
# Thread is a worker of the run, a real OS thread, named as Python names it.
# Also how an uncaught exception is printed: as CPython prints it, without
# runpy's frames or Interleave's own.
#
# Thread rules: called from Python threads holding the GIL; start, join and
# the thread's bootstrap release it while they wait.
import sys
import threading as _std_threading
import traceback as _std_traceback

import _interleave
from interleave_objects import Event

TRACE = None             # step mode: the tracer every thread of ours installs (set by the boot shim)


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
        if TRACE is not None:
            sys.settrace(TRACE)
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

    def _set_native_id(self):
        # CPython's hook, called by multiprocessing in a forked child for the
        # thread that is its main thread now.
        self._native_id = _std_threading.get_native_id()

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
    """A thread the program did not start: one of the runtime's own workers
    (a pool's "Thread-3 (_handle_results)", running callbacks), named as
    the timeline names it, or a thread nothing here knows ("Dummy-1")."""

    def __init__(self, name):
        Thread.__init__(self, name=name, daemon=True)
        self._started = True
        self._ident = _std_threading.get_ident()

    def is_alive(self):
        return True


def install_main():
    """Makes the calling thread (the run's main worker) MainThread."""
    global _main
    _main = _MainThread()
    _threads[_interleave.current_worker()] = _main


def current_thread():
    w = _interleave.current_worker()
    t = _threads.get(w)
    if t is not None and (t._ident is None or t._ident == _std_threading.get_ident()):
        return t
    if _main is not None and _std_threading.get_ident() == _main._ident:
        return _main
    name = _interleave.worker_name()
    if not name:
        return _DummyThread(_newname("Dummy-%d"))
    t = _threads[w] = _DummyThread(name)
    return t


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
    write_traceback(exc)
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


def _program_traceback(e):
    """The exception as CPython prints it, with the frames of runpy and of
    Interleave's own shim left out: the learner's code is the story."""
    te = _std_traceback.TracebackException(type(e), e, e.__traceback__)
    keep = [f for f in te.stack if not f.filename.startswith("<interleave") and not f.filename.endswith("runpy>")
            and not f.filename.endswith("/runpy.py")]
    te.stack = _std_traceback.StackSummary.from_list(keep)
    return te.format()


def write_traceback(e):
    for chunk in _program_traceback(e):
        sys.stderr.write(chunk)
