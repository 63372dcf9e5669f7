# python/boot/interleave_boot.py — runs before the learner's first line, in the
# run process's embedded CPython: puts Interleave's runtime (the _interleave
# extension module, python/module.cpp) behind `threading`, `queue` and
# `time.sleep`, routes print() to the run's console, then runs the program as
# __main__. The objects and threads it stands behind live in
# interleave_objects.py and interleave_threads.py; the line and bytecode
# stepper in interleave_steps.py (host.cpp makes all four importable).
#
# Thread rules: the functions here run in Python threads with the GIL; every
# _interleave call that may block releases it.
import os
import sys
import threading as _std_threading
import time as _std_time
import traceback as _std_traceback

import _interleave
import interleave_objects as _objects
import interleave_threads as _threads

_PROGRAM = None          # the program's absolute path


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

# What `threading` gets instead of CPython's own. threading.Barrier stays
# CPython's class: it builds itself from the module's Condition and Lock,
# which are the runtime's once patched.
_PATCHED_THREADING = dict(
    Thread=_threads.Thread, Lock=_objects.Lock, RLock=_objects.RLock, Condition=_objects.Condition,
    Semaphore=_objects.Semaphore, BoundedSemaphore=_objects.BoundedSemaphore, Event=_objects.Event,
    current_thread=_threads.current_thread, currentThread=_threads.current_thread,
    main_thread=_threads.main_thread, enumerate=_threads.enumerate, active_count=_threads.active_count,
    activeCount=_threads.active_count, Timer=_threads.Timer, local=_objects.local,
)
_CPYTHON_THREADING = {}   # what _PATCHED_THREADING stands in for (os.fork's own hooks use these)

_PATCHED_QUEUE = dict(Queue=_objects.Queue, LifoQueue=_objects.LifoQueue, PriorityQueue=_objects.PriorityQueue,
                      SimpleQueue=_objects.SimpleQueue)


def _boot_module(stem):
    """interleave_<stem> from the sources host.cpp passed (LAZY_SOURCES),
    compiled as the eager boot modules are, into sys.modules."""
    import types
    name, file = "interleave_" + stem, "<interleave %s>" % stem
    module = types.ModuleType(name)
    module.__file__ = file
    sys.modules[name] = module
    exec(compile(LAZY_SOURCES[stem], file, "exec"), module.__dict__)
    return module


def _uses_processes(path):
    """True when the program's text, or a module of its own beside it, names
    multiprocessing or concurrent.futures: only then is the time spent
    importing them first (a program that reaches them some other way still
    runs, on CPython's own multiprocessing, its pipes not observed)."""
    folder = os.path.dirname(path)
    try:
        siblings = sorted(f for f in os.listdir(folder) if f.endswith(".py"))[:50]
    except OSError:
        siblings = []
    for f in [path] + [os.path.join(folder, f) for f in siblings]:
        try:
            with open(f, "rb") as file:
                text = file.read(1 << 16)   # its imports are near the top
        except OSError:
            continue
        if b"multiprocessing" in text or b"concurrent" in text:
            return True
    return False


def _install():
    # First, while threading is still CPython's: the modules it imports
    # (subprocess, selectors, ctypes, asyncio in step mode; multiprocessing
    # and concurrent.futures for a program that uses them) make their own
    # locks at import, which are the tool's business, not the program's.
    import interleave_outside
    interleave_outside.install()
    if _uses_processes(_PROGRAM):
        import concurrent.futures
        import concurrent.futures.process
        import multiprocessing.pool
        import multiprocessing.sharedctypes
        for stem in ("processes", "pool", "futures", "manager"):   # each imports the ones before it
            _boot_module(stem)
        import interleave_processes
        interleave_processes.install()
    # A crash in C code (a segfault through ctypes, a broken extension) kills
    # the run process; before it goes, Python's fault handler prints each
    # thread's Python stack on the run's stderr, so the line that crashed is
    # named beside the "killed by SIGSEGV" of the summary.
    import faulthandler
    faulthandler.enable(file=sys.__stderr__, all_threads=True)
    _threads.install_main()
    # What the program reaches: the same module objects, with the runtime's
    # primitives in place of CPython's (the standard library's internal uses
    # keep CPython's: they bound their names at import, before this).
    for k, v in _PATCHED_THREADING.items():
        _CPYTHON_THREADING[k] = getattr(_std_threading, k)
        setattr(_std_threading, k, v)
    _std_time.sleep = sleep
    if _interleave.stepping():
        _install_logical_time()
    import queue as _std_queue
    for k, v in _PATCHED_QUEUE.items():
        setattr(_std_queue, k, v)
    sys.stdout = _Console("<stdout>")
    sys.stderr = _Console("<stderr>")
    _install_fork()


