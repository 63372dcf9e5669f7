# python/boot/interleave_processes.py — multiprocessing on Interleave's
# runtime, for the fork start method (Linux's default in 3.11): every process
# a program starts is a process worker named as CPython names it
# ("Process-1"), and the objects processes share — Lock, RLock, Semaphore,
# BoundedSemaphore, Event, Condition (and so Barrier), Queue, JoinableQueue,
# SimpleQueue, Pipe — are core objects in the run's arena, which every
# fork()ed process maps: each call is a step, each wait an edge of the
# wait-for graph, across processes. Pool is interleave_pool.py's, Manager
# interleave_manager.py's.
#
# What crosses between processes crosses pickled, as in CPython: a queue's
# cell holds the pickle (python/queue_type.cpp, policy "shared"); one too big
# for a cell is spilled to a file in the run's spool directory, which the
# getter reads and removes (the run's observer removes what is left).
#
# CPython's own classes are kept wherever they only build on these: Process
# and its bootstrap, Barrier, Value and Array (shared memory guarded by our
# RLock), active_children, parent_process. Only the fork start method is
# offered: asking for 'spawn' or 'forkserver' ends the program with a message.
#
# Thread rules: called from Python threads holding the GIL; every
# _interleave call that may block releases it.
import itertools
import os
import pickle
import queue as _std_queue
import select
import sys
import weakref

import _interleave
import interleave_objects as _objects


def _name(kind):
    """The object's name, read at the program's call (`lock = mp.Lock()` ->
    lock) through multiprocessing's own frames (context.Lock …)."""
    depth, f = 1, sys._getframe(1)
    while f is not None and f.f_code.co_filename != _objects.PROGRAM:
        f, depth = f.f_back, depth + 1
    return _objects._name_for(kind, depth + 1 if f is not None else 2)


def _inherit_only(obj):
    """What CPython's objects say when pickled for a Pool task or a queue."""
    raise RuntimeError("%s objects should only be shared between processes through inheritance"
                       % type(obj).__name__)


# ------------------------------------------------------------ payloads ---

_SPILLED = b"\x01"
_INLINE = b"\x00"
_spill_names = itertools.count(1)


def _spool():
    """The run's own directory (the observer removes it when the run ends)."""
    import tempfile
    return os.environ.get("INTERLEAVE_RUN_DIR") or tempfile.gettempdir()


def dumps(obj):
    """The pickle multiprocessing would send: pickle's fast path, or the
    ForkingPickler (its reducers for connections, sockets …) when that fails."""
    try:
        return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
    except Exception:
        from multiprocessing.reduction import ForkingPickler
        return bytes(ForkingPickler.dumps(obj))


def pack(obj, room):
    """obj as a payload of at most `room` bytes: its pickle, or the name of
    the spool file holding it."""
    return pack_bytes(dumps(obj), room)


def pack_bytes(data, room):
    """Bytes as a payload of at most `room` bytes (see pack)."""
    if len(data) < room:
        return _INLINE + data
    path = os.path.join(_spool(), "%d-%d" % (os.getpid(), next(_spill_names)))
    with open(path, "wb") as f:
        f.write(data)
    return _SPILLED + path.encode()


def unpack_bytes(payload):
    """The bytes pack_bytes was given (a spool file is read and removed)."""
    if payload[:1] == _INLINE:
        return memoryview(payload)[1:]
    path = bytes(payload[1:]).decode()
    with open(path, "rb") as f:
        data = f.read()
    os.unlink(path)
    return data


def unpack(payload):
    return pickle.loads(unpack_bytes(payload))


# ------------------------------------------------------------ processes ---

