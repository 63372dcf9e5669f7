# python/boot/interleave_pool.py — multiprocessing.Pool on core's own Pool
# (python/pool_type.cpp): ForkPoolWorker processes named as CPython names
# them, the handler threads ("Thread-3 (_handle_results)", where callbacks
# run, as in CPython), the in/out queues and every task's start and end on
# the timeline, the pool in the Inspector, every submit, get and callback a
# step.
#
# A task is a pickled call — (function, args, kwds) for apply, (function,
# chunk) for a map chunk — packed by interleave_processes.pack (spilled to
# the run's spool directory when it outgrows a queue cell). The worker's
# run_task() unpickles, calls, and pickles the result, or the exception
# wrapped with its traceback (multiprocessing.pool.ExceptionWithTraceback),
# so get() raises it with the worker's traceback as its cause, as CPython's.
# Arguments that cannot be pickled fail the task (get() raises CPython's
# error, error_callback gets it) without reaching a worker, as in CPython.
#
# Thread rules: the Pool and its results are used from the threads of the
# process that made the pool; run_task runs in the workers; _done on the
# result-handler thread, holding the GIL.
import base64
import itertools
import os
import pickle
import types

import _interleave
import interleave_processes as _processes

_APPLY, _MAP, _STARMAP = 0, 1, 2
RUN, CLOSE, TERMINATE = "RUN", "CLOSE", "TERMINATE"


# ------------------------------------------------------------- workers ---

def _short_repr():
    import reprlib
    r = reprlib.Repr()
    r.maxlist = r.maxtuple = r.maxset = r.maxdict = 6
    r.maxstring = r.maxother = 48
    return r.repr


_repr = _short_repr()   # a map chunk's list of 3,000 results is noted as [0, 1, 4, ...]


def _note(value):
    """A short repr for the Inspector's recent results, as bytes."""
    try:
        text = _repr(value)
    except Exception:
        text = "?"
    return text[:48].encode("utf-8", "replace")[:60]


# A task's payload: the function's pickle (its length first), then the
# pickle of (args, kwds, mode). A plain function pickles as its name, the
# same every time: both sides keep it, so a loop of 50,000 apply_async
# pickles and looks up the function once.
_sent_functions = {}        # function -> its pickle (the submitting process)
_got_functions = {}         # pickle -> function (a worker)
_CACHEABLE = (types.FunctionType, types.BuiltinFunctionType)


def task_payload(func, args, kwds, mode, room):
    f = _sent_functions.get(func) if type(func) in _CACHEABLE else None
    if f is None:
        f = _processes.dumps(func)
        if type(func) in _CACHEABLE:
            _sent_functions[func] = f
    return _processes.pack_bytes(len(f).to_bytes(4, "little") + f + _processes.dumps((args, kwds, mode)), room)


def _task(payload):
    data = _processes.unpack_bytes(payload)
    n = int.from_bytes(data[:4], "little")
    f = bytes(data[4:4 + n])
    func = _got_functions.get(f)
    if func is None:
        func = _got_functions[f] = pickle.loads(f)
    return (func,) + pickle.loads(data[4 + n:])


def run_task(payload):
    """In a worker: the call a payload holds -> (True, note + result) or
    (False, "note\\nbase64 of the wrapped exception")."""
    room = _interleave.POOL_RESULT_ROOM
    try:
        func, args, kwds, mode = _task(payload)
        if mode == _APPLY:
            result = func(*args, **kwds)
        elif mode == _MAP:
            result = list(map(func, args))
        else:
            result = list(itertools.starmap(func, args))
    except Exception as e:
        from multiprocessing.pool import ExceptionWithTraceback
        return False, _failure(ExceptionWithTraceback(e, e.__traceback__), e, room)
    note = _note(result)
    try:
        return True, bytes([len(note)]) + note + _processes.pack(result, room - 1 - len(note))
    except Exception as e:
        from multiprocessing.pool import MaybeEncodingError
        wrapped = MaybeEncodingError(e, result if mode == _APPLY or not result else result[0])
        return False, _failure(wrapped, wrapped, room)


