# python/boot/interleave_outside.py — what Interleave's runtime does not stand
# behind, said rather than silently missing. A program may use sockets,
# select, asyncio's event loop, subprocesses, pipes, input() or a C library
# through ctypes: those calls still run, but nothing in them is a checkpoint,
# so no view can show what happens inside. Each such function is wrapped: a
# call marks the calling thread "in uninstrumented code" (its lane, the
# Inspector, the wait-for graph say so; it is never taken for blocked on a
# lock, so no false deadlock) and is counted, and the summary and the status
# bar say "3 calls to socket.recv were not observed". In step mode the other
# threads can be stepped while one is outside; its return is a step.
#
# Thread rules: the wrappers run on the program's threads, holding the GIL
# except inside the wrapped call; _interleave.outside_end may park (step
# mode) and releases the GIL to do so.
import functools
import sys

import _interleave

_objects = {}   # label -> the runtime's object for it (made at the first call)


def _object(label):
    oid = _objects.get(label)
    if oid is None:
        oid = _objects[label] = _interleave.outside_register(label)
    return oid


def _outside(label, fn):
    """`fn`, each call of it marked and counted as `label`."""
    begin, end = _interleave.outside_begin, _interleave.outside_end

    @functools.wraps(fn)
    def call(*args, **kwargs):
        begin(_object(label))
        try:
            return fn(*args, **kwargs)
        finally:
            end()

    return call


def _wrap(owner, names, prefix):
    for name in names:
        fn = getattr(owner, name, None)
        if fn is not None:
            setattr(owner, name, _outside(prefix + name, fn))


def _wrap_ctypes():
    """Each call through a ctypes library (ctypes.CDLL, cdll, PyDLL): a
    function-pointer class per library whose __call__ is marked, named after
    the C function ("usleep (ctypes)")."""
    import ctypes
    original_init = ctypes.CDLL.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        base = self._FuncPtr

        class _FuncPtr(base):
            _flags_ = base._flags_
            _restype_ = base._restype_

            def __call__(fp, *cargs):
                begin(_object("%s (ctypes)" % getattr(fp, "__name__", "a C function")))
                try:
                    return base.__call__(fp, *cargs)
                finally:
                    end()

        self._FuncPtr = _FuncPtr

    begin, end = _interleave.outside_begin, _interleave.outside_end
    ctypes.CDLL.__init__ = __init__


def install():
    """Wraps what a course program may reach outside the runtime (after the
    boot shim stood behind threading, queue and time.sleep)."""
    import builtins
    import os
    import select
    import selectors
    import socket
    import subprocess
    import _thread
    _wrap(socket.socket, ("accept", "connect", "connect_ex", "recv", "recv_into", "recvfrom", "recvfrom_into",
                          "recvmsg", "send", "sendall", "sendto", "sendmsg"), "socket.")
    _wrap(select, ("select",), "select.")
    # asyncio's event loop waits here (a selector's select), as do selectors' users.
    for cls in (getattr(selectors, n, None) for n in ("SelectSelector", "PollSelector", "EpollSelector",
                                                      "DevpollSelector", "KqueueSelector")):
        if cls is not None and "select" in cls.__dict__:
            cls.select = _outside("selectors.select", cls.__dict__["select"])
    _wrap(os, ("read", "write", "wait", "waitpid", "system"), "os.")
    _wrap(subprocess.Popen, ("wait", "communicate"), "subprocess.Popen.")
    _wrap(builtins, ("input",), "")
    # A thread started this way is no worker: it runs outside every view.
    _wrap(_thread, ("start_new_thread",), "_thread.")
    _wrap_ctypes()
    if _interleave.stepping():
        # The event loop's waits happen in a selector nobody steps, in real
        # time; on the logical clock of step mode (which only granted sleeps
        # move) its timers would never come due. Its own clock stays real.
        import asyncio.base_events
        import time
        asyncio.base_events.BaseEventLoop.time = lambda self: time.clock_gettime(time.CLOCK_MONOTONIC)
