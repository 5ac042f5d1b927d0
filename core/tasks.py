"""One vocabulary for long work, with no Qt.

A task is a plain function `task(report, stop, *args) -> result`: it calls `report(value)`
with progress as it goes (plain data), looks at `stop.is_set()` where it can stop, and returns
its result or raises. Whoever runs it tells a listener what happened, in these words only:
started, progress(value), returned(result), errored(exception), aborted. A task that stops on
request raises `Aborted`.

Two executors speak it: the window's thread pool (`gui.task_runner`), for numpy, file and
database work, and the training child process (`core.training.training_process`), whose one
reader of the pipe turns the child's messages into these same events. Only plain data (and
exception objects, rebuilt on this side of a process boundary) crosses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

Report = Callable[[Any], None]


class Aborted(Exception):  # noqa: N818 (the vocabulary's word)
    """Raised by a task that stopped because its stop flag was set."""


class StopFlag(Protocol):
    def is_set(self) -> bool: ...


class Listener(Protocol):
    """What a task's runner tells: each method at most once, but progress, in this order:
    started, progress…, then one of returned, errored, aborted."""

    def started(self) -> None: ...
    def progress(self, value: Any) -> None: ...
    def returned(self, value: Any) -> None: ...
    def errored(self, error: BaseException) -> None: ...
    def aborted(self) -> None: ...


def plain(function: Callable[..., Any]) -> Callable[..., Any]:
    """A function that neither reports nor stops, as a task (e.g. reading a model file)."""
    def task(_report: Report, _stop: StopFlag, *args: Any) -> Any:
        return function(*args)

    task.__name__ = getattr(function, "__name__", "task")
    return task


def run_task(task: Callable[..., Any], args: tuple[Any, ...], listener: Listener,
             stop: StopFlag) -> None:
    """Run `task(report, stop, *args)` here and now, telling `listener` what happens."""
    listener.started()
    try:
        result = task(listener.progress, stop, *args)
    except Aborted:
        listener.aborted()
    except BaseException as exc:  # noqa: BLE001 (the listener decides what an error means)
        listener.errored(exc)
    else:
        listener.returned(result)
