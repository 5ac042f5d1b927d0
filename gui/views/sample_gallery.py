"""SampleGallery: a grid of 28×28 images with true and predicted labels; click one to open it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from gui.drawing.pixel_view import grey_qimage

MAX_SHOWN = 300
ICON = 56


def grey_pixmap(image: np.ndarray, size: int = ICON) -> QPixmap:
    """A 28×28 image (uint8 0–255 or float 0–1) as a pixmap with visible pixels."""
    scaled = grey_qimage(image).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.FastTransformation)
    return QPixmap.fromImage(scaled)


class SampleGallery(QListWidget):
    """Shows up to MAX_SHOWN samples, surest mistakes first; `sample_clicked(i)` carries the
    sample's index in the evaluated set."""

    sample_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(ICON, ICON))
        self.setGridSize(QSize(ICON + 22, ICON + 34))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setMinimumHeight(ICON + 50)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def set_samples(self, images: np.ndarray, labels: np.ndarray, probabilities: np.ndarray,
                    indices: np.ndarray) -> int:
        """Show images[indices], ordered by the predicted class's probability (highest first).
        Returns how many are shown."""
        self.clear()
        indices = np.asarray(indices, np.int64)
        if len(indices):
            confidence = probabilities[indices].max(axis=1)
            indices = indices[np.argsort(-confidence, kind="stable")]
        for index in indices[:MAX_SHOWN]:
            predicted = int(probabilities[index].argmax())
            true = int(labels[index])
            share = 100 * probabilities[index, predicted]
            item = QListWidgetItem(QIcon(grey_pixmap(images[index])),
                                   f"{true} → {predicted}\n{share:.0f} %")
            top = np.argsort(probabilities[index])[::-1][:3]
            item.setToolTip(self.tr("test image #{0}: true {1}, predicted {2}").format(
                int(index), true, predicted) + "\n" + "  ".join(
                f"{d}: {100 * probabilities[index, d]:.1f} %" for d in top))
            item.setData(Qt.ItemDataRole.UserRole, int(index))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        return min(len(indices), MAX_SHOWN)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.sample_clicked.emit(int(item.data(Qt.ItemDataRole.UserRole)))