def _install_fork():
    """os.fork on the runtime: the child is a process worker (Child-1, ...)
    from its first line, on the timeline and in the process tree; os.wait and
    os.waitpid(pid, 0 or WNOHANG) reap through the runtime (a zombie until
    then); os.kill of a child is a step on its worker; os._exit ends the
    worker. Other waitpid options (WUNTRACED …) are CPython's, counted as not
    observed (interleave_outside)."""
    import os
    unobserved_waitpid = os.waitpid

    def waitpid(pid, options, /):
        if options & ~os.WNOHANG:
            return unobserved_waitpid(pid, options)
        return _interleave.waitpid(pid, not options & os.WNOHANG)

    def wait():
        return _interleave.waitpid(-1, True)

    def fork():
        return _interleave.fork()

    def kill(pid, signal, /):
        _interleave.kill(pid, signal)

    # CPython's own after-fork handlers (threading._after_fork remakes its
    # internal locks; logging's) run inside every fork, whoever makes it (a
    # Pool's too): they get CPython's threading, so their locks are not the
    # program's objects and steps. Before-handlers run last-registered first,
    # after-handlers first-registered first: this swap brackets them all.
    def cpython_threading():
        for k, v in _CPYTHON_THREADING.items():
            setattr(_std_threading, k, v)

    def patched_threading():
        for k, v in _PATCHED_THREADING.items():
            setattr(_std_threading, k, v)

    os.register_at_fork(before=cpython_threading, after_in_parent=patched_threading)
    os.register_at_fork(after_in_child=patched_threading)
    os.fork = fork
    os.waitpid = waitpid
    os.wait = wait
    def _exit(status, /):
        _close_connections()
        _interleave.exit(status)

    os.kill = kill
    os._exit = _exit


def _close_connections():
    """A process's multiprocessing Pipe ends close when it ends, as its file
    descriptors would (their readers get EOFError); loaded only by programs
    that use multiprocessing."""
    processes = sys.modules.get("interleave_processes")
    if processes is not None:
        processes.close_connections()


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


def run(path, argv, granularity="operations"):
    """Runs the program at `path` as __main__; returns its exit status.
    granularity "lines" or "bytecode": in step mode lines (or, on lines that
    read and write one shared place, instructions) are steps too."""
    global _PROGRAM
    _PROGRAM = _objects.PROGRAM = os.path.abspath(path)
    sys.argv = [path] + list(argv)
    sys.path.insert(0, os.path.dirname(_PROGRAM))
    _install()
    import runpy
    if _interleave.stepping():
        import interleave_steps
        _threads.TRACE = interleave_steps.install(_PROGRAM, granularity)
        sys.settrace(_threads.TRACE)
    started_in = os.getpid()
    final = None
    try:
        _check_encoding(_PROGRAM)
        final = runpy.run_path(_PROGRAM, run_name="__main__")
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
            _threads.write_traceback(e)
            code = 1
    except BaseException as e:
        _threads.write_traceback(e)
        code = 1
    _exit_as_cpython()
    if final is not None and os.getpid() == started_in:
        _report_globals(final)
    sys.stdout.flush()
    sys.stderr.flush()
    return code


# At most this many of a program's globals are reported, each at most this long.
_MAX_RESULTS, _MAX_RESULT_CHARS = 32, 200


def _report_globals(names):
    """The program's final values as the run's results, as a demo reports
    its own: every global the program set to a number, a bool or a short
    one-line string, not starting with '_'. The summary and the window show
    them, and `interleave explore --expect "g_num == 10"` judges them."""
    n = 0
    for name, value in names.items():
        if n == _MAX_RESULTS:
            break
        if name.startswith("_") or type(value) not in (int, float, bool, str):
            continue
        text = str(value)
        if len(text) > _MAX_RESULT_CHARS or "\n" in text:
            continue
        _interleave.result(name, text)
        n += 1


def _exit_as_cpython():
    """What python3 does once the program's last line has run: the
    threading module's exit hooks (a ThreadPoolExecutor's workers are told
    to stop), the non-daemon threads joined, then the atexit functions — the
    program's own, and multiprocessing's, which terminates a Pool still
    running and joins the processes not yet joined."""
    for hook in reversed(getattr(_std_threading, "_threading_atexits", [])):
        hook()
    for t in _threads.enumerate():
        if t is not _threads.main_thread() and not t.daemon:
            t.join()
    import atexit
    atexit._run_exitfuncs()
    _close_connections()
