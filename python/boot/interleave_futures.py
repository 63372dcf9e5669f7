# python/boot/interleave_futures.py — concurrent.futures on Interleave's
# runtime.
#
# ThreadPoolExecutor is CPython's own, running on the runtime's threads,
# queues and locks. Its Future is CPython's too, with one change: all the
# futures of a process share one Condition ("futures") instead of making
# one each, so a program that submits 50,000 tasks does not make 50,000
# runtime objects; result() and exception() wait on it in a loop that a
# wake-up meant for another future cannot cut short.
#
# ProcessPoolExecutor is this file's, on the same engine as
# multiprocessing.Pool (python/pool_type.cpp, interleave_pool.py): worker
# processes named ForkProcess-N as in CPython 3.11, calls sent pickled, at
# most max_workers + 1 of them in the workers' queue at a time (as CPython's
# call queue), so a future still waiting can be cancelled; each result
# completes its future on the pool's result-handler thread, which runs the
# done callbacks, as CPython's executor manager thread does.
#
# Thread rules: an executor is used from the threads of the process that
# made it. `_mu` is a plain CPython lock held only around a few list
# operations, never across a runtime call (a step may park there).
import _thread
import collections
import os
import weakref

import _interleave
import interleave_pool as _pool
import interleave_processes as _processes

_shared = None   # this process's futures Condition, made at the first Future


def _condition():
    global _shared
    if _shared is None:
        import threading
        _shared = threading.Condition(name="futures")
        _shared._lock._share()   # the pool workers' copies of futures never wait on it
    return _shared


def _patch_future():
    from concurrent.futures import _base
    done_states = (_base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)

    def __init__(self):
        self._condition = _condition()
        self._state = _base.PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _wait_done(self, timeout):
        """Under the condition: until this future is done; False when the
        timeout passed first (a wait that timed out is not retried)."""
        while self._state not in done_states:
            if not self._condition.wait(timeout) and self._state not in done_states:
                return False
        return True

    def result(self, timeout=None):
        try:
            with self._condition:
                if not _wait_done(self, timeout):
                    raise _base.TimeoutError()
                if self._state in (_base.CANCELLED, _base.CANCELLED_AND_NOTIFIED):
                    raise _base.CancelledError()
                return self._Future__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if not _wait_done(self, timeout):
                raise _base.TimeoutError()
            if self._state in (_base.CANCELLED, _base.CANCELLED_AND_NOTIFIED):
                raise _base.CancelledError()
            return self._exception

    _base.Future.__init__ = __init__
    _base.Future.result = result
    _base.Future.exception = exception


class ProcessPoolExecutor:
    """concurrent.futures.ProcessPoolExecutor (the fork start method)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is not None:
            _processes._refuse(mp_context.get_start_method())
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mu = _thread.allocate_lock()
        self._pending = collections.deque()   # (future, payload) not sent yet
        self._in_flight = 0
        self._live = set()                    # futures not done yet
        self._shutdown = False
        self._closed = False
        self._core = _interleave.Pool(max_workers, lambda: _pool.worker_started(initializer, initargs),
                                      max_tasks_per_child or 0, _processes._name("ProcessPoolExecutor"),
                                      lambda: _pool.next_worker_name("ForkProcess"))
        self._room = self._core.task_room()
        # As CPython's: the work submitted is finished when the program ends.
        from multiprocessing import util
        util.Finalize(self, _finish_executor, args=(weakref.ref(self), self._core), exitpriority=15)

    def submit(self, fn, /, *args, **kwargs):
        from concurrent.futures import _base
        with self._mu:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
        f = _base.Future()
        try:
            payload = _pool.task_payload(fn, args, kwargs, _pool._APPLY, self._room)
        except Exception as e:          # as CPython's: the future fails, submit does not
            f.set_exception(e)
            return f
        with self._mu:
            self._pending.append((f, payload))
            self._live.add(f)
        self._pump()
        return f

    def _pump(self):
        """Sends waiting calls while the workers' queue has room (max_workers + 1)."""
        while True:
            with self._mu:
                if not self._pending or self._in_flight > self._max_workers:
                    return
                f, payload = self._pending.popleft()
                self._in_flight += 1
            if not f.set_running_or_notify_cancel():    # cancelled while it waited
                self._finished(f, False)
                continue
            self._core.submit([payload], lambda ok, data, f=f: self._done(f, ok, data))

    def _done(self, f, ok, data):
        """On the result handler: the future completes, done callbacks run."""
        if ok:
            f.set_result(_pool.part_value(data[0]))
        else:
            f.set_exception(_pool.error_value(data))
        self._finished(f, True)
        self._pump()

    def _finished(self, f, sent):
        with self._mu:
            self._in_flight -= 1
            self._live.discard(f)
            close = self._shutdown and not self._live and not self._closed
            self._closed = self._closed or close
        if close:
            self._core.close()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        from concurrent.futures import _base, process
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return _base.Executor.map(self, fn, *iterables, timeout=timeout)
        import functools
        results = _base.Executor.map(self, functools.partial(process._process_chunk, fn),
                                     process._get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return process._chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._mu:
            self._shutdown = True
            dropped = list(self._pending) if cancel_futures else []
        for f, _ in dropped:
            f.cancel()
        if dropped:
            self._pump()                  # each cancelled call leaves as it comes up
        with self._mu:
            live = list(self._live)
            close = not live and not self._closed
            self._closed = self._closed or close
        if close:
            self._core.close()
        if wait:
            from concurrent.futures import wait as wait_all
            wait_all(live)
            with self._mu:
                self._closed = True
            self._core.close()   # whoever closes first, it is closed before join
            self._core.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return False


def _finish_executor(executor, core):
    """At exit: shutdown(wait=True); once the executor is gone, its pool is
    only closed and joined."""
    executor = executor()
    if executor is not None:
        executor.shutdown(wait=True)
    else:
        core.close()
        core.join()


def install():
    import concurrent.futures as futures
    import concurrent.futures.process as process
    _patch_future()
    process.ProcessPoolExecutor = ProcessPoolExecutor
    futures.ProcessPoolExecutor = ProcessPoolExecutor
