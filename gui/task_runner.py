"""TaskRunner: runs core's tasks (`core.tasks`) on a thread pool; the window hears their events
as Qt signals on the GUI thread.

The pool is Python's own (`concurrent.futures`): its threads keep one Python thread state for
their whole life, so Keras and h5py may run in them with no special care. Once a runner
exists, Python's garbage collection runs on the GUI thread only (`GarbageCollector`): a cycle
holding a Qt object, collected in a worker, froze the window. Each started task
gets a `TaskHandle` whose signals are the vocabulary's words: started, progressed, returned,
errored (the exception object), aborted. The training child process is the other executor;
its client is run here as a task, so the window hears training in the same words.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from core.store.plain import one_line
from core.tasks import StopFlag, run_task
from gui.garbage_collector import GarbageCollector


class TaskHandle(QObject):
    """One running task: its events as signals (delivered on the GUI thread), and `stop`."""

    started = Signal()
    progressed = Signal(object)
    returned = Signal(object)
    errored = Signal(object)  # the exception
    aborted = Signal()
    ended = Signal()  # after returned, errored or aborted

    def __init__(self, name: str, stop: StopFlag | None = None) -> None:
        super().__init__()
        self.name = name
        self.stop_flag: Any = stop if stop is not None else threading.Event()
        self.done = False

    def stop(self) -> None:
        """Ask the task to stop where it can (it decides; nothing is killed)."""
        self.stop_flag.set()

    # the Listener protocol, called from the pool's thread: each emits a queued signal
    def progress(self, value: Any) -> None:
        self.progressed.emit(value)

    def _started(self) -> None:
        self.started.emit()

    # `done` is set before the last word is sent: whoever hears it sees the task ended
    def _returned(self, value: Any) -> None:
        self.done = True
        self.returned.emit(value)

    def _errored(self, error: BaseException) -> None:
        self.done = True
        if not isinstance(error, Exception):
            raise error
        logging.getLogger("digitlab").info("task %s failed", self.name, exc_info=error)
        self.errored.emit(error)

    def _aborted(self) -> None:
        self.done = True
        self.aborted.emit()


class _Listener:
    """Adapts a handle to `core.tasks.Listener` (the handle's own names are its signals)."""

    def __init__(self, handle: TaskHandle) -> None:
        self.handle = handle
        self.progress = handle.progress
        self.started = handle._started
        self.returned = handle._returned
        self.errored = handle._errored
        self.aborted = handle._aborted


class TaskRunner(QObject):
    """The window's thread pool for tasks. `start(task, *args, ...)` returns its handle."""

    def __init__(self, workers: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        GarbageCollector.install()  # before any worker thread can allocate
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="digitlab-task")
        self._running: set[TaskHandle] = set()
        self._futures: set[Future[None]] = set()

    def start(self, task: Callable[..., Any], *args: Any,
              returned: Callable[[Any], None] | None = None,
              errored: Callable[[BaseException], None] | None = None,
              progressed: Callable[[Any], None] | None = None,
              stop: StopFlag | None = None, receiver: QObject | None = None) -> TaskHandle:
        """Run `task(report, stop, *args)` in the pool. The callbacks run on the GUI thread,
        and with a `receiver` only while it exists (a view may close before its task ends)."""
        handle = TaskHandle(getattr(task, "__name__", "task"), stop)
        for signal, callback in ((handle.returned, returned), (handle.errored, errored),
                                 (handle.progressed, progressed)):
            if callback is not None:
                signal.connect(_while_alive(receiver, callback) if receiver else callback)
        for signal in (handle.returned, handle.errored, handle.aborted):
            signal.connect(handle.ended)
        handle.ended.connect(lambda: self._ended(handle))
        self._running.add(handle)
        future = self._pool.submit(run_task, task, args, _Listener(handle), handle.stop_flag)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return handle

    def _ended(self, handle: TaskHandle) -> None:
        self._running.discard(handle)

    def running(self) -> int:
        """How many started tasks have not ended yet."""
        return len(self._running)

    def stop_all(self, timeout: float = 2.0) -> bool:
        """Ask every running task to stop and wait up to `timeout` s for them to end; True
        when they did (the pool stays ready for the next window)."""
        for handle in list(self._running):
            handle.stop()
        _, pending = wait(list(self._futures), timeout)
        return not pending


def _while_alive(receiver: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    def deliver(value: Any) -> None:
        if isValid(receiver):
            callback(value)
    return deliver


_shared: TaskRunner | None = None


def shared_runner() -> TaskRunner:
    """The application's one task runner (made on first use, like Qt's global thread pool)."""
    global _shared
    if _shared is None:
        _shared = TaskRunner()
    return _shared


def said(callback: Callable[[str], None]) -> Callable[[BaseException], None]:
    """An `errored` callback for a view that shows one line: the exception as a person reads
    it ("out of memory" for a MemoryError)."""
    def show(error: BaseException) -> None:
        callback(QCoreApplication.translate("TaskRunner", "out of memory")
                 if isinstance(error, MemoryError) else one_line(error))
    return show
