import gc
import threading

from gui.garbage_collector import GarbageCollector


class Node:
    """A cycle's member that says which thread destroyed it."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_a_cycle_dropped_in_a_worker_is_collected_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    assert GarbageCollector.install() is not None
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


def test_off_the_gui_thread_nothing_is_installed(qapp) -> None:  # noqa: ANN001
    installed: list[object] = []
    was_enabled = gc.isenabled()
    worker = threading.Thread(target=lambda: installed.append(GarbageCollector.install()))
    worker.start()
    worker.join()
    assert installed == [None] and gc.isenabled() == was_enabled