class Popen:
    """multiprocessing.popen_fork.Popen on the runtime: the child is a process
    worker named as the Process is; poll/wait reap through the runtime (a
    zombie until then), terminate/kill are steps on the child's worker."""
    method = "fork"

    def __init__(self, process_obj):
        from multiprocessing import util
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def _reaped(self, answer):
        pid, status = answer
        if pid == self.pid:
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                return self._reaped(_interleave.waitpid(self.pid, not flag & os.WNOHANG))
            except OSError:
                return None
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is None:
                return self.poll(0)
            return self._reaped(_interleave.waitpid(self.pid, True, max(float(timeout), 0.0)))
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                _interleave.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        import signal
        self._send_signal(signal.SIGTERM)

    def kill(self):
        import signal
        self._send_signal(signal.SIGKILL)

    def _launch(self, process_obj):
        from multiprocessing import util
        code = 1
        parent_r, child_w = os.pipe()   # the sentinels, as CPython's: each end
        child_r, parent_w = os.pipe()   # reads as ready once the other process ends
        self.pid = _interleave.fork(process_obj.name, True, bool(process_obj.daemon))
        if self.pid == 0:
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        else:
            os.close(child_w)
            os.close(child_r)
            self.finalizer = util.Finalize(self, util.close_fds, (parent_r, parent_w))
            self.sentinel = parent_r

    def close(self):
        if self.finalizer is not None:
            self.finalizer()


# ----------------------------------------------------- synchronization ---
# multiprocessing's primitives keep their own spellings (acquire(block,
# timeout=None), a negative timeout as 0, ValueError for a release too many)
# over the same core objects as threading's.

def _timeout(timeout):
    return -1 if timeout is None else max(float(timeout), 0.0)


class _SharedLock:
    """What multiprocessing's Lock and RLock add to threading's (they are the
    same core objects, shared by every process forked after them): the ctx
    keyword, acquire(block, timeout=None) with a negative timeout as 0, the
    error a release not allowed raises, and no pickling (shared by
    inheritance only)."""
    __slots__ = ()
    _release_error = (ValueError, "")

    def __new__(cls, *, ctx=None):
        self = super().__new__(cls, _name(cls._kind))
        self._share()
        return self

    def __init__(self, *, ctx=None):
        pass

    def acquire(self, block=True, timeout=None):
        if not block:
            return super().acquire(False)
        return super().acquire(True, _timeout(timeout))

    def release(self):
        try:
            super().release()
        except RuntimeError:
            kind, message = self._release_error
            raise kind(message) from None

    __reduce__ = _inherit_only


class Lock(_SharedLock, _objects.Lock):
    """multiprocessing.Lock"""
    __slots__ = ()
    _kind = "Lock"          # what an unbound one is called: Lock@line 12
    _release_error = (ValueError, "semaphore or lock released too many times")


class RLock(_SharedLock, _objects.RLock):
    """multiprocessing.RLock"""
    __slots__ = ()
    _kind = "RLock"
    _release_error = (AssertionError, "attempt to release recursive lock not owned by thread")


class Semaphore(_objects.Semaphore):
    """multiprocessing.Semaphore: a core Semaphore, shared across fork."""

    def __init__(self, value=1, *, ctx=None):
        super().__init__(value, _name(type(self).__name__))

    def acquire(self, block=True, timeout=None):
        if not block:
            return self._s.acquire(False, None)
        return self._s.acquire(True, None if timeout is None else max(float(timeout), 0.0))

    __enter__ = acquire

    def release(self):
        try:
            self._s.release(1)
        except ValueError:
            raise ValueError("semaphore or lock released too many times") from None

    def get_value(self):
        return self._s.value()

    __reduce__ = _inherit_only


class BoundedSemaphore(Semaphore):
    """multiprocessing.BoundedSemaphore: releasing past the initial value raises ValueError."""
    _core = _interleave.BoundedSemaphore


class Event(_objects.Event):
    """multiprocessing.Event: a core Event, shared across fork."""

    def __init__(self, *, ctx=None):
        super().__init__(_name("Event"))

    __reduce__ = _inherit_only


class Condition(_objects.Condition):
    """multiprocessing.Condition over a multiprocessing Lock or RLock (an RLock by default)."""

    def __init__(self, lock=None, *, ctx=None):
        name = _name("Condition")
        super().__init__(lock if lock is not None else RLock(), name)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def __enter__(self):
        return self._lock.acquire()

    __reduce__ = _inherit_only


# --------------------------------------------------------------- queues ---

