"""Labels that say how they read their text: plain text unless the label carries markup.

A QLabel guesses (Qt's AutoText): a file or run name such as `<h1>BIG.keras` would render as
HTML. Every label of the window is made here, so none guesses; a rich label escapes the user's
or a file's text it shows (`html.escape`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as it is, whatever it contains."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label with markup: whatever text of a user or a file it shows must be escaped."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
