"""main.py on a Python without DigitLab's dependencies (a double-click on a fresh clone)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import run  # noqa: E402

BASE = Path(sys.base_prefix) / ("python.exe" if os.name == "nt" else "bin/python3")


def _lacks_pyside(python: Path) -> bool:
    probe = [str(python), "-c", "import importlib.util, sys; "
             "sys.exit(importlib.util.find_spec('PySide6') is not None)"]
    return python.exists() and subprocess.run(probe).returncode == 0


@pytest.mark.skipif(not _lacks_pyside(BASE) or not run.ready(""),
                    reason="needs a base Python without PySide6 and a set-up .venv")
def test_a_double_click_with_a_bare_python_sets_up_then_opens_the_app(tmp_path: Path) -> None:
    env = {**os.environ, "DIGITLAB_NO_TK": "1", "QT_QPA_PLATFORM": "offscreen",
           "DIGITLAB_HOME": str(tmp_path)}
    env.pop("VIRTUAL_ENV", None)
    shot = tmp_path / "window.png"
    result = subprocess.run([str(BASE), str(ROOT / "main.py"), "--screenshot", str(shot)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:4] == b"\x89PNG"


def test_a_relaunch_that_still_lacks_them_says_so(tmp_path: Path) -> None:
    import main

    env = dict(os.environ)
    os.environ["DIGITLAB_SET_UP"] = "1"
    try:
        assert main.set_up_and_relaunch([]) == 1
    finally:
        os.environ.clear()
        os.environ.update(env)


PAINT_AND_COUNT_POOLED_THREADS = """
import glob, os, sys
sys.path.insert(0, sys.argv[1])
import main  # noqa: F401 (sets the app's environment, as a double-click does)
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
target = QImage(300, 300, QImage.Format.Format_RGB32)
source = QImage(28, 28, QImage.Format.Format_Grayscale8)
for _ in range(5):
    painter = QPainter(target)
    painter.drawImage(QRectF(0, 0, 300, 300), source)  # Qt's pool splits a fill this tall
    painter.end()
print(sum("pooled" in open(t).read() for t in glob.glob(f"/proc/{os.getpid()}/task/*/comm")))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_app_paints_in_its_gui_thread_alone() -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-c", PAINT_AND_COUNT_POOLED_THREADS, str(ROOT)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[-1] == "0"  # no Qt thread-pool worker was started