class Queue:
    """multiprocessing.Queue: a core queue whose cells hold each item pickled,
    so a put in one process is a get in another; put pickles at once (there
    is no feeder thread), so an unpicklable item raises in put()."""

    _kind = "Queue"         # what an unbound one is called: Queue@line 12

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize if maxsize > 0 else 0
        self._closed = False
        self._q = _interleave.Queue()
        self._q._create(self._maxsize, _name(self._kind), 3)
        self._room = self._q._room()

    def _check_closed(self):
        if self._closed:
            raise ValueError("Queue %s is closed" % (self,))

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._q._put_packed(obj, pack(obj, self._room), block, None if timeout is None else max(timeout, 0))

    def get(self, block=True, timeout=None):
        self._check_closed()
        return unpack(self._q._get_packed(block, None if timeout is None else max(timeout, 0)))

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass   # no feeder thread: every put is already in the queue

    def cancel_join_thread(self):
        pass

    def __repr__(self):
        return "<%s object %s>" % (type(self).__name__, self._q.name)

    __reduce__ = _inherit_only


class JoinableQueue(Queue):
    """multiprocessing.JoinableQueue: task_done() and join() over the core queue's count."""
    _kind = "JoinableQueue"

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue(Queue):
    """multiprocessing.SimpleQueue: unbounded; get, put, empty, close."""
    _kind = "SimpleQueue"

    def __init__(self, *, ctx=None):
        super().__init__(0, ctx=ctx)


# ---------------------------------------------------------------- Pipe ---

_EOF = b"\x02"          # a payload no pickle starts with: "every sender is gone"
_open = weakref.WeakSet()  # this process's connections not closed yet


def _hung_up(fd):
    """True when every write end of the liveness pipe `fd` reads is closed:
    the kernel counts the copies each fork made, and closes a killed
    process's. (select.poll is not one of the calls marked unobserved.)"""
    p = select.poll()
    p.register(fd, select.POLLIN)
    return any(events & (select.POLLHUP | select.POLLIN) for _, events in p.poll(0))


def close_connections():
    """At a process's end (os._exit, the program's last line): its ends are
    closed, as the kernel closes a process's file descriptors, so a reader
    whose last sender this was gets EOFError."""
    for c in list(_open):
        try:
            c.close()
        except Exception:
            pass


