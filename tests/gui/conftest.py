"""GUI fixtures: a small dataset file and a MainWindow with its own settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import save_npz
from PySide6.QtCore import QSettings

from core.data.datasets import MnistData


@pytest.fixture
def data_file(tmp_path: Path, small_data: MnistData) -> Path:
    return save_npz(tmp_path / "small.npz", small_data)


@pytest.fixture
def window(qtbot, tmp_path: Path, data_file: Path):  # noqa: ANN001, ANN201
    from gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, data_path=str(data_file))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.classifier is not None, timeout=20_000)  # read in a task
    yield win
    win.shutdown()


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    """The window's English translations (their plural forms: "1 epoch"), as at start-up."""
    from PySide6.QtCore import QTranslator

    from core import i18n

    translator = QTranslator()
    assert translator.load(str(i18n.FOLDER / "digitlab_en.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
