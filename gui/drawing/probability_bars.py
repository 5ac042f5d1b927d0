"""ProbabilityBars: ten bars, one per digit, the most probable one highlighted.

Painted with QPainter directly: it repaints on every stroke while a network trains beside it,
so it must cost a fraction of a millisecond (a pyqtgraph plot cost ~3 ms a paint here, and
competed with training for the GIL). Its accessible description reads out the answer.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

BAR_COLOUR = QColor(90, 140, 200)
TOP_COLOUR = QColor(240, 140, 30)
TRUE_COLOUR = QColor(60, 160, 80)


class ProbabilityBars(QWidget):
    """A fixed 0–1 bar chart of ten class probabilities, labelled with the digits."""

    def __init__(self, parent: QWidget | None = None, minimum_height: int = 90) -> None:
        super().__init__(parent)
        self.setMinimumHeight(minimum_height)
        self.setMinimumWidth(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Probability of each digit")
        self._heights = np.zeros(10)
        self._true = -1

    def set_probabilities(self, probabilities: np.ndarray | None, true_digit: int = -1) -> None:
        """Show ten probabilities (None: all zero). The top bar is orange; with `true_digit`
        given and different from the top, that bar is green."""
        self._heights = (np.zeros(10) if probabilities is None
                         else np.clip(np.nan_to_num(np.asarray(probabilities, float)), 0, 1))
        self._true = true_digit
        top = self.top()
        self.setAccessibleDescription(
            self.tr("no drawing") if top < 0 else
            ", ".join(f"{d}: {100 * p:.0f} %" for d, p in enumerate(self._heights)))
        self.update()

    def set_large(self, large: bool) -> None:
        """Bigger digits and labels, for a projector (presenter mode)."""
        font = self.font()
        font.setPointSize(20 if large else QApplication.font(self).pointSize())
        self.setFont(font)
        self.setMinimumHeight(260 if large else 90)
        self.update()

    def heights(self) -> np.ndarray:
        return self._heights

    def top(self) -> int:
        """The digit of the highest bar (-1 when every bar is zero)."""
        return int(np.argmax(self._heights)) if self._heights.any() else -1

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 2
        left, top = metrics.horizontalAdvance("100 %") + 6, label_height
        plot = QRectF(left, top, self.width() - left - 4,
                      self.height() - top - label_height - 2)
        grid = QColor(text)
        grid.setAlpha(60)
        painter.setPen(grid)
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - label_height / 2, left - 4, label_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{100 * fraction:.0f} %")
            painter.setPen(grid)
        slot = plot.width() / 10
        best = self.top()
        for digit, height in enumerate(self._heights):
            x = plot.left() + digit * slot
            colour = (TOP_COLOUR if digit == best else
                      TRUE_COLOUR if digit == self._true else BAR_COLOUR)
            bar = QRectF(x + 0.15 * slot, plot.bottom() - height * plot.height(),
                         0.7 * slot, height * plot.height())
            painter.fillRect(bar, colour)
            painter.setPen(text)
            painter.drawText(QRectF(x, plot.bottom() + 2, slot, label_height),
                             int(Qt.AlignmentFlag.AlignCenter), str(digit))
            if digit == best:
                painter.drawText(QRectF(x - slot / 2, bar.top() - label_height, 2 * slot,
                                        label_height), int(Qt.AlignmentFlag.AlignCenter),
                                 f"{100 * height:.0f} %")
        painter.end()
