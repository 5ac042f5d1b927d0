"""Start DigitLab's window: QApplication, icon, settings, language, theme for the plots, main().

Text said before the window exists (a lab file not used, a failed start) is translated in the
context "DigitLab" with QCoreApplication.translate, once `gui.translation` has installed the
translators.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from core.store import app_paths
from core.store.cleanup import remove_stale_temp_files
from core.store.log_file import log_to_file

STARTED = time.perf_counter()
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ORGANISATION = "DigitLab"
APPLICATION = "DigitLab"


def _configure_logging() -> Path:
    """Log to a file in the data folder (under pythonw there is no console at all)."""
    log_dir = app_paths.data_dir()
    log_path = log_dir / "digitlab.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # then the file cannot be opened either, and nothing is logged
    log_to_file(log_path)
    return log_path


def _install_excepthook(log_path: Path) -> None:
    """Unexpected errors go to the log and to a dialog naming it, instead of vanishing."""
    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        logging.getLogger("digitlab").error("unexpected error", exc_info=(kind, value, tb))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None and QApplication.platformName() != "offscreen":
            QMessageBox.critical(None, "DigitLab", QApplication.translate(
                "DigitLab", "Something went wrong: {0}\n\nYour work is kept. Details are in {1}"
            ).format(value, log_path))
    sys.excepthook = hook


def start_window(args: argparse.Namespace, settings: object) -> Any:
    """The one start-up rule: remove interrupted saves' leftovers, read every user file
    defensively (a bad one is set aside and named in the window's notice), then the window,
    with the model given by --model when it can be used."""
    from gui.main_window import MainWindow

    lab, notices = _read_lab(args.lab)
    removed = remove_stale_temp_files()
    if removed:
        logging.getLogger("digitlab").info("removed %d stale temporary files", len(removed))
    window = MainWindow(settings, data_path=args.data, lab=lab, notices=notices)
    if args.model:
        window.files.open_model(args.model)
    return window


def _read_lab(explicit: str | None) -> tuple[object, list[str]]:
    """The lab file, or None and why not; a bad one in the config folder is set aside."""
    from PySide6.QtCore import QCoreApplication

    from core.store.atomic import set_aside
    from core.training.lab import LabError, find_lab

    try:
        return find_lab(explicit), []
    except LabError as exc:
        logging.getLogger("digitlab").warning("lab file: %s", exc)
        note = QCoreApplication.translate("DigitLab", "Lab file not used: {0}").format(exc)
        if exc.path is not None and exc.path.parent == app_paths.config_dir():
            moved = set_aside(exc.path, "damaged")
            note += QCoreApplication.translate("DigitLab", " (moved to {0})").format(
                moved) if moved else ""
        return None, [note]


def _cannot_start(exc: BaseException, log_path: Path) -> None:
    """One line on the console and, with a screen, a dialog naming the log."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    text = QApplication.translate("DigitLab", "DigitLab could not start: {0}. Details are in "
                                  "{1}").format(" ".join(str(exc).split())[:300], log_path)
    print(text, file=sys.stderr, flush=True)

    if QApplication.instance() is not None and QApplication.platformName() not in (
            "offscreen", "minimal"):
        QMessageBox.critical(None, "DigitLab", text)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="digitlab", description="Open DigitLab's window.")
    parser.add_argument("--data", help="MNIST .npz or folder of IDX files")
    parser.add_argument("--model", help="open this .keras model at start")
    parser.add_argument("--lab", help="a teacher's lab file (digitlab-lab.toml)")
    parser.add_argument("--screenshot", help="save a PNG of the window after start and quit")
    parser.add_argument("--startup-probe", action="store_true",
                        help="start offscreen, draw a digit, print start-up times as JSON, quit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Open the window; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.startup_probe:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_path = _configure_logging()
    _install_excepthook(log_path)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setDesktopFileName("digitlab")  # matches digitlab.desktop (icon on Wayland)
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(RESOURCES / "icons" / f"digitlab-{size}.png"))
    app.setWindowIcon(icon)

    settings = (QSettings(str(app_paths.data_dir() / "probe-settings.ini"),
                          QSettings.Format.IniFormat) if args.startup_probe else QSettings())
    from gui.translation import install_translations

    install_translations(app, settings)  # before any text of the window is made
    try:
        window = start_window(args, settings)
    except Exception as exc:  # the last resort: say so, never a silent exit 1
        logging.getLogger("digitlab").exception("the window could not start")
        _cannot_start(exc, log_path)
        return 1
    if args.startup_probe:
        from gui.startup_probe import StartupProbe

        StartupProbe(window)
    window.show()
    if not args.startup_probe:
        QTimer.singleShot(1500, window.check_tensorflow)  # after the first answer, not before
    logging.getLogger("digitlab").info("window shown after %.0f ms",
                                       (time.perf_counter() - STARTED) * 1000)
    if args.screenshot:
        def shoot() -> None:
            window.grab().save(args.screenshot, "PNG")
            window.close()

        QTimer.singleShot(800, shoot)
    status = app.exec()
    logging.getLogger("digitlab").info("exit %s (log: %s)", status, log_path)
    if not getattr(window, "closed_cleanly", True):
        # the worker is inside an uninterruptible call (e.g. TensorFlow's import); leaving
        # now is safe (settings are saved) and avoids Qt aborting on a running QThread
        logging.getLogger("digitlab").warning("training thread still busy at exit")
        os._exit(int(status))
    return int(status)
