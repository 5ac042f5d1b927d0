"""BackgroundTask: run a plain function in Qt's thread pool and get its result by signal.

For numpy work that would stall the window (evaluating 10,000 test images with a large
network). Only the function's return value, plain data, comes back to the GUI thread.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from core.store.plain import one_line

_pinned = threading.local()


def keep_python_thread_state() -> None:
    """Give the calling Qt thread one Python thread state for its whole life (idempotent).

    PySide6 creates a Python thread state for each slot call in a Qt thread and deletes it
    afterwards. pybind11 (TensorFlow's bindings), first used in this thread, remembers the
    first state; when a later slot's state lands at another address, TensorFlow waits for a
    GIL that its own thread holds and the window freezes for good (seen on the second training
    when Keras ran in a Qt thread; pool threads may still read a model file with Keras). One
    extra PyGILState_Ensure, never released, keeps the first state alive, so every slot call
    in this thread runs with it.
    """
    if not getattr(_pinned, "done", False):
        ctypes.pythonapi.PyGILState_Ensure()
        _pinned.done = True


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundTask(QRunnable):
    """`BackgroundTask(fn, *args).start(on_finished, on_failed)`. A running task keeps itself
    referenced, so it may outlive the widget that started it."""

    _running: set[BackgroundTask] = set()

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._function = function
        self._args = args
        self.relay = _Relay()

    def start(self, on_finished: Callable[[Any], None], on_failed: Callable[[str], None],
              receiver: QObject | None = None) -> None:
        """Call `on_finished(result)` or `on_failed(message)` on the GUI thread when done; with
        a `receiver`, only while it exists (a view may close before its task ends)."""
        if receiver is not None:
            on_finished, on_failed = _while_alive(receiver, on_finished), _while_alive(
                receiver, on_failed)
        self.relay.finished.connect(on_finished)
        self.relay.failed.connect(on_failed)
        BackgroundTask._running.add(self)
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self._function(*self._args)
        except MemoryError:
            self.relay.failed.emit(QCoreApplication.translate("BackgroundTask", "out of memory"))
        except Exception as exc:  # reaches the user as one line; the window keeps running
            logging.getLogger("digitlab").exception("background task failed")
            self.relay.failed.emit(one_line(exc))
        else:
            self.relay.finished.emit(result)
        finally:
            BackgroundTask._running.discard(self)


def _while_alive(receiver: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    def deliver(value: Any) -> None:
        if isValid(receiver):
            callback(value)
    return deliver
