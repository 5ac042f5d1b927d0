"""NoticeBar: what happened at start-up that the student should know, until dismissed; and
LabBanner, a teacher's lab file's title and instructions.

For example: "runs.json could not be read (…); it was moved to runs.damaged-20261123-….json".
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.labels import rich_label


class NoticeBar(QWidget):
    """A framed line per notice and a Dismiss button; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = rich_label()
        self.label.setAccessibleName("Notice")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("QLabel { border: 1px solid #c98a00; border-radius: 4px; "
                                 "background: #fff6db; color: #3d2c00; padding: 4px; }")
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notices(self, notices: list[str]) -> None:
        if notices:
            self.label.setText("<br>".join(escape(n) for n in notices))
            self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class LabBanner(QLabel):
    """The lab file's title in bold and its instructions, framed; hidden without either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
                           "padding: 6px; }")
        self.hide()

    def show_lab(self, title: str, instructions: str) -> None:
        if title or instructions:
            self.setText(f"<b>{escape(title)}</b><br>"
                         f"{escape(instructions).replace(chr(10), '<br>')}")
            self.show()
