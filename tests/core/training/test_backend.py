import os
import sys
import threading

import pytest

from core.training.backend import yield_cpu_to_main_thread

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice")


@linux_only
def test_a_background_thread_gets_a_lower_priority_than_the_main_thread() -> None:
    seen: dict[str, int] = {}
    release = threading.Event()

    def background() -> None:
        seen["tid"] = threading.get_native_id()
        release.wait(5)

    thread = threading.Thread(target=background)
    thread.start()
    while "tid" not in seen:
        pass
    before = os.getpriority(os.PRIO_PROCESS, threading.main_thread().native_id)
    yield_cpu_to_main_thread(niceness=before + 5)
    try:
        assert os.getpriority(os.PRIO_PROCESS, seen["tid"]) == before + 5
        assert os.getpriority(os.PRIO_PROCESS, threading.main_thread().native_id) == before
    finally:
        release.set()
        thread.join()
