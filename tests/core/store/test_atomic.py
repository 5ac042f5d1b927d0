import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core.store import atomic

ROOT = Path(__file__).resolve().parents[3]

SLOW_SAVE = r"""
import sys, time
sys.path[:0] = [sys.argv[1]]
from core.store import atomic

def write(tmp):
    with open(tmp, "wb") as handle:
        for _ in range(1000):
            handle.write(b"new" * 100_000)
            handle.flush()
            print("writing", flush=True)
            time.sleep(0.01)

atomic.write_with(sys.argv[2], write)
"""


def test_kill_9_during_a_save_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "model.keras"
    target.write_bytes(b"the student's model")
    child = subprocess.Popen([sys.executable, "-c", SLOW_SAVE, str(ROOT), str(target)],
                             stdout=subprocess.PIPE, text=True)
    for _ in range(5):
        child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert target.read_bytes() == b"the student's model"


def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("earlier")

    def full(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(atomic.AtomicWriteError, match="No space left.*unchanged"):
        atomic.write_with(target, full)
    assert target.read_text() == "earlier" and os.listdir(tmp_path) == ["report.html"]


def test_a_240_character_name_gets_a_short_temporary_name(tmp_path: Path) -> None:
    target = tmp_path / ("r" * 240 + ".html")
    assert atomic.write_text(target, "ok").read_text() == "ok"
    assert len(atomic.temp_path_for(target).name) < 100


def test_new_files_get_the_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        path = atomic.write_text(tmp_path / "x.csv", "a,b")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_damaged_file_is_set_aside_under_a_new_name_each_time(tmp_path: Path) -> None:
    for text in ("one", "two"):
        (tmp_path / "runs.json").write_text(text)
        atomic.set_aside(tmp_path / "runs.json", "damaged")
    assert sorted(p.read_text() for p in tmp_path.iterdir()) == ["one", "two"]
