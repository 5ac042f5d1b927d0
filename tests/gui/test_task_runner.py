"""The window's executor: tasks run in the pool, their words arrive as signals."""

import threading
import time

from core.tasks import Aborted, plain
from gui.task_runner import TaskRunner


def test_a_task_returns_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    got: list = []
    runner.start(plain(lambda: threading.current_thread().name),
                 returned=lambda name: got.append((name, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got[0][0].startswith("digitlab-task") and got[0][1] is threading.main_thread()


def test_an_error_arrives_as_an_exception(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    errors: list = []
    runner.start(plain(int), "x", errored=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_stop_aborts_a_task_that_looks_at_its_flag(qtbot) -> None:  # noqa: ANN001
    def wait(report, stop) -> None:  # noqa: ANN001
        while not stop.is_set():
            time.sleep(0.005)
        raise Aborted

    runner = TaskRunner()
    handle = runner.start(wait)
    with qtbot.waitSignal(handle.aborted, timeout=5000):
        handle.stop()
    assert runner.stop_all(1.0) and runner.running() == 0
