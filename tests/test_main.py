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
