# python/boot/interleave_manager.py — multiprocessing.Manager() on
# Interleave's runtime.
#
# Manager() hands out the runtime's own Queue, JoinableQueue, Lock, RLock and
# Event: arena objects every process reaches, which — unlike a plain
# multiprocessing Queue or Lock — may be passed to a Pool's tasks, as a
# Manager's proxies may: they pickle as their index in the run. Each call to
# them is a step and each wait an edge of the wait-for graph, like any other
# object's. Everything else a Manager makes (dict, list, Namespace, Value,
# Array, Condition, Semaphore, Barrier, Pool) comes from CPython's own
# manager server, started the first time one is asked for; its proxies talk
# to it through a socket, calls the runtime counts as not observed.
#
# Thread rules: called from Python threads holding the GIL; every
# _interleave call that may block releases it.
import _interleave
from interleave_processes import Event, JoinableQueue, Lock, Queue, RLock

def _queue_from(cls, id, maxsize, name):
    q = cls.__new__(cls)
    q._maxsize, q._closed = maxsize, False
    q._q = _interleave.Queue()
    q._q._attach(id, maxsize, name)
    q._room = q._q._room()
    return q


class ManagedQueue(Queue):
    """Manager().Queue(): passes to other processes by its index in the run."""

    def __reduce__(self):
        return _queue_from, (type(self), self._q._id(), self._maxsize, self._q.name)


class ManagedJoinableQueue(ManagedQueue, JoinableQueue):
    """Manager().JoinableQueue()"""
    _kind = "JoinableQueue"


def _lock_from(cls, id, name):
    return cls._attach(id, name)


class ManagedLock(Lock):
    """Manager().Lock(): threading.Lock's spelling, passed by index."""
    __slots__ = ()

    def __reduce__(self):
        return _lock_from, (type(self), self._id(), self.name)


class ManagedRLock(RLock):
    """Manager().RLock()"""
    __slots__ = ()

    def __reduce__(self):
        return _lock_from, (type(self), self._id(), self.name)


def _event_from(cls, id, name):
    e = cls.__new__(cls)
    e.name = name
    e._e = _interleave.Event.attach(id)
    return e


class ManagedEvent(Event):
    """Manager().Event()"""

    def __reduce__(self):
        return _event_from, (type(self), self._e.id(), self.name)


class SyncManager:
    """multiprocessing.Manager()'s SyncManager (see above)."""

    def __init__(self, address=None, authkey=None, serializer="pickle", ctx=None, *, shutdown_timeout=1.0):
        self._args = (address, authkey, serializer, ctx)
        self._server = None

    def start(self, initializer=None, initargs=()):
        self._init = (initializer, initargs)

    def _real(self):
        if self._server is None:
            self._server = _CPYTHON_MANAGER(*self._args)
            self._server.start(*getattr(self, "_init", (None, ())))
        return self._server

    def shutdown(self):
        if self._server is not None:
            self._server.shutdown()

    def join(self, timeout=None):
        if self._server is not None:
            self._server.join(timeout)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def Queue(self, maxsize=0):
        return ManagedQueue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return ManagedJoinableQueue(maxsize)

    def Lock(self):
        return ManagedLock()

    def RLock(self):
        return ManagedRLock()

    def Event(self):
        return ManagedEvent()

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._real(), name)


_CPYTHON_MANAGER = None


def install():
    import multiprocessing.managers as managers
    global _CPYTHON_MANAGER
    _CPYTHON_MANAGER = managers.SyncManager
    managers.SyncManager = SyncManager
