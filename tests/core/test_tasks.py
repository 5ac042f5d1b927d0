"""One vocabulary for long work: a plain function, a reporter, a stop flag, five words."""

import threading

from core.tasks import Aborted, plain, run_task


class Heard:
    def __init__(self) -> None:
        self.words: list[tuple] = []

    def started(self) -> None:
        self.words.append(("started",))

    def progress(self, value: object) -> None:
        self.words.append(("progress", value))

    def returned(self, value: object) -> None:
        self.words.append(("returned", value))

    def errored(self, error: BaseException) -> None:
        self.words.append(("errored", error))

    def aborted(self) -> None:
        self.words.append(("aborted",))


def count(report, stop, upto: int) -> int:  # noqa: ANN001
    for i in range(upto):
        if stop.is_set():
            raise Aborted
        report(i)
    return upto


def test_a_task_reports_then_returns() -> None:
    heard = Heard()
    run_task(count, (2,), heard, threading.Event())
    assert heard.words == [("started",), ("progress", 0), ("progress", 1), ("returned", 2)]


def test_a_stopped_task_is_aborted() -> None:
    heard, stop = Heard(), threading.Event()
    stop.set()
    run_task(count, (5,), heard, stop)
    assert heard.words == [("started",), ("aborted",)]


def test_an_error_arrives_as_the_exception_object() -> None:
    heard = Heard()
    run_task(plain(int), ("x",), heard, threading.Event())
    assert heard.words[-1][0] == "errored" and isinstance(heard.words[-1][1], ValueError)
