"""The 28×28 drawing with the pixels of a neuron's largest terms wᵢxᵢ outlined and numbered,
so the list of numbers in its arithmetic points at places in the drawing."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap

from core.evaluation.neuron import RANKS, Term

POSITIVE, NEGATIVE = QColor("#D55E00"), QColor("#0072B2")  # excites / inhibits


def term_pixmap(image: np.ndarray, terms: list[Term], scale: int = 7) -> QPixmap:
    """`image` (28×28 in [0, 1], ink high) drawn ink-dark at `scale`× with each term's pixel
    boxed (orange: wᵢxᵢ > 0, blue: < 0) and labelled with its rank, as in the text."""
    grey = np.ascontiguousarray((255 - np.clip(image, 0, 1) * 200).astype(np.uint8))
    picture = QImage(grey.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    pixmap = QPixmap.fromImage(picture.scaled(28 * scale, 28 * scale,
                                              Qt.AspectRatioMode.IgnoreAspectRatio,
                                              Qt.TransformationMode.FastTransformation))
    painter = QPainter(pixmap)
    try:
        font = QFont()
        font.setPixelSize(max(9, scale + 5))
        font.setBold(True)
        painter.setFont(font)
        for rank, term in enumerate(terms):
            row, column = term.row_column
            colour = POSITIVE if term.product >= 0 else NEGATIVE
            painter.setPen(QPen(colour, 2))
            box = QRectF(column * scale, row * scale, scale, scale)
            painter.drawRect(box)
            label = QRectF(box.right(), box.top() - scale - 2, 2 * scale, scale + 4)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft, RANKS[rank])
    finally:
        painter.end()
    return pixmap