def _failure(wrapped, shown, room):
    data = _processes.pack(wrapped, (room * 3) // 4 - 64)
    note = _note(shown).decode("utf-8", "replace").replace("\n", " ")
    return note + "\n" + base64.b64encode(data).decode("ascii")


def next_worker_name(stem="ForkPoolWorker"):
    """A pool worker's name as CPython gives it: ForkPoolWorker-N, N from
    the same count as this process's Process-N (Process-1:1 … inside one)."""
    from multiprocessing import process
    ident = process._current_process._identity + (next(process._process_counter),)
    return stem + "-" + ":".join(str(i) for i in ident)


def worker_started(initializer, initargs):
    """First thing in a new worker: multiprocessing.current_process() is the
    worker (its name, pid, parent) as in CPython's, then the initializer."""
    from multiprocessing import process, util
    me = process.BaseProcess.__new__(process.BaseProcess)
    parent = process._current_process
    me._identity = tuple(int(i) for i in _interleave.worker_name().rsplit("-", 1)[1].split(":"))
    me._config = dict(parent._config, daemon=True)
    me._parent_pid, me._parent_name = os.getppid(), parent.name
    me._popen, me._closed, me._target, me._args, me._kwargs = None, False, None, (), {}
    me._name = _interleave.worker_name()
    process._current_process = me
    process._children = set()
    process._parent_process = process._ParentProcess(parent.name, os.getppid(), None)
    util._finalizer_registry.clear()
    util._run_after_forkers()
    if initializer is not None:
        initializer(*initargs)


# ------------------------------------------------------------- results ---

class ApplyResult:
    """multiprocessing.pool.ApplyResult (AsyncResult): ready, successful,
    wait, get. The value is unpickled once, by whoever needs it first (the
    callback, on the result-handler thread, or get())."""

    def __init__(self, pool, job, callback=None, error_callback=None):
        self._pool = pool
        self._job = job
        self._callback, self._error_callback = callback, error_callback
        self._outcome = None      # (True, value) or (False, exception), once read

    def ready(self):
        return self._outcome is not None or self._job is None or self._job.ready()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._read()[0]

    def wait(self, timeout=None):
        if self._job is not None:
            self._job.wait(timeout)

    def get(self, timeout=None):
        if self._job is not None and not self._job.wait(timeout):
            from multiprocessing import TimeoutError
            raise TimeoutError
        ok, value = self._read()
        if ok:
            return value
        raise value

    def _assemble(self, parts):
        return part_value(parts[0])

    def _read(self):
        if self._outcome is None:
            job = self._job
            self._set(job.ok(), job.parts() if job.ok() else job.error())
        return self._outcome

    def _set(self, ok, data):
        self._outcome = (True, self._assemble(data)) if ok else (False, error_value(data))

    def _done(self, ok, data):
        """The result handler, once the job's last chunk is in (before
        get() can return: the value is read here, once)."""
        self._set(ok, data)
        ok, value = self._outcome
        if ok and self._callback is not None:
            self._callback(value)
        elif not ok and self._error_callback is not None:
            self._error_callback(value)

    def _fail_now(self, error):
        """A task that never reached a worker (its arguments cannot be pickled)."""
        self._job = None
        self._outcome = (False, error)
        if self._error_callback is not None:
            self._error_callback(error)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """map_async's result: the chunks' lists, in order."""

    def _assemble(self, parts):
        out = []
        for p in parts:
            out.extend(part_value(p))
        return out


def part_value(part):
    n = part[0]
    return _processes.unpack(part[1 + n:])


def error_value(error):
    """The exception a failed task sent (rebuilt with its remote traceback),
    or the runtime's own message as a RuntimeError."""
    _, _, data = error.partition("\n")
    try:
        return _processes.unpack(base64.b64decode(data, validate=True))
    except Exception:
        return RuntimeError(error)


class IMapIterator:
    """imap's iterator: each chunk a job; results in order, as they come."""

    def __init__(self, results):
        self._results = iter(results)
        self._pending = []

    def __iter__(self):
        return self

    def next(self, timeout=None):
        while not self._pending:
            r = next(self._results, None)
            if r is None:
                raise StopIteration
            self._pending = list(r.get(timeout))
        return self._pending.pop(0)

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    """imap_unordered's iterator: each chunk's results as soon as its job is
    done, whichever that is (the result handler puts finished chunks on a
    queue of the parent's)."""

    def __init__(self, results, finished):
        super().__init__(())
        self._left = len(results)
        self._finished = finished

    def next(self, timeout=None):
        while not self._pending:
            if self._left == 0:
                raise StopIteration
            import queue
            try:
                r = self._finished.get(timeout=timeout)
            except queue.Empty:
                from multiprocessing import TimeoutError
                raise TimeoutError from None
            self._left -= 1
            self._pending = list(r.get())
        return self._pending.pop(0)

    __next__ = next


# ---------------------------------------------------------------- Pool ---

class Pool:
    """multiprocessing.Pool (the fork start method) on core's Pool."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._state = RUN
        self._core = _interleave.Pool(processes, lambda: worker_started(initializer, initargs),
                                      maxtasksperchild or 0, _processes._name("Pool"), next_worker_name)
        self._task_room = self._core.task_room()
        # As CPython's: a pool still running when the program ends (or is
        # collected) is terminated, through multiprocessing's exit function.
        from multiprocessing import util
        util.Finalize(self, _finish_pool, args=(self._core,), exitpriority=15)

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__, type(self).__qualname__, self._state,
                                                 self._processes)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, calls):
        """Sends one task per call; a call that cannot be pickled fails the result at once."""
        room = self._task_room
        try:
            payloads = [task_payload(f, a, k, m, room) for f, a, k, m in calls]
        except Exception as e:
            result._fail_now(e)
            return result
        on_done = result._done if (result._callback or result._error_callback) else None
        result._job = self._core.submit(payloads, on_done)
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        if self._state != RUN:
            raise ValueError("Pool not running")
        return self._submit(ApplyResult(self, None, callback, error_callback), ((func, args, kwds, _APPLY),))

    def _chunks(self, func, iterable, chunksize, mode):
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), self._processes * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            return []
        # A list, tuple or range is cut as it is (a slice of range(50000)
        # pickles as a range: a few bytes instead of thousands of ints).
        items = iterable if type(iterable) in (list, tuple, range) else list(iterable)
        return [(func, items[i:i + chunksize], None, mode) for i in range(0, len(items), chunksize)]

    def _map_async(self, func, iterable, mode, chunksize, callback, error_callback):
        self._check_running()
        calls = self._chunks(func, iterable, chunksize, mode)
        result = MapResult(self, None, callback, error_callback)
        if not calls:
            result._outcome = (True, [])
            return result
        return self._submit(result, calls)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _MAP, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _STARMAP, chunksize, callback, error_callback)

    def _imap_results(self, func, iterable, chunksize, finished=None):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        results = []
        for call in self._chunks(func, iterable, chunksize, _MAP):
            r = MapResult(self, None)
            if finished is not None:
                r._callback = r._error_callback = (lambda _, r=r: finished.put(r))
            results.append(self._submit(r, [call]))
        return results

    def imap(self, func, iterable, chunksize=1):
        return IMapIterator(self._imap_results(func, iterable, chunksize))

    def imap_unordered(self, func, iterable, chunksize=1):
        import queue
        finished = queue.SimpleQueue()
        return IMapUnorderedIterator(self._imap_results(func, iterable, chunksize, finished), finished)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._core.close()

    def terminate(self):
        self._state = TERMINATE
        self._core.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._core.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or pickled")


def _finish_pool(core):
    core.terminate()
    core.join()


def install():
    import multiprocessing.pool as pool
    pool.Pool = Pool
    pool.AsyncResult = pool.ApplyResult = ApplyResult
    pool.MapResult = MapResult
