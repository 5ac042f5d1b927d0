"""No label reads a file's or a user's text as HTML."""

import shutil
from pathlib import Path

from helpers import open_in_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.labels import plain_label, rich_label

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '<h1 style="color:red">BIG'


def test_a_plain_label_never_guesses_html(qtbot) -> None:  # noqa: ANN001
    label = plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert rich_label().textFormat() == Qt.TextFormat.RichText


def test_an_opened_files_name_shows_as_text_in_every_label(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / f"{HOSTILE}.keras"
    shutil.copy(ROOT / "resources/models/presets/assignment-1.keras", path)
    assert open_in_window(window, qtbot, str(path))
    showing = [label for label in window.findChildren(QLabel) if "BIG" in label.text()]
    assert showing
    for label in showing:
        assert label.textFormat() != Qt.TextFormat.AutoText
        assert label.textFormat() == Qt.TextFormat.PlainText or "<h1" not in label.text()
