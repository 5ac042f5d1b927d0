"""ConfusionView: the 10×10 confusion matrix as a clickable heatmap with counts."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.report.charts import confusion_shading

MARGIN = 34  # room for the digit labels and axis titles


class ConfusionView(QWidget):
    """Rows are true digits, columns predicted ones, shaded as in the report
    (`core.report.charts.confusion_shading`). Clicking a cell emits
    `cell_clicked(true, predicted)`."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: np.ndarray | None = None
        self._selected: tuple[int, int] | None = None
        self.setMinimumSize(300, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_matrix(self, matrix: np.ndarray | None) -> None:
        self._matrix = None if matrix is None else np.asarray(matrix, np.int64)
        self._selected = None
        self.update()

    def matrix(self) -> np.ndarray | None:
        return self._matrix

    def select(self, true: int, predicted: int) -> None:
        self._selected = (true, predicted)
        self.update()

    def _geometry(self) -> tuple[float, float, float]:
        side = min(self.width(), self.height()) - MARGIN - 4
        cell = max(side, 10) / 10
        left = MARGIN + (self.width() - MARGIN - cell * 10) / 2
        return left, MARGIN, cell

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """(true, predicted) under a widget position, or None outside the grid."""
        left, top, cell = self._geometry()
        column, row = int((point.x() - left) // cell), int((point.y() - top) // cell)
        if 0 <= row < 10 and 0 <= column < 10 and point.x() >= left and point.y() >= top:
            return row, column
        return None

    def cell_centre(self, true: int, predicted: int) -> QPointF:
        left, top, cell = self._geometry()
        return QPointF(left + (predicted + 0.5) * cell, top + (true + 0.5) * cell)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        hit = self.cell_at(event.position())
        if hit is not None and self._matrix is not None:
            self.select(*hit)
            self.cell_clicked.emit(*hit)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        hit = self.cell_at(event.position())
        if hit is None or self._matrix is None:
            QToolTip.hideText()
            return
        true, predicted = hit
        count = int(self._matrix[true, predicted])
        total = int(self._matrix[true].sum())
        what = (self.tr("read correctly") if true == predicted
                else self.tr("read as {0}").format(predicted))
        QToolTip.showText(event.globalPosition().toPoint(), self.tr(
            "{0} of %n true {1}s {2}. Click to see them.", "", total).format(count, true, what),
            self)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            left, top, cell = self._geometry()
            painter.setPen(self.palette().text().color())
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            for i in range(10):
                painter.drawText(QRectF(left + i * cell, top - 18, cell, 16),
                                 Qt.AlignmentFlag.AlignCenter, str(i))
                painter.drawText(QRectF(left - 18, top + i * cell, 16, cell),
                                 Qt.AlignmentFlag.AlignCenter, str(i))
            painter.setFont(self.font())
            painter.drawText(QRectF(left, 0, cell * 10, 16), Qt.AlignmentFlag.AlignCenter,
                             self.tr("predicted digit →"))
            painter.save()
            painter.translate(10, top + cell * 5)
            painter.rotate(-90)
            painter.drawText(QRectF(-cell * 5, -8, cell * 10, 16), Qt.AlignmentFlag.AlignCenter,
                             self.tr("← true digit"))
            painter.restore()
            if self._matrix is None:
                painter.drawText(QRectF(left, top, cell * 10, cell * 10),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 self.tr("Click Evaluate to fill the confusion matrix"))
                return
            colours, strengths = confusion_shading(self._matrix)
            small = QFont(self.font())
            small.setPointSizeF(max(6.0, min(10.0, cell / 3.6)))
            painter.setFont(small)
            for true in range(10):
                for predicted in range(10):
                    count = int(self._matrix[true, predicted])
                    colour = QColor(*(int(c) for c in colours[true, predicted]))
                    strength = strengths[true, predicted]
                    rect = QRectF(left + predicted * cell, top + true * cell, cell, cell)
                    painter.fillRect(rect, colour)
                    painter.setPen(QColor(220, 220, 220))
                    painter.drawRect(rect)
                    if count:
                        painter.setPen(QColor("white") if strength > 0.6 else QColor(30, 30, 30))
                        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
            if self._selected is not None:
                true, predicted = self._selected
                painter.setPen(QColor(0, 0, 0))
                painter.drawRect(QRectF(left + predicted * cell + 1, top + true * cell + 1,
                                        cell - 2, cell - 2))
        finally:
            painter.end()
