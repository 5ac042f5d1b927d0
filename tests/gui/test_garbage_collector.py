import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from gui.garbage_collector import GarbageCollector


@pytest.fixture
def collector(qapp) -> Iterator[GarbageCollector]:  # noqa: ANN001
    was_enabled = gc.isenabled()
    owner = QObject()
    yield GarbageCollector(owner, interval_ms=20)
    owner.deleteLater()
    if was_enabled:
        gc.enable()


class Node:
    """A cycle's member that says which thread destroyed it."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_a_cycle_dropped_in_a_worker_is_collected_on_the_gui_thread(
        collector: GarbageCollector, qtbot) -> None:  # noqa: ANN001
    seen: list[str] = []
    kept: list[object] = []

    def work() -> None:
        Node(seen)
        kept.extend([] for _ in range(50_000))  # past every threshold: Python collects here

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert seen == []
    qtbot.waitUntil(lambda: seen == [threading.main_thread().name], timeout=3000)