class Connection:
    """One end of a Pipe: send() pickles into the other end's inbox (a core
    shared queue), recv() takes from its own. poll() looks by taking the next
    item early and keeping it for recv().

    End of file as CPython's pipes have it (recv() raises EOFError once the
    pipe is empty and every copy of the sending end is closed, the copies
    fork made included — the lesson "close the end you do not use"): each
    direction has an OS pipe that carries nothing but liveness. The sending
    end holds its write end (`_keep`, with a probe of its read end), the
    receiving end its read end (`_hear`). The copy that closes last sees the
    probe hang up and puts an end-of-file token after the last item; a
    reader that finds the queue empty and its liveness pipe hung up (a
    sender killed before it could close) gets EOFError at once."""

    def __init__(self, inbox, outbox, hear=None, keep=None):
        self._in, self._out = inbox, outbox
        self._hear, self._keep = hear, keep
        self._early = None
        self._closed = False
        self._eof = False
        _open.add(self)

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._in is not None

    @property
    def writable(self):
        return self._out is not None

    def _check(self, inbox):
        if self._closed:
            raise OSError("handle is closed")
        if (self._in if inbox else self._out) is None:
            raise OSError("connection is write-only" if inbox else "connection is read-only")

    def send(self, obj):
        self._check(False)
        self._out._put_packed(obj, pack(obj, self._out._room()), True, None)

    def send_bytes(self, buf, offset=0, size=None):
        m = memoryview(buf).cast("B")
        if offset < 0 or offset > len(m):
            raise ValueError("offset is negative or too big")
        if size is None:
            size = len(m) - offset
        if size < 0 or offset + size > len(m):
            raise ValueError("size is negative or too big")
        self.send(bytes(m[offset:offset + size]))

    def _next(self, block, timeout):
        """The next payload; EOFError at the end (see the class)."""
        if self._eof:
            raise EOFError
        ended = self._hear is not None and _hung_up(self._hear)
        try:                            # once ended, nothing more can come: what is there, or the end
            payload = self._in._get_packed(block and not ended, timeout)
        except _std_queue.Empty:
            if not ended:
                raise
            self._eof = True
            raise EOFError from None
        if payload[:1] == _EOF:
            self._eof = True
            raise EOFError
        return payload

    def recv(self):
        self._check(True)
        if self._early is not None:
            payload, self._early = self._early, None
        else:
            payload = self._next(True, None)
        return unpack(payload)

    def recv_bytes(self, maxlength=None):
        data = self.recv()
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        self._check(True)
        if self._early is not None or self._eof:
            return True
        try:
            self._early = self._next(timeout is None or timeout > 0, timeout)
        except _std_queue.Empty:
            return False
        except EOFError:
            return True                 # as CPython's: readable, and recv() says EOFError
        return True

    def close(self):
        if self._closed:
            return
        self._closed = True
        _open.discard(self)
        hear, keep, self._hear, self._keep = self._hear, self._keep, None, None
        if hear is not None:
            os.close(hear)
        if keep is not None:
            write_end, probe = keep
            os.close(write_end)
            try:
                if _hung_up(probe):     # the last copy of this sending end
                    self._out._put_packed("end of file", _EOF, True, None)
            finally:
                os.close(probe)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def fileno(self):
        raise OSError("an Interleave pipe has no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    __reduce__ = _inherit_only


def Pipe(duplex=True):
    """multiprocessing.Pipe: two connections over one or two core shared
    queues, each direction with its liveness pipe (see Connection)."""
    name = _name("Pipe")

    def channel(label):
        q = _interleave.Queue()
        q._create(0, "%s %s" % (name, label), 3)
        r, w = os.pipe()
        return q, r, (w, os.dup(r))

    if duplex:
        (a, a_hear, a_keep), (b, b_hear, b_keep) = channel("1→2"), channel("2→1")
        return Connection(b, a, b_hear, a_keep), Connection(a, b, a_hear, b_keep)
    q, hear, keep = channel("→")
    return Connection(q, None, hear, None), Connection(None, q, None, keep)


# ------------------------------------------------------------- install ---

def _refuse(method):
    if method is not None and method != "fork":
        sys.stderr.write(_interleave.tr(
            "interleave: this runtime starts processes by fork (Linux's default for multiprocessing); "
            "the start method {method} is not offered here. Leave set_start_method() out: the program "
            "behaves the same with fork.\n").replace("{method}", repr(method)))
        raise SystemExit(1)


def install():
    """Puts the classes above behind multiprocessing (its context methods
    import them from these modules at each call, so patching the modules is
    enough)."""
    import multiprocessing.connection as connection
    import multiprocessing.context as context
    import multiprocessing.popen_fork as popen_fork
    import multiprocessing.queues as queues
    import multiprocessing.synchronize as synchronize
    popen_fork.Popen = Popen
    for cls in (Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition):
        setattr(synchronize, cls.__name__, cls)
    queues.Queue, queues.JoinableQueue, queues.SimpleQueue = Queue, JoinableQueue, SimpleQueue
    connection.Pipe = Pipe
    import interleave_manager
    interleave_manager.install()
    import interleave_pool
    interleave_pool.install()
    import interleave_futures
    interleave_futures.install()

    base_get, default_get = context.BaseContext.get_context, context.DefaultContext.get_context
    default_set = context.DefaultContext.set_start_method

    def get_context_base(self, method=None):
        _refuse(method)
        return base_get(self, method)

    def get_context_default(self, method=None):
        _refuse(method)
        return default_get(self, method)

    def set_start_method(self, method, force=False):
        _refuse(method)
        return default_set(self, method, force)

    context.BaseContext.get_context = get_context_base
    context.DefaultContext.get_context = get_context_default
    context.DefaultContext.set_start_method = set_start_method
