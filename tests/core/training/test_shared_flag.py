import multiprocessing
import os
import signal
import sys
import threading
import time

import pytest
from helpers import poll_flag_forever, set_flag

from core.training.shared_flag import SharedFlag

SPAWN = multiprocessing.get_context("spawn")


def test_a_flag_set_in_the_child_is_set_in_the_parent() -> None:
    flag = SharedFlag(SPAWN)
    child = SPAWN.Process(target=set_flag, args=(flag,))
    child.start()
    child.join(60)
    assert flag.is_set()
    flag.clear()
    assert not flag.is_set()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_child_killed_while_reading_leaves_the_flag_usable() -> None:
    """A multiprocessing.Event hangs the parent's clear() in about 1 kill in 5 here."""
    flag = SharedFlag(SPAWN)
    for _ in range(8):
        child = SPAWN.Process(target=poll_flag_forever, args=(flag,), daemon=True)
        child.start()
        time.sleep(0.3)
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        clearing = threading.Thread(target=flag.clear, daemon=True)
        clearing.start()
        clearing.join(5)
        assert not clearing.is_alive(), "clear() waits on a lock the killed child held"
        flag.set()
