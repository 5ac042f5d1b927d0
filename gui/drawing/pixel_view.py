"""PixelView: a small float image in [0, 1] shown enlarged, each pixel a visible square."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def grey_qimage(image: np.ndarray) -> QImage:
    """An (H, W) image, uint8 0–255 or float 0–1, as a grey QImage owning its data.

    It is stored as RGB32, not Grayscale8: Qt paints a Grayscale8 image enlarged to a view's
    size through its thread pool, waking the other core (where training runs) at every
    paint, and paints RGB32 in the painting thread alone, faster."""
    array = np.asarray(image)
    if array.dtype != np.uint8:
        array = (np.clip(array, 0, 1) * 255).round().astype(np.uint8)
    array = np.ascontiguousarray(array)
    h, w = array.shape
    grey = QImage(array.data, w, h, w, QImage.Format.Format_Grayscale8)
    return grey.convertToFormat(QImage.Format.Format_RGB32)


class PixelView(QWidget):
    """Draws an (H, W) array as grey squares with an optional grid, keeping pixels square."""

    def __init__(self, title: str = "", grid: bool = True, parent: QWidget | None = None,
                 empty_text: str = "") -> None:
        super().__init__(parent)
        self._empty_text = empty_text  # said in the empty square before there is an image
        self._image: np.ndarray | None = None
        self._qimage: QImage | None = None
        self._grid = grid
        self._title = title
        self.setMinimumSize(48, 48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title or "image")

    def set_image(self, image: np.ndarray | None) -> None:
        self._image = None if image is None else np.asarray(image, np.float32)
        has_pixels = self._image is not None and self._image.size
        self._qimage = grey_qimage(self._image) if has_pixels else None
        self.setAccessibleDescription(
            self.tr("empty") if not has_pixels else
            self.tr("{0} by {1} pixels, {2} of them inked").format(
                self._image.shape[1], self._image.shape[0], int((self._image > 0.1).sum())))
        self.update()

    def empty_text(self) -> str:
        return self._empty_text if self._qimage is None else ""

    def image(self) -> np.ndarray | None:
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().window())
            title_h = painter.fontMetrics().height() + 2 if self._title else 0
            area = QRectF(self.rect()).adjusted(1, title_h + 1, -1, -1)
            if self._title:
                painter.setPen(self.palette().windowText().color())
                title = painter.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight,
                                                         self.width())
                painter.drawText(QRectF(0, 0, self.width(), title_h),
                                 Qt.AlignmentFlag.AlignCenter, title)
            if self._qimage is None:
                side = min(area.width(), area.height())
                square = QRectF(area.x() + (area.width() - side) / 2,
                                area.y() + (area.height() - side) / 2, side, side)
                painter.fillRect(square, QColor(0, 0, 0))
                if self._empty_text:
                    painter.setPen(QColor(200, 200, 200))
                    painter.drawText(square.adjusted(6, 6, -6, -6),
                                     Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                     self._empty_text)
                return
            h, w = self._image.shape
            cell = min(area.width() / w, area.height() / h)
            target = QRectF(area.x() + (area.width() - cell * w) / 2,
                            area.y() + (area.height() - cell * h) / 2, cell * w, cell * h)
            painter.drawImage(target, self._qimage)  # nearest neighbour: visible pixels
            if self._grid and cell >= 5:
                painter.setPen(QPen(QColor(60, 60, 60), 1))
                for i in range(1, w):
                    x = target.x() + i * cell
                    painter.drawLine(int(x), int(target.top()), int(x), int(target.bottom()))
                for j in range(1, h):
                    y = target.y() + j * cell
                    painter.drawLine(int(target.left()), int(y), int(target.right()), int(y))
            painter.setPen(QPen(QColor(110, 110, 110), 1))
            painter.drawRect(target)
        finally:
            painter.end()
