#!/usr/bin/env python3
"""DigitLab: double-click (or run with no arguments) to open the app; give a subcommand for the CLI.

    python main.py                 open the window (first: set up .venv if this Python lacks
                                   the dependencies, as run.py does)
    python main.py presets         list the teaching presets
    python main.py train ...       train and save a model (see --help)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

STARTED_AT = time.time()  # start-up timing falls back to this where /proc is missing
# One drawing is a 1-row matrix product: BLAS threads only add latency (and fight TensorFlow's
# training threads for the cores). Must be set before numpy is imported.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# Qt paints a fill taller than ~100 pixel rows (a scaled image, a gradient, a curve) in its GUI
# thread pool: every repaint then woke the other core, where training runs (a stroke's repaint
# 22 thread switches, a progress bar's 4, and 0.20 ms against 0.08 ms on one thread). Painting
# stays in the GUI thread. Read by Qt when it first paints.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))


NEEDED = ("numpy", "PySide6", "pyqtgraph")  # what the window cannot start without


def missing_dependencies() -> list[str]:
    import importlib.util

    return [name for name in NEEDED if importlib.util.find_spec(name) is None]


def set_up_and_relaunch(argv: list[str]) -> int:
    """This Python lacks DigitLab's dependencies (a double-click with the system Python on a
    fresh clone): set up `.venv` as `run.py` does, showing progress, then start from there."""
    import run

    if os.environ.get("DIGITLAB_SET_UP"):  # already relaunched: the environment is broken
        message = (f"error: {', '.join(missing_dependencies())} still missing after set-up; "
                   f"delete {run.VENV} and start again")
        if sys.stderr is not None:
            print(message, file=sys.stderr)
        return 1
    return run.launch_app(argv)


def main(argv: list[str] | None = None) -> int:
    """Open the app when there are no arguments (or only app options), else run the CLI."""
    argv = sys.argv[1:] if argv is None else argv
    if missing_dependencies():
        return set_up_and_relaunch(argv)
    if argv and not argv[0].startswith("-") or argv[:1] in (["--help"], ["-h"], ["--version"]):
        from core.cli.cli import main as cli_main

        return cli_main(argv, prog=Path(sys.argv[0]).name)
    try:
        from gui.app import main as gui_main
    except ImportError as exc:
        message = ("DigitLab's window is not available in this build "
                   f"({exc}); the command line works: python main.py --help")
        if sys.stderr is not None:
            print(f"error: {message}", file=sys.stderr)
        return 1
    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
