"""AnswerView: the network's answer as one big digit (or "?") with a line under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.drawing.answer import Answer, Verdict, verdict
from gui.labels import plain_label


class AnswerView(QWidget):
    """"7" and "93 % sure", or "?" and "not sure — 4 or 9?"; "–" with a hint when empty."""

    def __init__(self, point_size: int = 44, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._answer = plain_label("–")
        font = QFont(self.font())
        font.setPointSize(point_size)
        font.setBold(True)
        self._answer.setFont(font)
        self._detail = plain_label(self.tr("Draw a digit"))
        self._sizes = (point_size, self._detail.font().pointSize())  # to come back to
        for label in (self._answer, self._detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.setAccessibleName("Answer")
        self.setAccessibleDescription(verdict(None).spoken)
        layout.addStretch(1)
        layout.addWidget(self._answer)
        layout.addWidget(self._detail)
        layout.addStretch(1)

    def show_answer(self, answer: Answer) -> None:
        """Show core's answer (`core.drawing.answer.answer`): its symbol, detail and voice."""
        self.show_verdict(answer.verdict)

    def show_verdict(self, answer: Verdict) -> None:
        self.show_message(answer.symbol, answer.detail)
        self.setAccessibleDescription(answer.spoken)
        self.setToolTip(answer.spoken)

    def show_message(self, answer: str, detail: str) -> None:
        self._answer.setText(answer)
        self._detail.setText(detail)
        self.setAccessibleDescription(
            self.tr("No answer: {0}").format(detail) if answer in ("–", "?") else
            self.tr("Answer: {0}, {1}").format(answer, detail))

    def spoken(self) -> str:
        """The answer as text, as a screen reader reads it ("Answer: 7, 93 % sure")."""
        return self.accessibleDescription()

    def set_point_size(self, point_size: int) -> None:
        """The big answer's size (presenter mode enlarges it)."""
        font = QFont(self._answer.font())
        font.setPointSize(point_size)
        self._answer.setFont(font)
        detail = QFont(self._detail.font())
        answer_size, detail_size = self._sizes
        detail.setPointSize(detail_size if point_size <= answer_size
                            else max(detail_size, point_size // 3))
        self._detail.setFont(detail)

    def text(self) -> str:
        return self._answer.text()

    def detail(self) -> str:
        return self._detail.text()
